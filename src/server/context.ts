import type { CompetencyMatrix } from '../core/career/competencies.js';
import type { Framework } from '../core/framework/schema.js';
import type { TitleContext } from '../core/normalize/index.js';
import type { Store } from '../store/index.js';
import type { ServerConfig } from './config.js';
import type { JobRunner } from './job-runner.js';
import type { Normalize } from './normalizer.js';
import type { WorkspaceFrameworks } from './workspace-frameworks.js';

/** What the routes share: the store, the built-in framework and the services built on them. */
export interface AppContext {
  store: Store;
  /** The built-in framework, for the public routes and workspaces without a company framework. */
  framework: Framework;
  normalizerFor(fw: Framework, context?: TitleContext): Normalize;
  /** The competency matrices, when the framework has them. */
  competencies?: (() => CompetencyMatrix[]) | undefined;
  workspaceFrameworks: WorkspaceFrameworks;
  jobs: JobRunner;
  config: Pick<ServerConfig, 'rateLimitPerMinute'>;
}

import { applyCompanyFramework } from '../core/framework/company.js';
import type { Framework } from '../core/framework/schema.js';
import type { Store } from '../store/index.js';

/**
 * Each workspace's framework: the built-in one with the workspace's company file laid over it.
 * Built frameworks are cached by the file's update time, so a change made through another
 * server process (PostgreSQL) is seen on the next request.
 */
export class WorkspaceFrameworks {
  readonly #cache = new Map<string, { updatedAt: string; framework: Framework }>();

  constructor(
    private readonly store: Store,
    private readonly base: Framework,
    private readonly maxEntries = 200,
  ) {}

  async get(workspaceId: string): Promise<Framework> {
    const updatedAt = await this.store.frameworks.updatedAt(workspaceId);
    if (!updatedAt) {
      this.#cache.delete(workspaceId);
      return this.base;
    }
    const hit = this.#cache.get(workspaceId);
    if (hit && hit.updatedAt === updatedAt) return hit.framework;
    const stored = await this.store.frameworks.get(workspaceId);
    if (!stored) return this.base;
    const framework = this.build(stored.text, `workspace framework`);
    this.#cache.delete(workspaceId);
    this.#cache.set(workspaceId, { updatedAt: stored.updatedAt, framework });
    if (this.#cache.size > this.maxEntries) this.#cache.delete(this.#cache.keys().next().value!);
    return framework;
  }

  /** Validates a company framework file against the built-in framework; throws a LadderError listing its problems. */
  build(text: string, file = 'company framework'): Framework {
    return applyCompanyFramework(this.base, { file, text });
  }

  forget(workspaceId: string): void {
    this.#cache.delete(workspaceId);
  }
}

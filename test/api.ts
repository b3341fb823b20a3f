/** An app over a fresh in-memory PGlite store and the fixture framework, for `app.inject` tests. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../src/server/app.js';
import type { Store } from '../src/store/index.js';
import { fixtureFramework } from './fixture-framework.js';
import { openPGliteTestStore } from './stores.js';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** A workspace made for the test, with its owner token. */
  workspace: { id: string; name: string; token: string };
  auth(token?: string): { authorization: string };
  close(): Promise<void>;
}

export async function createTestApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const store = await openPGliteTestStore();
  const app = await buildApp({ store, framework: fixtureFramework(), logger: false, validateResponses: true, ...options });
  await app.ready();
  const { workspace, owner } = await store.workspaces.create('Test workspace');
  return {
    app,
    store,
    workspace: { id: workspace.id, name: workspace.name, token: owner.token },
    auth: (token = owner.token) => ({ authorization: `Bearer ${token}` }),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

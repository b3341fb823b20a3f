import type { FastifyInstance } from 'fastify';
import type { CompetencyMatrix } from '../core/career/competencies.js';
import type { Framework } from '../core/framework/schema.js';
import { openStore, type Store } from '../store/index.js';
import { buildApp } from './app.js';
import type { ServerConfig } from './config.js';
import { defaultWebDir } from './web.js';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  /** http://host:port as bound. */
  url: string;
  /** Stops taking requests, lets the running ones finish, stops jobs, closes the store. Idempotent. */
  close(): Promise<void>;
  /** Resolves once the server has closed (by close() or a signal). */
  closed: Promise<void>;
}

export interface StartOptions {
  framework: Framework;
  competencies?: (() => CompetencyMatrix[]) | undefined;
  version?: string | undefined;
  /** Handle SIGTERM and SIGINT with a graceful shutdown (the CLI does; tests do not). */
  handleSignals?: boolean | undefined;
}

/**
 * Opens the store (migrating it), bootstraps a first workspace on an empty store, builds the
 * app and listens. Logs are JSON lines (pino) on stdout.
 */
export async function startServer(config: ServerConfig, options: StartOptions): Promise<RunningServer> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  let app: FastifyInstance;
  try {
    app = await buildApp({
      store,
      framework: options.framework,
      competencies: options.competencies,
      rateLimitPerMinute: config.rateLimitPerMinute,
      jobLeaseMs: config.jobLeaseMs,
      jobPollMs: config.jobPollMs,
      webDir: config.webDir ?? defaultWebDir(),
      version: options.version,
      logger: {
        level: config.logLevel,
        redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      },
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  const log = app.log;
  log.info({ store: store.kind, location: store.location, migrated: store.migrated }, 'store open');
  await bootstrapWorkspace(store, log);

  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  let closing: Promise<void> | undefined;
  const signalHandlers: [NodeJS.Signals, () => void][] = [];
  const close = () => {
    closing ??= (async () => {
      app.acceptingWork = false;
      log.info('shutting down: finishing requests in flight');
      try {
        await app.close();
      } catch (e) {
        log.error({ err: e }, 'error while closing the HTTP server');
      }
      try {
        await store.close();
      } catch (e) {
        log.error({ err: e }, 'error while closing the store');
      }
      for (const [sig, fn] of signalHandlers) process.off(sig, fn);
      log.info('stopped');
      resolveClosed();
    })();
    return closing;
  };

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
  log.info({ url, docs: `${url}/api/docs` }, 'listening');

  if (options.handleSignals) {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      const fn = () => {
        if (closing) {
          log.warn(`${sig} again: exiting now`);
          process.exit(1);
        }
        log.info({ signal: sig }, 'signal received');
        void close();
      };
      process.on(sig, fn);
      signalHandlers.push([sig, fn]);
    }
  }
  return { app, store, url, close, closed };
}

/** On a first run (no workspace at all) create one and log its owner token: the way in. */
export async function bootstrapWorkspace(store: Store, log: { warn: (obj: object, msg: string) => void }): Promise<void> {
  if ((await store.workspaces.count()) > 0) return;
  const { workspace, owner } = await store.workspaces.create('Default workspace');
  log.warn(
    { workspace: workspace.id, ownerToken: owner.token },
    'first run: created the "Default workspace"; its owner token is shown once, here. Keep it: it opens the workspace API and can issue other tokens',
  );
}

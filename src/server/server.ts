import { closeSync, fchmodSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { CompetencyMatrix } from '../core/career/competencies.js';
import type { Framework } from '../core/framework/schema.js';
import { openStore, type Store } from '../store/index.js';
import { buildApp } from './app.js';
import type { ServerConfig } from './config.js';
import { sweepStaleSpools } from './spool.js';
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
      badTokensPerMinute: config.badTokensPerMinute,
      frameworkCacheBytes: config.frameworkCacheMb * 1024 * 1024,
      jobLeaseMs: config.jobLeaseMs,
      jobPollMs: config.jobPollMs,
      webDir: config.webDir ?? defaultWebDir(),
      trustProxy: config.trustProxy,
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
  const swept = sweepStaleSpools();
  if (swept) log.info({ folders: swept }, 'removed the upload folders of servers that were stopped without cleaning up');
  await bootstrapWorkspace(store, log, config.dataDir);

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

/** The file a first run writes its owner token to, in the data directory. */
export const OWNER_TOKEN_FILE = 'owner-token';

/**
 * On a first run (no workspace at all) create one and write its owner token, the way in, to
 * `<dataDir>/owner-token`, readable by this user only. The log says where the file is, never
 * the token: logs are kept, shipped and shared.
 */
export async function bootstrapWorkspace(store: Store, log: { warn: (obj: object, msg: string) => void }, dataDir: string): Promise<string | undefined> {
  if ((await store.workspaces.count()) > 0) return undefined;
  const file = resolve(dataDir, OWNER_TOKEN_FILE);
  mkdirSync(dirname(file), { recursive: true });
  rmSync(file, { force: true });
  const { workspace, owner } = await store.workspaces.create('Default workspace');
  const fd = openSync(file, 'wx', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, `${owner.token}\n`);
  } finally {
    closeSync(fd);
  }
  log.warn(
    { workspace: workspace.id, file },
    `first run: created the "Default workspace"; its owner token is in ${file} (readable only by this user). It opens the workspace and can issue other tokens: keep it safe, then delete the file`,
  );
  return file;
}

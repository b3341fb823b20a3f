import type { Command } from 'commander';
import { loadBuiltinFramework, readCompetencies } from '../../store/framework-files.js';

/** `ladder serve`: the API (and the web app when it is built) on http://localhost:3000. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the web app (PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, RATE_LIMIT_PER_MINUTE)')
    .option('-p, --port <port>', 'port to listen on (env PORT; default 3000)')
    .option('--host <host>', 'interface to listen on (env HOST; default localhost)')
    .option('-d, --data <dir>', 'data directory of the embedded database (env DATA_DIR; default ./.data); ignored with DATABASE_URL')
    .action(async (opts: { port?: string; host?: string; data?: string }) => {
      // Loaded here, not at the top: every other command would otherwise pay for Fastify and the databases.
      const [{ loadConfig }, { startServer }] = await Promise.all([import('../../server/config.js'), import('../../server/server.js')]);
      const config = loadConfig({ port: opts.port, host: opts.host, dataDir: opts.data });
      const server = await startServer(config, {
        framework: loadBuiltinFramework(),
        competencies: () => readCompetencies(),
        version: process.env.npm_package_version,
        handleSignals: true,
      });
      await server.closed;
    });
}

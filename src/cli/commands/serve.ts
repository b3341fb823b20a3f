import type { Command } from 'commander';
import { loadBuiltinFramework, readCompetencies } from '../../store/framework-files.js';

/** `ladder serve`: the API (and the web app when it is built) on http://localhost:3000. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the web app (PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, RATE_LIMIT_PER_MINUTE, TRUST_PROXY)')
    .option('-p, --port <port>', 'port to listen on (env PORT; default 3000)')
    .option('--host <host>', 'interface to listen on (env HOST; default localhost)')
    .option('-d, --data <dir>', 'data directory of the embedded database (env DATA_DIR; default ./.data); ignored with DATABASE_URL')
    .option('--trust-proxy <list>', 'behind a load balancer: the addresses or ranges of the proxies whose X-Forwarded-For gives the client\'s address, comma-separated (env TRUST_PROXY; default: none)')
    .action(async (opts: { port?: string; host?: string; data?: string; trustProxy?: string }) => {
      // Loaded here, not at the top: every other command would otherwise pay for Fastify and the databases.
      const [{ loadConfig }, { startServer }] = await Promise.all([import('../../server/config.js'), import('../../server/server.js')]);
      const config = loadConfig({ port: opts.port, host: opts.host, dataDir: opts.data, trustProxy: opts.trustProxy });
      const server = await startServer(config, {
        framework: loadBuiltinFramework(),
        competencies: () => readCompetencies(),
        version: process.env.npm_package_version,
        handleSignals: true,
      });
      await server.closed;
    });
}

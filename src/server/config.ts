import * as z from 'zod';
import { LadderError, type Issue } from '../core/errors.js';
import { parseTrustProxy } from './trust-proxy.js';

/**
 * The server's configuration, validated once at start-up: command-line flags win over the
 * environment, which wins over the defaults. A bad value stops the start with every problem listed.
 */
const Port = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(65535);
const PositiveInt = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0);
/** The proxies to believe about a client's address (trust-proxy.ts), as Fastify's `trustProxy` list. */
const TrustProxy = z.string().transform((value, ctx) => {
  const parsed = parseTrustProxy(value);
  if (parsed.ok) return parsed.proxies;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

export const ServerConfig = z.strictObject({
  port: Port.default(3000),
  host: z.string().trim().min(1).default('localhost'),
  /** PGlite's data directory, when no DATABASE_URL is given. */
  dataDir: z.string().trim().min(1).default('.data'),
  databaseUrl: z
    .string()
    .trim()
    .refine((s) => /^postgres(ql)?:\/\/.+/.test(s), 'must be a postgres:// or postgresql:// URL')
    .refine((s) => URL.canParse(s), 'is not a valid URL')
    .optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute per client on the normalize endpoints; 0 turns the limit off. */
  rateLimitPerMinute: PositiveInt.default(1200),
  /** Wrong workspace tokens one client address may send in a minute before it gets 429s; 0 turns the limit off. */
  badTokensPerMinute: PositiveInt.default(20),
  /** Memory for built company frameworks, in MB (a 2 MB file builds to ~100 MB); least recently used go first. */
  frameworkCacheMb: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).default(512),
  /** Where the built web app is; served at / when it has an index.html. */
  webDir: z.string().trim().min(1).optional(),
  /** Connections in the PostgreSQL pool. */
  poolSize: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a normalize job stays one server's without a renewal; then another server takes it over. */
  jobLeaseMs: z.coerce.number().int().min(200).max(3_600_000).default(30_000),
  /** How often each server looks for normalize jobs to run. */
  jobPollMs: z.coerce.number().int().min(50).max(600_000).default(1_000),
  /**
   * The load balancers or reverse proxies in front of the server: their X-Forwarded-For then
   * gives each client's address (for the per-address limits and the log). Unset: the address
   * is the connection's, and forwarded headers are ignored.
   */
  trustProxy: TrustProxy.optional(),
});
export type ServerConfig = z.infer<typeof ServerConfig>;
export type ServerConfigInput = z.input<typeof ServerConfig>;

/** Environment variable → config key. */
export const ENV_KEYS = {
  PORT: 'port',
  HOST: 'host',
  DATA_DIR: 'dataDir',
  DATABASE_URL: 'databaseUrl',
  LOG_LEVEL: 'logLevel',
  RATE_LIMIT_PER_MINUTE: 'rateLimitPerMinute',
  BAD_TOKENS_PER_MINUTE: 'badTokensPerMinute',
  FRAMEWORK_CACHE_MB: 'frameworkCacheMb',
  WEB_DIR: 'webDir',
  DATABASE_POOL_SIZE: 'poolSize',
  JOB_LEASE_MS: 'jobLeaseMs',
  JOB_POLL_MS: 'jobPollMs',
  TRUST_PROXY: 'trustProxy',
} as const satisfies Record<string, keyof ServerConfig>;

const FLAG_NAMES: Partial<Record<keyof ServerConfig, string>> = { port: '--port', host: '--host', dataDir: '--data', trustProxy: '--trust-proxy' };

/**
 * Reads the configuration from flags and environment. Empty environment variables count as unset.
 * Throws a LadderError (exit 1) naming each bad variable or flag.
 */
export function loadConfig(flags: Partial<Record<keyof ServerConfig, unknown>> = {}, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const input: Record<string, unknown> = {};
  const origin: Record<string, string> = {};
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') {
      input[key] = value;
      origin[key] = `environment variable ${name}`;
    }
  }
  for (const [key, value] of Object.entries(flags)) {
    if (value !== undefined) {
      input[key] = value;
      origin[key] = `option ${FLAG_NAMES[key as keyof ServerConfig] ?? key}`;
    }
  }
  const parsed = ServerConfig.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: Issue[] = parsed.error.issues.map((i) => {
    const key = String(i.path[0] ?? '');
    const where = origin[key] ?? key;
    return { code: 'invalid-config', message: `${where}: ${i.message}`, field: key, value: input[key] };
  });
  throw new LadderError('invalid-config', `The server configuration is not valid: ${issues.map((i) => i.message).join('; ')}`, { issues });
}

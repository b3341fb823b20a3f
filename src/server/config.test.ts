import { describe, expect, it } from 'vitest';
import { ladderErrorOf as errorOf } from '../../test/errors.js';
import { loadConfig } from './config.js';

describe('server configuration', () => {
  it('has defaults that need nothing set up', () => {
    expect(loadConfig({}, {})).toMatchObject({ port: 3000, host: 'localhost', dataDir: '.data', logLevel: 'info' });
    expect(loadConfig({}, {}).databaseUrl).toBeUndefined();
  });

  it('reads the environment, and flags win over it; empty variables count as unset', () => {
    const env = { PORT: '8080', DATA_DIR: '/tmp/x', DATABASE_URL: 'postgres://u:p@db:5432/ladder', LOG_LEVEL: 'warn', HOST: '' };
    expect(loadConfig({}, env)).toMatchObject({ port: 8080, dataDir: '/tmp/x', databaseUrl: 'postgres://u:p@db:5432/ladder', logLevel: 'warn', host: 'localhost' });
    expect(loadConfig({ port: '9000', dataDir: 'here' }, env)).toMatchObject({ port: 9000, dataDir: 'here' });
  });

  it('rejects bad values naming the variable or flag, as a user error', () => {
    const e = errorOf(() => loadConfig({}, { PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }));
    expect(e.code).toBe('invalid-config');
    expect(e.userError).toBe(true);
    expect(e.issues.map((i) => i.field).sort()).toEqual(['databaseUrl', 'logLevel', 'port']);
    expect(e.message).toContain('environment variable PORT');
    expect(errorOf(() => loadConfig({ port: '70000' }, {})).message).toContain('option --port');
  });

  it('reads TRUST_PROXY as the list of proxies; unset trusts none; a bad value names the variable and the value', () => {
    expect(loadConfig({}, {}).trustProxy).toBeUndefined();
    expect(loadConfig({}, { TRUST_PROXY: '10.0.0.0/8, 10.1.2.3' }).trustProxy).toEqual(['10.0.0.0/8', '10.1.2.3']);
    expect(loadConfig({ trustProxy: '127.0.0.1' }, { TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toEqual(['127.0.0.1']);
    const e = errorOf(() => loadConfig({}, { TRUST_PROXY: '1' }));
    expect(e.code).toBe('invalid-config');
    expect(e.issues).toMatchObject([{ field: 'trustProxy', value: '1' }]);
    expect(e.message).toContain('environment variable TRUST_PROXY: "1" is a hop count');
    expect(errorOf(() => loadConfig({ trustProxy: 'proxy.local' }, {})).message).toContain('option --trust-proxy: "proxy.local" is not an IP address');
  });
});

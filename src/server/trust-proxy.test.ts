import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './trust-proxy.js';

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDR ranges, netmasks and named ranges, comma-separated', () => {
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.10 ,fd00::/8,::1,172.16.0.0/255.240.0.0,uniquelocal,loopback')).toEqual({
      ok: true,
      proxies: ['10.0.0.0/8', '192.168.1.10', 'fd00::/8', '::1', '172.16.0.0/255.240.0.0', 'uniquelocal', 'loopback'],
    });
    expect(parseTrustProxy('127.0.0.1')).toEqual({ ok: true, proxies: ['127.0.0.1'] });
  });

  it('refuses a hop count, which Fastify 5 ignores, saying what to give instead', () => {
    const r = parseTrustProxy('2');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^"2" is a hop count, which Fastify 5 no longer honours .* such as 10\.0\.0\.0\/8$/);
  });

  it('refuses to believe every address', () => {
    for (const v of ['true', 'TRUE', 'all', '*']) expect(parseTrustProxy(v)).toMatchObject({ ok: false, message: expect.stringContaining('any client could choose its own') });
  });

  it('names the entry that is not an address or range', () => {
    expect(parseTrustProxy('10.0.0.0/8,lb.internal')).toEqual({ ok: false, message: '"lb.internal" is not an IP address, a CIDR range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal' });
    expect(parseTrustProxy('10.0.0.0/33')).toEqual({ ok: false, message: '"10.0.0.0/33": the range after "/" must be a prefix length (0 to 32) or a netmask' });
    expect(parseTrustProxy('fd00::/200')).toMatchObject({ ok: false, message: expect.stringContaining('(0 to 128)') });
    expect(parseTrustProxy('256.1.1.1')).toMatchObject({ ok: false, message: expect.stringContaining('"256.1.1.1" is not an IP address') });
    expect(parseTrustProxy('10.0.0.1,,10.0.0.2')).toMatchObject({ ok: false, message: expect.stringContaining('empty entry') });
  });
});

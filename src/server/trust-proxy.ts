import { isIP } from 'node:net';

/**
 * The proxies whose `X-Forwarded-For` the server believes (TRUST_PROXY): a comma-separated list of
 * addresses, CIDR ranges ("10.0.0.0/8", "fd00::/8"), address/netmask pairs
 * ("10.0.0.0/255.0.0.0") or the named ranges "loopback", "linklocal" and "uniquelocal", which is
 * what Fastify's `trustProxy` compiles. A request's address is then the nearest address in the
 * forwarded chain that is not one of these proxies.
 *
 * Two forms Fastify has are refused on purpose. `true` believes every hop, so any client could
 * name its own address and escape the per-address limits. A hop count is no longer honoured by
 * Fastify 5 (it fails closed, trusting nothing), because it cannot tell a proxy from a client
 * that reaches the server directly: a number here would silently do nothing.
 */
export type TrustProxyResult = { ok: true; proxies: string[] } | { ok: false; message: string };

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

function entryProblem(entry: string): string | undefined {
  if (entry === '') return 'has an empty entry (two commas, or a comma at an end)';
  if (NAMED.has(entry) || isIP(entry) !== 0) return undefined;
  const slash = entry.indexOf('/');
  if (slash > 0) {
    const ip = entry.slice(0, slash);
    const range = entry.slice(slash + 1);
    const family = isIP(ip);
    if (family !== 0 && /^\d{1,3}$/.test(range) && Number(range) <= (family === 4 ? 32 : 128)) return undefined;
    if (family === 4 && isIP(range) === 4) return undefined;
    if (family !== 0) return `"${entry}": the range after "/" must be a prefix length (0 to ${family === 4 ? 32 : 128})${family === 4 ? ' or a netmask' : ''}`;
  }
  return `"${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`;
}

/** Reads TRUST_PROXY's value; a clear reason when it cannot be used. */
export function parseTrustProxy(value: string): TrustProxyResult {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    return { ok: false, message: `"${text}" is a hop count, which Fastify 5 no longer honours (it cannot tell a proxy from a client that reaches the server directly): list the proxies' addresses or ranges instead, such as 10.0.0.0/8` };
  }
  if (/^(true|all|\*)$/i.test(text)) {
    return { ok: false, message: `"${text}" would believe every address in X-Forwarded-For, so any client could choose its own: list the proxies' addresses or ranges instead, such as 10.0.0.0/8` };
  }
  const proxies = text.split(',').map((e) => e.trim());
  for (const entry of proxies) {
    const problem = entryProblem(entry);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, proxies };
}

import { resolveRole } from '../resolve/resolve.js';
import { placeKey } from './region.js';
import type { Framework, PayFigure } from './schema.js';

/** Pay figures for a role, optionally for one place (matched loosely: "us", "USA" and "United States" are one). */
export function getPay(fw: Framework, roleQuery: string, region?: string): PayFigure[] {
  const role = resolveRole(fw, roleQuery).role;
  if (!region) return role.pay;
  const want = placeKey({ region });
  return role.pay.filter((p) => placeKey(p) === want);
}

import { resolveRole } from '../resolve/resolve.js';
import { regionKey } from './query.js';
import type { Framework, PayRange } from './schema.js';

/** Pay ranges for a role, optionally for one region (matched loosely: "us", "United States"). */
export function getPay(fw: Framework, roleQuery: string, region?: string): PayRange[] {
  const role = resolveRole(fw, roleQuery).role;
  if (!region) return role.pay;
  const want = regionKey(region);
  return role.pay.filter((p) => regionKey(p.region) === want);
}

import type { Framework, Role } from '../../core/framework/schema.js';
import { describeResolution, resolveRole } from '../../core/resolve/resolve.js';

/**
 * A role from what a person typed on the command line, read in a product context (the core
 * resolver), saying how the text was read when it was not the role's id or title.
 */
export function resolveRoleQuery(fw: Framework, query: string, note: (message: string) => void = () => {}, field = 'role'): Role {
  const r = resolveRole(fw, query, { context: 'product', field });
  const how = describeResolution(r);
  if (how) note(how);
  return r.role;
}

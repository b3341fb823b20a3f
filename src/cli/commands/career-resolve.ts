import { findRole, getRole } from '../../core/framework/query.js';
import type { Framework, Role } from '../../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../../core/normalize/index.js';

/** Below this confidence a normalizer reading is not trusted to pick a role. */
const MIN_CONFIDENCE = 0.5;

const cache = new WeakMap<Framework, Normalizer>();

/**
 * A role from what a person typed: an exact id, title or alias first, then the title
 * normalizer ("Sr. PM, Payments" → senior-product-manager), saying how it read the title.
 * When neither finds a role, the error suggests the closest titles.
 */
export function resolveRoleQuery(fw: Framework, query: string, note: (message: string) => void = () => {}): Role {
  const exact = findRole(fw, query);
  if (exact) return exact;
  let normalize = cache.get(fw);
  if (!normalize) {
    normalize = createNormalizer(fw);
    cache.set(fw, normalize);
  }
  const result = normalize(query);
  const role = result.roleId ? fw.roles.find((r) => r.id === result.roleId) : undefined;
  if (role && result.confidence >= MIN_CONFIDENCE) {
    note(`read "${query}" as ${role.title} (${role.id}, confidence ${Math.round(result.confidence * 100)}%)`);
    return role;
  }
  return getRole(fw, query);
}

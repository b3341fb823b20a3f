import type { Framework } from '../framework/schema.js';
import { readRoleTitle } from '../resolve/resolve.js';
import type { NormalizedTitle, ReadTitle } from './types.js';

/**
 * How the pay bands and the levels read a roster's titles: through the resolver (the one path
 * from text to role: a company title, an alias, then the normalizer) in the product context, so
 * "Sr. PM" is the same role here as in every other command. Titles that give no role keep the
 * normalizer's family, band and look-alike family.
 */
export function rosterTitleReader(fw: Framework): ReadTitle {
  return (title) => {
    const r = readRoleTitle(fw, title, { context: 'product' });
    if (r.role) return { family: r.role.family, roleId: r.role.id, canonicalTitle: r.role.title, level: r.role.band, track: r.role.track, confidence: r.confidence, adjacent: null };
    const n = r.reading as NormalizedTitle | null;
    return { family: n?.family ?? null, roleId: null, canonicalTitle: null, level: n?.level ?? null, track: n?.track ?? null, confidence: n?.confidence ?? 0, adjacent: n?.adjacent ?? null };
  };
}

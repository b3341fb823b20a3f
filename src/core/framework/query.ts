import { LadderError } from '../errors.js';
import { EXTERNAL_ROLES } from './assemble.js';
import {
  BAND_NAMES,
  type AnyFamilyId,
  type Band,
  type Framework,
  type Role,
  type Track,
} from './schema.js';
export { titleKey } from './title-key.js';

export interface RoleFilter {
  family?: AnyFamilyId | undefined;
  band?: Band | undefined;
  track?: Track | undefined;
  /** Contrast roles (project, programme, delivery managers) are left out unless asked for. */
  includeContrasts?: boolean | undefined;
}

export function listRoles(fw: Framework, filter: RoleFilter = {}): Role[] {
  const contrast = new Set(fw.families.filter((f) => f.contrast).map((f) => f.id));
  return fw.roles
    .filter((r) => (filter.family ? r.family === filter.family : filter.includeContrasts || !contrast.has(r.family)))
    .filter((r) => filter.band === undefined || r.band === filter.band)
    .filter((r) => filter.track === undefined || r.track === filter.track)
    .sort(byLadderOrder(fw));
}

function byLadderOrder(fw: Framework): (a: Role, b: Role) => number {
  const fam = new Map(fw.families.map((f, i) => [f.id, i]));
  return (a, b) =>
    (fam.get(a.family) ?? 99) - (fam.get(b.family) ?? 99) ||
    a.band - b.band ||
    (a.track === b.track ? 0 : a.track === 'ic' ? -1 : 1) ||
    fw.roles.indexOf(a) - fw.roles.indexOf(b);
}

export interface LadderRung {
  band: number;
  name: string;
  ic: Role[];
  management: Role[];
}
export interface Ladder {
  family: AnyFamilyId;
  name: string;
  rungs: LadderRung[];
}

/** A family's ladder, band by band, with the IC and management tracks side by side. */
export function getLadder(fw: Framework, family: AnyFamilyId): Ladder {
  const fam = fw.families.find((f) => f.id === family);
  if (!fam) {
    throw new LadderError('family-not-found', `No family "${family}". Families: ${fw.families.map((f) => f.id).join(', ')}`, {
      issues: [{ code: 'family-not-found', message: 'unknown family', field: 'family', value: family }],
    });
  }
  const roles = listRoles(fw, { family });
  const bands = [...new Set(roles.map((r) => r.band))].sort((a, b) => a - b);
  return {
    family,
    name: fam.name,
    rungs: bands.map((band) => ({
      band,
      name: BAND_NAMES[band] ?? String(band),
      ic: roles.filter((r) => r.band === band && r.track === 'ic'),
      management: roles.filter((r) => r.band === band && r.track === 'management'),
    })),
  };
}

/** Titles of roles and of the people outside the framework that reporting lines point to. */
export function roleTitle(fw: Framework, id: string): string {
  return fw.roles.find((r) => r.id === id)?.title ?? EXTERNAL_ROLES[id] ?? id;
}

import type { Framework, Role } from '../framework/schema.js';
import { readRoleTitle, type ReadBy, type RoleContext } from '../resolve/resolve.js';
import type { OrgConfig } from './config.js';
import { rosterContexts, type ContextReason } from './context.js';
import { externalRoleOf, isProductFamily, roleById } from './roles.js';
import type { OrgTree } from './tree.js';
import type { NormalizedTitle, NormalizeFn, Person } from './types.js';

/** What the audit knows about one title, worked out once per distinct title. */
export interface TitleInfo {
  /** The context the title was read in: 'product' for people in a product department or under a product leader. */
  context: RoleContext;
  /** How the role was found: one of the framework's names, or the normalizer's reading; null for no role. */
  readBy: ReadBy | null;
  family: string | null;
  roleId: string | null;
  roleTitle: string | null;
  band: number | null;
  track: 'ic' | 'management' | null;
  confidence: number;
  /** "ceo", "cto"…: a person outside the product organisation the framework's reporting lines name. */
  external: string | null;
  /** A look-alike family the normalizer named, for titles that are not product roles. */
  adjacent: string | null;
  /** A product role the framework knows, with enough confidence. */
  recognized: boolean;
}

/** A person whose title reads differently in the product context they are in than it would in general. */
export interface ContextReading {
  id: string;
  name: string;
  title: string;
  line: number;
  reason: ContextReason;
  /** The role the title gives in the product context, and would give in general (null: none). */
  roleId: string | null;
  roleTitle: string | null;
  generalRoleId: string | null;
  generalRoleTitle: string | null;
  /** Read as a product role only because of the context. */
  recognizedOnlyInContext: boolean;
}

export interface RosterTitles {
  /** Each person's title as read in their context, in roster order (shared per distinct title and context). */
  info: TitleInfo[];
  /** Any title in a context, read once and remembered. */
  infoOf: (title: string, context?: RoleContext) => TitleInfo;
  contextReadings: ContextReading[];
  /** People read in the product context. */
  productContext: number;
}

/**
 * Reads every person's title through the resolver, in the context the roster gives them: the
 * product context for people in a product department or below a product leader, else general.
 */
export function readRosterTitles(fw: Framework, people: readonly Person[], tree: OrgTree, config: OrgConfig, normalize: NormalizeFn | undefined): RosterTitles {
  const n = people.length;
  const roles = roleById(fw);
  const titleCache: Record<RoleContext, Map<string, TitleInfo>> = { general: new Map(), product: new Map() };
  const infoOf = (title: string, context: RoleContext = 'general'): TitleInfo => {
    let info = titleCache[context].get(title);
    if (!info) titleCache[context].set(title, (info = classify(fw, title, context, normalize, roles, config)));
    return info;
  };
  // A product leader: a title that reads, without context, as a product role at director band or
  // above on the management track (director, head or VP of product, CPO).
  const contexts = rosterContexts(people, tree, (i) => {
    const t = infoOf(people[i]!.title);
    const role = t.recognized && t.roleId ? roles.get(t.roleId) : undefined;
    return role !== undefined && role.band >= LEADER_BAND && role.track === 'management';
  });
  const info: TitleInfo[] = new Array(n);
  const contextReadings: ContextReading[] = [];
  // Per distinct title: its product reading, and the general one when the context changes it.
  const inProduct = new Map<string, { info: TitleInfo; general: TitleInfo | null }>();
  for (let i = 0; i < n; i++) {
    const p = people[i]!;
    const c = contexts[i]!;
    if (!c.reason) {
      info[i] = infoOf(p.title);
      continue;
    }
    let e = inProduct.get(p.title);
    if (!e) {
      const t = infoOf(p.title, 'product');
      const general = infoOf(p.title);
      inProduct.set(p.title, (e = { info: t, general: general.roleId !== t.roleId || general.recognized !== t.recognized ? general : null }));
    }
    const t = (info[i] = e.info);
    const general = e.general;
    if (general) {
      contextReadings.push({ id: p.id, name: p.name, title: p.title, line: p.line, reason: c.reason, roleId: t.roleId, roleTitle: t.recognized ? t.roleTitle : null, generalRoleId: general.roleId, generalRoleTitle: general.recognized ? general.roleTitle : null, recognizedOnlyInContext: t.recognized && !general.recognized });
    }
  }
  let productContext = 0;
  for (const c of contexts) if (c.context === 'product') productContext++;
  return { info, infoOf, contextReadings, productContext };
}

/** Directors and above lead product: people below them are in a product organisation. */
const LEADER_BAND = 6;

/** What the audit needs to know about a title in a context, from the resolver's reading. */
function classify(fw: Framework, title: string, context: RoleContext, normalize: NormalizeFn | undefined, roles: Map<string, Role>, config: OrgConfig): TitleInfo {
  const r = readRoleTitle<NormalizedTitle>(fw, title, { context, minConfidence: config.titles.minConfidence, alwaysNormalize: true, normalize });
  const n = r.reading!;
  // A framework name gives its role for sure; a reading below the threshold still names its role in the finding.
  const byName = r.role !== null && r.by !== 'normalizer';
  const role = r.role ?? (n.roleId ? roles.get(n.roleId) : undefined);
  const family = role?.family ?? n.family ?? null;
  const confidence = byName ? 1 : n.confidence;
  const recognized = isProductFamily(family) && confidence >= config.titles.minConfidence;
  const external = !isProductFamily(family) ? externalRoleOf(title) : null;
  const readTrack = n.roleId === role?.id || !byName ? n.track : null;
  return {
    context,
    readBy: r.role ? r.by : null,
    family,
    roleId: role ? role.id : null,
    roleTitle: role?.title ?? n.canonicalTitle ?? null,
    band: recognized ? (role?.band ?? n.level ?? null) : null,
    track: readTrack ?? (role && role.titleSettlesTrack ? role.track : null),
    confidence,
    external,
    adjacent: byName ? null : (n.adjacent ?? null),
    recognized,
  };
}

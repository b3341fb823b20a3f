import type { Person } from './types.js';

export const ManagerStatus = {
  /** No manager given: the top of the organisation. */
  Root: 0,
  Ok: 1,
  /** A manager reference that matches nobody in the roster. */
  Missing: 2,
  /** The person is their own manager. */
  Self: 3,
} as const;

/**
 * The reporting tree of a roster, built with index arrays and iterative walks so a roster of
 * 100,000 people is cheap and no walk can overflow the stack.
 */
export interface OrgTree {
  people: readonly Person[];
  index: ReadonlyMap<string, number>;
  /** Index of each person's manager, -1 for none (top, missing, self). */
  manager: Int32Array;
  status: Uint8Array;
  /** Direct reports of each person, undefined for nobody. */
  children: (number[] | undefined)[];
  /** 1 for the top; 0 for people in or under a reporting cycle. */
  depth: Int32Array;
  /** Everyone below each person, themselves excluded. */
  below: Int32Array;
  /** People reachable from a top, tops first (breadth first). */
  order: Int32Array;
  /** People with no manager given. */
  roots: number[];
  /** People whose manager is missing or themselves: the tops of detached parts. */
  detached: number[];
  cycles: number[][];
  /** Dotted-line managers resolved, and references that matched nobody. */
  dotted: (number[] | undefined)[];
  missingDotted: { person: number; ref: string }[];
}

const NONE: readonly string[] = [];

export function buildTree(people: readonly Person[]): OrgTree {
  const n = people.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(people[i]!.id, i);

  const manager = new Int32Array(n).fill(-1);
  const status = new Uint8Array(n);
  const children: (number[] | undefined)[] = new Array(n);
  const dotted: (number[] | undefined)[] = new Array(n);
  const missingDotted: { person: number; ref: string }[] = [];
  const roots: number[] = [];
  const detached: number[] = [];
  // References by id first; the few that miss are looked up by e-mail and by unique name afterwards.
  const target = new Int32Array(n).fill(-1);
  const misses: { person: number; ref: string; dotted: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    const p = people[i]!;
    // Loose checks: rosters rebuilt from stored JSON may have the field missing rather than null.
    if (p.managerId != null && p.managerId !== '') {
      const m = index.get(p.managerId);
      if (m === undefined) misses.push({ person: i, ref: p.managerId, dotted: false });
      else target[i] = m;
    }
    for (const ref of p.dottedLineIds ?? NONE) {
      const d = index.get(ref);
      if (d === undefined) misses.push({ person: i, ref, dotted: true });
      else if (d !== i) (dotted[i] ??= []).push(d);
      else missingDotted.push({ person: i, ref });
    }
  }
  if (misses.length) {
    const found = resolveByEmailOrName(people, index, misses.map((m) => m.ref));
    for (const miss of misses) {
      const m = found.get(miss.ref.trim().toLowerCase()) ?? -1;
      if (!miss.dotted) target[miss.person] = m;
      else if (m < 0 || m === miss.person) missingDotted.push({ person: miss.person, ref: miss.ref });
      else (dotted[miss.person] ??= []).push(m);
    }
  }
  for (let i = 0; i < n; i++) {
    const ref = people[i]!.managerId;
    if (ref == null || ref === '') {
      status[i] = ManagerStatus.Root;
      roots.push(i);
      continue;
    }
    const m = target[i]!;
    if (m < 0) {
      status[i] = ManagerStatus.Missing;
      detached.push(i);
    } else if (m === i) {
      status[i] = ManagerStatus.Self;
      detached.push(i);
    } else {
      status[i] = ManagerStatus.Ok;
      manager[i] = m;
      const kids = children[m];
      if (kids) kids.push(i);
      else children[m] = [i];
    }
  }

  // Cycles: follow each chain upwards once; a chain that meets itself is a cycle.
  const state = new Uint8Array(n);
  const cycles: number[][] = [];
  const path: number[] = [];
  for (let i = 0; i < n; i++) {
    if (state[i] !== 0) continue;
    path.length = 0;
    let j = i;
    while (j >= 0 && state[j] === 0) {
      state[j] = 1;
      path.push(j);
      j = manager[j]!;
    }
    if (j >= 0 && state[j] === 1) cycles.push(path.slice(path.indexOf(j)));
    for (const p of path) state[p] = 2;
  }

  // Depth, breadth first from every top.
  const depth = new Int32Array(n);
  const order = new Int32Array(n);
  let len = 0;
  for (const t of [...roots, ...detached]) {
    depth[t] = 1;
    order[len++] = t;
  }
  for (let k = 0; k < len; k++) {
    const i = order[k]!;
    const kids = children[i];
    if (!kids) continue;
    const d = depth[i]! + 1;
    for (const c of kids) {
      if (depth[c] !== 0) continue;
      depth[c] = d;
      order[len++] = c;
    }
  }
  const reached = order.slice(0, len);
  const below = new Int32Array(n);
  for (let k = len - 1; k >= 0; k--) {
    const i = reached[k]!;
    const m = manager[i]!;
    if (m >= 0) below[m]! += below[i]! + 1;
  }
  return { people, index, manager, status, children, depth, below, order: reached, roots, detached, cycles, dotted, missingDotted };
}

/** The chain of managers above a person, nearest first, stopping at a top or a cycle. */
export function chainAbove(tree: OrgTree, i: number, limit = 50): number[] {
  const out: number[] = [];
  const seen = new Set<number>([i]);
  let m = tree.manager[i]!;
  while (m >= 0 && !seen.has(m) && out.length < limit) {
    out.push(m);
    seen.add(m);
    m = tree.manager[m]!;
  }
  return out;
}

/**
 * Resolves references that are not ids: by e-mail, by an id that differs only in case, or by a name
 * only one person has. One pass, and only strings as long as a wanted reference are lower-cased.
 */
function resolveByEmailOrName(people: readonly Person[], index: ReadonlyMap<string, number>, refs: string[]): Map<string, number> {
  const wanted = new Set(refs.map((r) => r.trim().toLowerCase()));
  const lengths = new Set([...wanted].map((w) => w.length));
  const byKey = new Map<string, number>();
  const byName = new Map<string, number>();
  const dupNames = new Set<string>();
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    if (p.email && lengths.has(p.email.length)) {
      const e = p.email.toLowerCase();
      if (wanted.has(e)) byKey.set(e, i);
    }
    if (lengths.has(p.id.length)) {
      const k = p.id.toLowerCase();
      if (k !== p.id && wanted.has(k) && !index.has(k)) byKey.set(k, i);
    }
    if (lengths.has(p.name.length)) {
      const nm = p.name.toLowerCase();
      if (wanted.has(nm)) {
        if (byName.has(nm)) dupNames.add(nm);
        else byName.set(nm, i);
      }
    }
  }
  for (const d of dupNames) byName.delete(d);
  for (const [k, v] of byName) if (!byKey.has(k)) byKey.set(k, v);
  return byKey;
}

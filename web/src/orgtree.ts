/**
 * The org chart's model: a forest built from a roster, which nodes are shown (collapsed by
 * default), and a compact layout of only the shown nodes. Every walk is iterative, so a deep or
 * cyclic roster cannot overflow the stack; everything is O(people). Pure, unit-tested.
 */

export interface OrgPerson {
  id: string;
  name: string;
  title: string;
  managerId: string | null;
  family?: string | null;
  level?: number | null;
  roleId?: string | null;
  canonicalTitle?: string | null;
  track?: string | null;
}

export interface Forest {
  people: OrgPerson[];
  index: Map<string, number>;
  parent: Int32Array;
  children: number[][];
  roots: number[];
  /** People under each person (themselves excluded). */
  below: Int32Array;
  depth: Int32Array;
}

export function buildForest(people: OrgPerson[]): Forest {
  const n = people.length;
  const index = new Map<string, number>();
  people.forEach((p, i) => {
    if (!index.has(p.id)) index.set(p.id, i);
  });
  const parent = new Int32Array(n).fill(-1);
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const m = people[i]!.managerId;
    const j = m ? index.get(m) : undefined;
    if (j !== undefined && j !== i) parent[i] = j;
  }
  // Break cycles: walk up from each person; a person met twice on one walk loses its manager.
  const state = new Uint8Array(n); // 0 new, 1 on the current walk, 2 done
  for (let i = 0; i < n; i++) {
    if (state[i]) continue;
    const walk: number[] = [];
    let k = i;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      walk.push(k);
      k = parent[k]!;
    }
    if (k >= 0 && state[k] === 1) parent[k] = -1; // k closes a cycle: make it a root
    for (const w of walk) state[w] = 2;
  }
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    if (parent[i]! < 0) roots.push(i);
    else children[parent[i]!]!.push(i);
  }
  const order: number[] = [];
  const depth = new Int32Array(n);
  const queue = [...roots];
  for (let h = 0; h < queue.length; h++) {
    const i = queue[h]!;
    order.push(i);
    for (const c of children[i]!) {
      depth[c] = depth[i]! + 1;
      queue.push(c);
    }
  }
  const below = new Int32Array(n);
  for (let h = order.length - 1; h >= 0; h--) {
    const i = order[h]!;
    if (parent[i]! >= 0) below[parent[i]!]! += below[i]! + 1;
  }
  // Biggest teams first reads best; ties by name.
  const byName = (a: number, b: number) => below[b]! - below[a]! || people[a]!.name.localeCompare(people[b]!.name, 'en', { numeric: true });
  for (const c of children) if (c.length > 1) c.sort(byName);
  roots.sort(byName);
  return { people, index, parent, children, roots, below, depth };
}

/** The default view: the tops and their direct reports. */
export function defaultExpanded(f: Forest): Set<number> {
  return new Set(f.roots.filter((r) => f.children[r]!.length > 0));
}

export function expandAll(f: Forest): Set<number> {
  const s = new Set<number>();
  f.children.forEach((c, i) => {
    if (c.length > 0) s.add(i);
  });
  return s;
}

/** The chain of managers above a person, nearest first. */
export function ancestors(f: Forest, i: number): number[] {
  const out: number[] = [];
  for (let k = f.parent[i]!; k >= 0 && out.length <= f.people.length; k = f.parent[k]!) out.push(k);
  return out;
}

export const NODE_W = 196;
export const NODE_H = 64;
const H_GAP = 16;
const V_GAP = 44;
const STACK_GAP = 10;
const STACK_INDENT = 22;

export interface Layout {
  /** Shown people, in drawing order. */
  visible: number[];
  x: Float64Array;
  y: Float64Array;
  width: number;
  height: number;
  /** Parent-child links as line segments (polylines of 2-4 points). */
  links: { from: number; to: number; points: number[] }[];
}

/**
 * Lays out the shown part of the forest. A manager whose shown reports are all leaves gets them
 * stacked in a column under it (a compact "leaf stack"); other reports sit side by side under
 * their manager, who is centred above them.
 */
export function layoutForest(f: Forest, expanded: Set<number>): Layout {
  const n = f.people.length;
  const shownKids = (i: number) => (expanded.has(i) ? f.children[i]! : []);
  const stacked = (i: number) => {
    const kids = shownKids(i);
    return kids.length > 0 && kids.every((c) => shownKids(c).length === 0);
  };
  // Post-order over shown nodes: subtree widths and heights.
  const w = new Float64Array(n);
  const h = new Float64Array(n);
  const post: number[] = [];
  const stack: [number, boolean][] = f.roots.map((r) => [r, false] as [number, boolean]).reverse();
  while (stack.length) {
    const [i, done] = stack.pop()!;
    if (done) {
      post.push(i);
      continue;
    }
    stack.push([i, true]);
    const kids = shownKids(i);
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, false]);
  }
  for (const i of post) {
    const kids = shownKids(i);
    if (kids.length === 0) {
      w[i] = NODE_W;
      h[i] = NODE_H;
    } else if (stacked(i)) {
      w[i] = Math.max(NODE_W, STACK_INDENT + NODE_W);
      h[i] = NODE_H + kids.length * (NODE_H + STACK_GAP) + STACK_GAP;
    } else {
      let sum = 0;
      let tall = 0;
      for (const c of kids) {
        sum += w[c]!;
        tall = Math.max(tall, h[c]!);
      }
      w[i] = Math.max(NODE_W, sum + H_GAP * (kids.length - 1));
      h[i] = NODE_H + V_GAP + tall;
    }
  }
  // Pre-order: positions.
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const visible: number[] = [];
  const links: Layout['links'] = [];
  let left = 0;
  let height = 0;
  const place: [number, number, number][] = []; // [node, left edge of its subtree, top]
  for (const r of f.roots) {
    place.push([r, left, 0]);
    left += w[r]! + H_GAP * 2;
  }
  place.reverse();
  while (place.length) {
    const [i, l, t] = place.pop()!;
    visible.push(i);
    const kids = shownKids(i);
    height = Math.max(height, t + NODE_H);
    if (kids.length === 0) {
      x[i] = l;
      y[i] = t;
    } else if (stacked(i)) {
      x[i] = l;
      y[i] = t;
      const spineX = l + STACK_INDENT / 2;
      let cy = t + NODE_H + STACK_GAP;
      const batch: [number, number, number][] = [];
      for (const c of kids) {
        batch.push([c, l + STACK_INDENT, cy]);
        links.push({ from: i, to: c, points: [spineX, t + NODE_H, spineX, cy + NODE_H / 2, l + STACK_INDENT, cy + NODE_H / 2] });
        cy += NODE_H + STACK_GAP;
      }
      for (let k = batch.length - 1; k >= 0; k--) place.push(batch[k]!);
    } else {
      x[i] = l + (w[i]! - NODE_W) / 2;
      y[i] = t;
      let cl = l + (w[i]! - (kids.reduce((s, c) => s + w[c]!, 0) + H_GAP * (kids.length - 1))) / 2;
      const ct = t + NODE_H + V_GAP;
      const px = x[i]! + NODE_W / 2;
      const midY = t + NODE_H + V_GAP / 2;
      const batch: [number, number, number][] = [];
      for (const c of kids) {
        batch.push([c, cl, ct]);
        const cx = stacked(c) || shownKids(c).length === 0 ? cl + NODE_W / 2 : cl + w[c]! / 2;
        links.push({ from: i, to: c, points: [px, t + NODE_H, px, midY, cx, midY, cx, ct] });
        cl += w[c]! + H_GAP;
      }
      for (let k = batch.length - 1; k >= 0; k--) place.push(batch[k]!);
    }
  }
  return { visible, x, y, width: Math.max(NODE_W, left - H_GAP * 2), height, links };
}

/** The shown nodes inside a rectangle (content coordinates), with a margin. */
export function inView(layout: Layout, rect: { left: number; top: number; width: number; height: number }, margin = 200): number[] {
  const l = rect.left - margin;
  const t = rect.top - margin;
  const r = rect.left + rect.width + margin;
  const b = rect.top + rect.height + margin;
  const out: number[] = [];
  for (const i of layout.visible) {
    const x = layout.x[i]!;
    const y = layout.y[i]!;
    if (x + NODE_W >= l && x <= r && y + NODE_H >= t && y <= b) out.push(i);
  }
  return out;
}

/** People whose name, title or id contains every word of the query; best (name starts) first. */
export function searchPeople(f: Forest, query: string, limit = 10): number[] {
  const q = query.toLowerCase().trim().replace(/\s+/g, ' ');
  const words = q.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: [number, number][] = [];
  for (let i = 0; i < f.people.length; i++) {
    const p = f.people[i]!;
    const name = p.name.toLowerCase();
    const hay = `${name} ${p.title} ${p.id}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    const rank = name === q || p.id.toLowerCase() === q ? 0 : name.startsWith(q) ? 1 : name.startsWith(words[0]!) ? 2 : 3;
    hits.push([i, rank]);
  }
  hits.sort((a, b) => a[1] - b[1] || f.people[a[0]]!.name.localeCompare(f.people[b[0]]!.name));
  return hits.slice(0, limit).map((h) => h[0]);
}

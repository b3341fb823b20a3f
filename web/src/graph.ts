/** Layout of career-path routes as a layered graph: pure, so it is unit-tested without a browser. */

export interface Step {
  from: string;
  to: string;
  kind: string;
}
export interface GraphNode {
  id: string;
  layer: number;
  /** Position within its layer, 0-based. */
  index: number;
  x: number;
  y: number;
}
export interface GraphEdge extends Step {
  /** Routes (0-based) this step belongs to. */
  routes: number[];
}
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  layers: number;
  maxPerLayer: number;
}

/**
 * Layers by longest distance from the start, so every step points down; within a layer, nodes
 * of earlier routes come first. x and y are in units of columns and rows (the caller scales them).
 */
export function layoutRoutes(start: string, routes: { steps: Step[] }[]): Graph {
  const edges = new Map<string, GraphEdge>();
  const order = new Map<string, number>();
  const seen = (id: string) => {
    if (!order.has(id)) order.set(id, order.size);
  };
  seen(start);
  routes.forEach((r, ri) =>
    r.steps.forEach((s) => {
      seen(s.from);
      seen(s.to);
      const k = `${s.from}>${s.to}>${s.kind}`;
      const e = edges.get(k);
      if (e) {
        if (!e.routes.includes(ri)) e.routes.push(ri);
      } else edges.set(k, { from: s.from, to: s.to, kind: s.kind, routes: [ri] });
    }),
  );
  const layer = new Map<string, number>([...order.keys()].map((id) => [id, 0]));
  // Longest path by relaxation; a cycle stops after |V| rounds.
  for (let round = 0; round < order.size; round++) {
    let changed = false;
    for (const e of edges.values()) {
      const want = layer.get(e.from)! + 1;
      if (want > layer.get(e.to)! && e.to !== start) {
        layer.set(e.to, want);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const byLayer = new Map<number, string[]>();
  for (const id of [...order.keys()].sort((a, b) => order.get(a)! - order.get(b)!)) {
    const l = layer.get(id)!;
    byLayer.set(l, [...(byLayer.get(l) ?? []), id]);
  }
  const maxPerLayer = Math.max(1, ...[...byLayer.values()].map((l) => l.length));
  const nodes: GraphNode[] = [];
  for (const [l, ids] of byLayer) {
    ids.forEach((id, i) => {
      // Centre each layer: a single node sits in the middle column.
      const x = (maxPerLayer - ids.length) / 2 + i;
      nodes.push({ id, layer: l, index: i, x, y: l });
    });
  }
  return { nodes, edges: [...edges.values()], layers: Math.max(0, ...nodes.map((n) => n.layer)) + 1, maxPerLayer };
}

/** Splits a title into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && (line + ' ' + w).length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

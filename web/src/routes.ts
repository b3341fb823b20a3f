/**
 * Career routes that take the same steps (the same climbs, the same kinds of move) in another
 * order, or through other roles of the same band, are one route to a reader: grouped here.
 */
export interface RouteStepLike {
  from: string;
  to: string;
  kind: string;
  fromBand: number;
  toBand: number;
}
export interface RouteLike<S extends RouteStepLike = RouteStepLike> {
  steps: S[];
}
export interface RouteGroup<R extends RouteLike> {
  /** The route shown (the best ranked of the group). */
  route: R;
  /** Its index in the server's ranking. */
  index: number;
  /** The other routes of the group, by their index. */
  variants: number[];
  /** Per step of the route shown: other roles a variant reaches at that step instead. */
  alternatives: string[][];
}

/** What a step does, without naming the roles: how many bands it climbs and the kind of move. */
const shape = (s: RouteStepLike) => `${s.toBand - s.fromBand}:${s.kind}`;

/** The routes grouped by the multiset of their steps' shapes, in the order of their best member. */
export function groupRoutes<R extends RouteLike>(routes: readonly R[]): RouteGroup<R>[] {
  const groups = new Map<string, RouteGroup<R>>();
  routes.forEach((route, index) => {
    const first = route.steps[0];
    const last = route.steps[route.steps.length - 1];
    const key = `${first?.from}|${last?.to}|${route.steps.map(shape).sort().join(',')}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { route, index, variants: [], alternatives: route.steps.map(() => []) });
      return;
    }
    group.variants.push(index);
    route.steps.forEach((s, i) => {
      const shown = group.route.steps[i];
      if (shown && s.to !== shown.to && s.to !== last?.to && !group.alternatives[i]!.includes(s.to)) group.alternatives[i]!.push(s.to);
    });
  });
  return [...groups.values()];
}

import { titleKey } from '../framework/title-key.js';
import type { RoleContext } from '../resolve/resolve.js';
import type { OrgTree } from './tree.js';
import type { Person } from './types.js';

/**
 * Why a person's title is read in a product context: their department is a product department,
 * or someone above them leads product. Everyone else's title is read in the general context.
 */
export type ContextReason =
  | { kind: 'department'; department: string }
  | { kind: 'manager'; leaderId: string; leaderTitle: string };

export interface PersonContext {
  context: RoleContext;
  reason: ContextReason | null;
}

// "Product", "Product Management", "Product & Design", "Produkt", "Produit", "Producto"…; not
// "Production" or "Produktion", which are manufacturing.
const PRODUCT_DEPARTMENT = /\b(product|products|produkt|produkte|produktmanagement|produit|produits|producto|productos|produto|produtos|prodotto|prodotti|produkty?|prodops|cpo)\b/;

/** Whether a department name is a product department. */
export function isProductDepartment(department: string | undefined): boolean {
  return department !== undefined && PRODUCT_DEPARTMENT.test(titleKey(department));
}

const GENERAL: PersonContext = Object.freeze({ context: 'general', reason: null }) as PersonContext;

/**
 * Each person's context, in roster order. `isLeader(i)` says whether person i leads product
 * (a head, director or VP of product, a CPO); the walk up each manager chain is iterative and
 * remembered, so a deep or cyclic roster costs linear time.
 */
export function rosterContexts(people: readonly Person[], tree: OrgTree, isLeader: (i: number) => boolean): PersonContext[] {
  const n = people.length;
  // The nearest product leader above each person: -2 not worked out yet, -1 none.
  const leaderAbove = new Int32Array(n).fill(-2);
  // Which climb last visited a person: a cycle shows up as a person visited twice in one climb.
  const visited = new Int32Array(n).fill(-1);
  // Contexts are shared per department and per leader: 100,000 people need few objects.
  const byDepartment = new Map<string, PersonContext | null>();
  const byLeader = new Map<number, PersonContext>();
  const out: PersonContext[] = new Array(n);
  const path: number[] = [];
  for (let i = 0; i < n; i++) {
    if (leaderAbove[i] === -2) {
      // Climb until a manager whose answer is known, a leader, the top, or a cycle.
      path.length = 0;
      let at = i;
      let found = -1;
      while (leaderAbove[at] === -2 && visited[at] !== i) {
        visited[at] = i;
        path.push(at);
        const m = tree.manager[at]!;
        if (m < 0) break;
        if (isLeader(m)) {
          found = m;
          break;
        }
        at = m;
      }
      if (found < 0 && leaderAbove[at]! >= -1) found = leaderAbove[at]!;
      for (const p of path) leaderAbove[p] = found;
    }
    const department = people[i]!.department;
    let byDept: PersonContext | null | undefined = null;
    if (department !== undefined) {
      byDept = byDepartment.get(department);
      if (byDept === undefined) byDepartment.set(department, (byDept = isProductDepartment(department) ? { context: 'product', reason: { kind: 'department', department } } : null));
    }
    if (byDept) out[i] = byDept;
    else if (leaderAbove[i]! >= 0) {
      const l = leaderAbove[i]!;
      let c = byLeader.get(l);
      if (!c) byLeader.set(l, (c = { context: 'product', reason: { kind: 'manager', leaderId: people[l]!.id, leaderTitle: people[l]!.title } }));
      out[i] = c;
    } else out[i] = GENERAL;
  }
  return out;
}

/** "department "Product"", "reports to Head of Product (h1)": why a title was read in a product context. */
export function reasonText(reason: ContextReason): string {
  return reason.kind === 'department' ? `department "${reason.department}"` : `reports (directly or not) to ${reason.leaderTitle} (${reason.leaderId})`;
}

import { formatMoney, isCompanyFigure, payText } from '../framework/pay.js';
import { locationCovered, placeKey } from '../framework/region.js';
import type { PayFigure, Role } from '../framework/schema.js';

/**
 * The audit's pay check: a salary against the figures for the same role, currency, period and place,
 * with a tolerance. The company's own bands win over published figures; a published figure is a
 * reference point, not a band, so being off it is reported as information, not as a problem.
 */
export type PayVerdict =
  | { status: 'not-checked'; reason: string }
  | { status: 'inside'; basis: 'company' | 'published'; figures: PayFigure[] }
  | { status: 'outside'; basis: 'company' | 'published'; direction: 'below' | 'above'; figures: PayFigure[]; message: string };

/** The figures a salary is compared with: same currency, yearly, covering the location; company bands first. */
export function payFiguresFor(role: Role, currency: string, location: string | undefined): PayFigure[] {
  const yearly = role.pay.filter((f) => f.currency === currency && f.period === 'year');
  let here: PayFigure[];
  if (location && location.trim()) here = yearly.filter((f) => locationCovered(location, f));
  // Without a location, the currency must settle the place on its own: one place only.
  else here = new Set(yearly.map(placeKey)).size === 1 ? yearly : [];
  const company = here.filter(isCompanyFigure);
  return company.length ? company : here;
}

/** The lowest and highest salary a figure accepts with the tolerance; an open side stays open. */
function accepted(f: PayFigure, tolerance: number): { low: number; high: number } {
  const lo = (n: number | null) => (n === null ? 0 : n * (1 - tolerance));
  const hi = (n: number | null) => (n === null ? Number.POSITIVE_INFINITY : n * (1 + tolerance));
  switch (f.kind) {
    case 'approx':
      return { low: lo(f.amount), high: hi(f.amount) };
    case 'from':
      return { low: lo(f.min), high: Number.POSITIVE_INFINITY };
    case 'up-to':
      return { low: 0, high: hi(f.max) };
    case 'range':
      return { low: lo(f.min), high: hi(f.max) };
  }
}

export function checkPay(role: Role, salary: number, currency: string, location: string | undefined, tolerance: number): PayVerdict {
  const figures = payFiguresFor(role, currency, location);
  if (!figures.length) {
    const any = role.pay.some((f) => f.currency === currency && f.period === 'year');
    return {
      status: 'not-checked',
      reason: !any
        ? `no yearly ${currency} figure for the role`
        : location
          ? `no ${currency} figure for the role covers "${location}"`
          : `the ${currency} figures are for more than one place and the person has no location`,
    };
  }
  const basis = isCompanyFigure(figures[0]!) ? 'company' : 'published';
  const limits = figures.map((f) => accepted(f, tolerance));
  if (limits.some((l) => salary >= l.low && salary <= l.high)) return { status: 'inside', basis, figures };
  const direction = limits.every((l) => salary < l.low) ? 'below' : 'above';
  const money = (n: number) => formatMoney(n, currency);
  const bound = direction === 'below' ? Math.min(...limits.map((l) => l.low)) : Math.max(...limits.map((l) => l.high));
  const what = basis === 'company' ? `the company's band for ${role.title}` : `the published figure${figures.length > 1 ? 's' : ''} for ${role.title}`;
  const pct = `${Math.round(tolerance * 100)}%`;
  const message =
    `salary ${money(salary)} is ${direction} ${what}: ${figures.map(payText).join('; ')}` +
    ` (with the ±${pct} tolerance, ${direction === 'below' ? 'the least' : 'the most'} it accepts is ${money(Math.round(bound))})` +
    (basis === 'published' ? '. A published figure is a reference point for the market, not a pay band; add your own bands to check against them' : '');
  return { status: 'outside', basis, direction, figures, message };
}


import { placeKey } from './region.js';
import type { CompanyPayBand, PayFigure } from './schema.js';

/**
 * Pay figures: the one way they are written out (CLI, Markdown, API `text`, web), their bounds, and
 * when two of them may be set against each other. Figures of different currencies, periods or
 * places, and open-ended figures, are never reduced to one number.
 */

const moneyFormats = new Map<string, Intl.NumberFormat>();
export function formatMoney(n: number, currency: string): string {
  let f = moneyFormats.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n)} ${currency}`;
    }
    moneyFormats.set(currency, f);
  }
  return f.format(n);
}

const PERIOD_TEXT: Record<PayFigure['period'], string> = { year: 'a year', month: 'a month', hour: 'an hour' };

/** A figure that is the company's own band (every source is the company's), not a published figure. */
export function isCompanyFigure(f: Pick<PayFigure, 'source'>): boolean {
  return f.source.length > 0 && f.source.every((s) => s.startsWith('company:'));
}

/** "≈ €95,000", "from $99,000", "up to $180,000", "€80,000–€100,000". */
export function payAmountText(f: PayFigure): string {
  const m = (n: number | null) => formatMoney(n ?? 0, f.currency);
  switch (f.kind) {
    case 'approx':
      return `≈ ${m(f.amount)}`;
    case 'from':
      return `from ${m(f.min)}`;
    case 'up-to':
      return `up to ${m(f.max)}`;
    case 'range':
      return f.min === f.max ? m(f.min) : `${m(f.min)}–${m(f.max)}`;
  }
}

/** "2023", "undated, 2020 or earlier", "company band". */
export function payDateText(f: PayFigure): string {
  if (isCompanyFigure(f)) return f.year ? `company band, ${f.year}` : 'company band';
  if (f.year) return String(f.year);
  return f.latestYear ? `undated, ${f.latestYear} or earlier` : 'undated';
}

/** The words for a figure everywhere it is shown: "≈ €95,000 a year, Europe, undated, 2020 or earlier". */
export function payText(f: PayFigure): string {
  return `${payAmountText(f)} ${PERIOD_TEXT[f.period]}, ${f.region}, ${payDateText(f)}`;
}

/** A figure with its words, the shape the API returns. */
export type PayFigureView = PayFigure & { text: string };
export function payView(f: PayFigure): PayFigureView {
  return { ...f, text: payText(f) };
}

/** The lowest and highest amount a figure allows; null where it is open. */
export function payBounds(f: PayFigure): { low: number | null; high: number | null } {
  if (f.kind === 'approx') return { low: f.amount, high: f.amount };
  return { low: f.min, high: f.max };
}

/** The single amount that stands for a figure of its kind: the amount, the bound, or a range's middle. */
export function payReference(f: PayFigure): number {
  switch (f.kind) {
    case 'approx':
      return f.amount ?? 0;
    case 'from':
      return f.min ?? 0;
    case 'up-to':
      return f.max ?? 0;
    case 'range':
      return ((f.min ?? 0) + (f.max ?? 0)) / 2;
  }
}

/** Figures that describe the same market: same currency, period and place. */
export function sameMarket(a: PayFigure, b: PayFigure): boolean {
  return a.currency === b.currency && a.period === b.period && placeKey(a) === placeKey(b);
}

export type PayChange =
  | { comparable: true; amount: number; percent: number }
  | { comparable: false; reason: string };

/**
 * How much more b pays than a, when that can be said: both figures in the same currency, period and
 * place, and both closed (an exact range or an approximate amount). Otherwise the reason it cannot.
 */
export function payChange(a: PayFigure, b: PayFigure): PayChange {
  if (a.currency !== b.currency) return { comparable: false, reason: `the figures are in different currencies (${a.currency}, ${b.currency})` };
  if (a.period !== b.period) return { comparable: false, reason: `one figure is per ${a.period}, the other per ${b.period}` };
  if (placeKey(a) !== placeKey(b)) return { comparable: false, reason: `the figures are for different places (${a.region}, ${b.region})` };
  const open = [a, b].find((f) => f.kind === 'from' || f.kind === 'up-to');
  if (open) return { comparable: false, reason: `"${payAmountText(open)}" is open-ended, so it has no middle to compare` };
  const ra = payReference(a);
  const rb = payReference(b);
  if (ra <= 0) return { comparable: false, reason: 'the first figure is zero' };
  return { comparable: true, amount: Math.round(rb - ra), percent: Math.round(((rb - ra) / ra) * 100) };
}

/** A company framework's band as a figure: an exact range, or "from"/"up to" when one side is open. */
export function companyBandFigure(band: CompanyPayBand, company: string): PayFigure {
  const kind: PayFigure['kind'] = band.min !== null && band.max !== null ? 'range' : band.min !== null ? 'from' : 'up-to';
  return {
    kind,
    min: band.min,
    max: band.max,
    amount: null,
    currency: band.currency,
    period: band.period,
    region: band.region,
    ...(band.country ? { country: band.country } : {}),
    ...(band.year ? { year: band.year } : {}),
    ...(band.note ? { note: band.note } : {}),
    source: band.source?.length ? band.source : [`company:${company}`],
  };
}

/** Two roles' figures for one market (currency, period and place), and what can be said about the change. */
export interface PayComparisonRow {
  region: string;
  currency: string;
  period: PayFigure['period'];
  a: PayFigureView[];
  b: PayFigureView[];
  /** How much more b pays than a, only when each side has one closed figure for this market. */
  change: { amount: number; percent: number } | null;
  /** Why there is no change although both sides have a figure here; null otherwise. */
  noChange: string | null;
}

/**
 * Sets two roles' pay side by side, one row per market. Figures for different markets are never
 * on one row, and a row gets a change only when both of its figures are closed.
 */
export function comparePay(a: PayFigure[], b: PayFigure[]): PayComparisonRow[] {
  const rows = new Map<string, PayComparisonRow>();
  const row = (f: PayFigure) => {
    const k = `${f.currency}|${f.period}|${placeKey(f)}`;
    let r = rows.get(k);
    if (!r) rows.set(k, (r = { region: f.region, currency: f.currency, period: f.period, a: [], b: [], change: null, noChange: null }));
    return r;
  };
  for (const f of a) row(f).a.push(payView(f));
  for (const f of b) row(f).b.push(payView(f));
  for (const r of rows.values()) {
    if (!r.a.length || !r.b.length) continue;
    if (r.a.length > 1 || r.b.length > 1) {
      r.noChange = 'a role has more than one figure for this market';
      continue;
    }
    const c = payChange(r.a[0]!, r.b[0]!);
    if (c.comparable) r.change = { amount: c.amount, percent: c.percent };
    else r.noChange = c.reason;
  }
  return [...rows.values()];
}

/** How the cells of a roster are read as values: money, pay periods, dates. Pure. */
import { LadderError } from '../errors.js';
import type { PayPeriod } from './types.js';

export const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'CHF': 'CHF' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-03-31", or a LadderError naming where the date came from. */
export function checkDate(value: string, where: string): string {
  const v = value.trim().slice(0, 10);
  if (DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return v;
  throw new LadderError('invalid-date', `${where}: "${value}" is not a date like 2026-03-31`, { issues: [{ code: 'invalid-date', field: 'date', value, message: 'not a YYYY-MM-DD date' }] });
}

/** Words a pay-period cell may hold. */
export const PERIOD_WORDS: Record<string, PayPeriod> = {
  year: 'year', yearly: 'year', annual: 'year', annually: 'year', annum: 'year', 'per year': 'year', 'per annum': 'year', salary: 'year', salaried: 'year', y: 'year', yr: 'year',
  month: 'month', monthly: 'month', 'per month': 'month', mo: 'month', m: 'month',
  week: 'week', weekly: 'week', 'per week': 'week', wk: 'week',
  hour: 'hour', hourly: 'hour', 'per hour': 'hour', hr: 'hour', h: 'hour',
};

/** "$120,000", "120000", "120k", "€ 95.000", "95 000,50 EUR" → an amount and maybe a currency. */
export function parseMoney(s: string): { amount: number; currency?: string } | null {
  let t = s.trim();
  let currency: string | undefined;
  const code = /\b([A-Z]{3})\b/.exec(t.toUpperCase());
  if (code && !/^\d/.test(code[1]!)) {
    currency = code[1];
    t = t.replace(new RegExp(code[1]!, 'i'), '');
  }
  for (const [sign, cur] of Object.entries(CURRENCY_SIGNS)) {
    if (sign.length === 1 && t.includes(sign)) {
      currency ??= cur;
      t = t.replace(sign, '');
    }
  }
  t = t.replace(/[\s\u00a0']/g, '');
  let mult = 1;
  if (/[kK]$/.test(t)) (mult = 1000, (t = t.slice(0, -1)));
  else if (/[mM]$/.test(t)) (mult = 1_000_000, (t = t.slice(0, -1)));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(t)) t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const amount = Number(t) * mult;
  if (!Number.isFinite(amount)) return null;
  return currency ? { amount, currency } : { amount };
}

import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { LadderError } from '../../core/errors.js';
import { companyFrameworkText } from '../../core/org/company-file.js';
import { levelsSection, levelsText, proposeLevels } from '../../core/org/levels.js';
import { checkDate } from '../../core/org/parse.js';
import { parseDimensions, payBands, type PayDimension } from '../../core/org/pay-bands.js';
import { payCsv, payFrameworkSection, payJson, payText } from '../../core/org/render-pay.js';
import { orgTrend, trendText } from '../../core/org/trend.js';
import { frameworkFor, wantsJson } from '../context.js';
import { writeFileAtomic } from '../io.js';
import { rosterTitleReader } from '../../core/org/read-title.js';
import { readOrgConfig, readRoster, type ReadRosterOptions } from './org-io.js';

// `ladder org pay | levels | trend`: what a company's own data says about its pay, levels and history.

interface DataOpts extends ReadRosterOptions {
  inputFormat?: 'csv' | 'json';
  out?: string;
  config?: string;
  companySize?: number;
  name: string;
  merge?: string;
}

function emit(body: string, out: string | undefined, what: string): void {
  if (out) {
    writeFileAtomic(resolve(out), body);
    process.stderr.write(`wrote ${out} (${what})\n`);
  } else process.stdout.write(body);
}

function existingText(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const full = resolve(path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

export function pay(path: string, options: Record<string, unknown>, cmd: Command): void {
  const opts = options as unknown as DataOpts & { by: string; minGroup: number; people?: boolean; monthsPerYear?: number; weeksPerYear?: number; hoursPerYear?: number; currency?: string };
  const format = wantsJson(cmd) ? 'json' : ((opts as { format?: string }).format ?? 'table');
  const fw = frameworkFor(cmd);
  const roster = readRoster(path, { ...opts, format: opts.inputFormat });
  let by: PayDimension[] = parseDimensions(opts.by);
  if (format === 'framework') by = ['role', ...(by.includes('location') ? (['location'] as const) : [])];
  const currency = opts.currency?.toUpperCase();
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) throw new LadderError('invalid-option', `--currency must be an ISO 4217 code like USD, not "${opts.currency}"`, { issues: [{ code: 'invalid-option', field: 'currency', value: opts.currency, message: 'not a currency code' }] });
  const bands = payBands(roster.people, {
    normalize: rosterTitleReader(fw),
    by,
    minGroup: opts.minGroup,
    defaultCurrency: currency ?? null,
    monthsPerYear: opts.monthsPerYear,
    weeksPerYear: opts.weeksPerYear,
    hoursPerYear: opts.hoursPerYear,
  });
  if (format === 'json') emit(`${JSON.stringify(payJson(bands, { people: opts.people }), null, 2)}\n`, opts.out, 'JSON pay bands');
  else if (format === 'csv') emit(payCsv(bands), opts.out, 'CSV pay bands');
  else if (format === 'framework') {
    const source = `${opts.name} pay bands from ${basename(roster.file)}${roster.effectiveDate ? ` as of ${roster.effectiveDate}` : ''}`;
    const text = companyFrameworkText(
      { pay: payFrameworkSection(bands, source) },
      { name: opts.name, existing: existingText(opts.merge), header: `Pay bands from ${basename(roster.file)}: 10th to 90th percentile per role, groups of at least ${bands.minGroup} people.\nUse it with: ladder --framework FILE org audit ROSTER` },
    );
    emit(text, opts.out ?? opts.merge, 'company framework pay bands');
  } else emit(payText(bands, { people: opts.people }), opts.out, 'pay bands');
}

export function levels(path: string, options: Record<string, unknown>, cmd: Command): void {
  const opts = options as unknown as DataOpts & { levelColumn?: string; write?: string };
  const fw = frameworkFor(cmd);
  const map = [...(opts.map ?? []), ...(opts.levelColumn ? [`level=${opts.levelColumn}`] : [])];
  const roster = readRoster(path, { ...opts, map });
  if (!roster.columns.some((c) => c.field === 'level')) {
    throw new LadderError('roster-missing-columns', `${roster.file}: no level column found; name it with --level-column "Your Column"`, {
      issues: [{ code: 'missing-column', file: roster.file, field: 'level', message: 'no level column (recognised names: Level, Job Level, Grade, Management Level, …)' }],
    });
  }
  const proposal = proposeLevels(roster.people, { normalize: rosterTitleReader(fw), framework: fw, minConfidence: readOrgConfig(opts.config)?.titles.minConfidence });
  const target = opts.write ?? opts.merge;
  if (target) {
    const text = companyFrameworkText(
      { levels: levelsSection(proposal), titles: proposal.titles },
      { name: opts.name, existing: existingText(opts.merge), header: `Company levels proposed from ${basename(roster.file)}.\nCheck them, then use it with: ladder --framework FILE …` },
    );
    writeFileAtomic(resolve(target), text);
    process.stderr.write(`wrote ${target} (company levels and titles)\n`);
  }
  if (wantsJson(cmd)) emit(`${JSON.stringify(proposal, null, 2)}\n`, opts.out, 'JSON levels');
  else emit(levelsText(proposal), opts.out, 'levels');
}

const DATED = /^(.*)@(\d{4}-\d{2}-\d{2})$/;

export function trend(paths: string[], options: Record<string, unknown>, cmd: Command): void {
  const opts = options as unknown as DataOpts;
  const fw = frameworkFor(cmd);
  const snapshots = paths.map((arg) => {
    const m = DATED.exec(arg);
    const file = m ? m[1]! : arg;
    const roster = readRoster(file, { ...opts, date: m ? m[2] : undefined });
    const date = roster.effectiveDate;
    if (!date) {
      throw new LadderError('roster-without-date', `${roster.file} has no date: add an effective-date column, or write the file as ${file}@YYYY-MM-DD`, {
        issues: [{ code: 'roster-without-date', file: roster.file, field: 'effective_date', message: 'no effective date' }],
      });
    }
    return { roster, date: checkDate(date, roster.file) };
  });
  const t = orgTrend(snapshots, { framework: fw, config: readOrgConfig(opts.config), companySize: opts.companySize });
  if (wantsJson(cmd)) emit(`${JSON.stringify(t, null, 2)}\n`, opts.out, 'JSON trend');
  else emit(trendText(t), opts.out, 'trend');
}

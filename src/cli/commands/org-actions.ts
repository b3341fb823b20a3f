import { resolve } from 'node:path';
import type { Command } from 'commander';
import { auditJson, auditRoster } from '../../core/org/audit.js';
import { resolveOrgConfig, type OrgConfig } from '../../core/org/config.js';
import { designOrg, type Stage } from '../../core/org/design.js';
import { diffAudits } from '../../core/org/diff.js';
import { auditHtml, auditMarkdown, auditText, rosterCsv } from '../../core/org/render.js';
import { numberCitations } from '../../core/framework/render-markdown.js';
import { designMarkdown, designText, diffMarkdown, diffText } from '../../core/org/render-design.js';
import { frameworkFor, wantsJson } from '../context.js';
import { exitStatus, writeFileAtomic } from '../io.js';
import { readOrgConfig, readRoster } from './org-io.js';

interface RosterOpts {
  map?: string[];
  format?: 'csv' | 'json';
  config?: string;
  companySize?: number;
  payTolerance?: number;
  out?: string;
  md?: boolean;
}

/** --config with --pay-tolerance laid over it. */
function auditConfig(opts: RosterOpts): OrgConfig | undefined {
  const config = readOrgConfig(opts.config);
  if (opts.payTolerance === undefined) return config;
  const base = config ?? resolveOrgConfig(undefined);
  return { ...base, pay: { ...base.pay, tolerance: opts.payTolerance } };
}

/** Writes to --out (whole or not at all) or prints. */
function emit(body: string, out: string | undefined, what: string): void {
  if (out) {
    writeFileAtomic(resolve(out), body);
    process.stderr.write(`wrote ${out} (${what})\n`);
  } else process.stdout.write(body);
}

export function audit(path: string, options: Record<string, unknown>, cmd: Command): void {
  const opts = options as unknown as RosterOpts & { html?: string; chartLimit: number; failOn?: 'error' | 'warning' | 'never' };
  const fw = frameworkFor(cmd);
  const config = auditConfig(opts);
  const roster = readRoster(path, opts);
  const result = auditRoster(roster, { framework: fw, config, companySize: opts.companySize });
  if (opts.html) {
    writeFileAtomic(resolve(opts.html), auditHtml(result, { maxNodes: opts.chartLimit }));
    process.stderr.write(`wrote ${opts.html} (HTML report)\n`);
  }
  if (wantsJson(cmd)) emit(`${JSON.stringify(auditJson(result), null, 2)}\n`, opts.out, 'JSON report');
  else if (opts.md) emit(auditMarkdown(result), opts.out, 'Markdown report');
  else if (!opts.html || opts.out) emit(auditText(result), opts.out, 'summary');
  const failOn = opts.failOn ?? 'error';
  const failing = failOn === 'never' ? [] : result.findings.filter((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  if (failing.length) exitStatus.code = FINDINGS_EXIT;
}

/** `org audit` exits with this when it finds problems at its --fail-on severity (1 stays "the input could not be read"). */
export const FINDINGS_EXIT = 3;

export function design(options: Record<string, unknown>, cmd: Command): void {
  const opts = options as unknown as { pms: number; productLines: number; companySize?: number; stage?: Stage; agile?: boolean; config?: string; md?: boolean; csv?: boolean; out?: string };
  const fw = frameworkFor(cmd);
  const d = designOrg({ pms: opts.pms, productLines: opts.productLines, companySize: opts.companySize, stage: opts.stage, agile: opts.agile }, fw, { config: readOrgConfig(opts.config) });
  if (wantsJson(cmd)) {
    const roster = d.roster.map((p) => ({ id: p.id, name: p.name, title: p.title, manager_id: p.managerId, department: p.department ?? null, product_line: p.productLine ?? null }));
    emit(`${JSON.stringify({ ...d, roster }, null, 2)}\n`, opts.out, 'JSON design');
  } else if (opts.csv) emit(rosterCsv(d.roster), opts.out, `roster of ${d.roster.length}`);
  // Reasons cite sources by number with a list of titles, as the career commands do.
  else if (opts.md) emit(numberCitations(designMarkdown(d), fw), opts.out, 'Markdown design');
  else emit(numberCitations(designText(d), fw), opts.out, 'design');
}

export function diff(beforePath: string, afterPath: string, options: Record<string, unknown>, cmd: Command): void {
  const opts = options as unknown as RosterOpts;
  const fw = frameworkFor(cmd);
  const config = auditConfig(opts);
  const before = readRoster(beforePath, opts);
  const after = readRoster(afterPath, opts);
  const auditOptions = { framework: fw, config, companySize: opts.companySize };
  const d = diffAudits(before, after, auditRoster(before, auditOptions), auditRoster(after, auditOptions));
  if (wantsJson(cmd)) emit(`${JSON.stringify(d, null, 2)}\n`, opts.out, 'JSON diff');
  else if (opts.md) emit(diffMarkdown(d), opts.out, 'Markdown diff');
  else emit(diffText(d), opts.out, 'diff');
}

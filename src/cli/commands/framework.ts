import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { LadderError, type Issue } from '../../core/errors.js';
import { assembleFramework } from '../../core/framework/assemble.js';
import { applyCompanyFramework } from '../../core/framework/company.js';
import { compareRoles } from '../../core/framework/compare.js';
import { getLadder, listRoles } from '../../core/framework/query.js';
import { comparisonMarkdown, frameworkMarkdown, ladderText, roleMarkdown } from '../../core/framework/render-markdown.js';
import { AnyFamilyId, BAND_NAMES, FrameworkFile, SourcesFile } from '../../core/framework/schema.js';
import { roleView } from '../../core/framework/view.js';
import { checkReportingLines } from '../../core/framework/reporting-lines.js';
import { parseLocated, validateLocated } from '../../core/framework/yaml-document.js';
import { loadBuiltinFramework, readFrameworkDir, readTextFile } from '../../store/framework-files.js';
import { frameworkFor, wantsJson } from '../context.js';
import { printJson, writeFileAtomic } from '../io.js';
import { resolveRoleQuery } from './career-resolve.js';
import { frameworkCsv } from './export-csv.js';

const note = (message: string) => process.stderr.write(`ladder: ${message}\n`);

const familyOption = () =>
  new Option('-f, --family <family>', 'only this family').choices(AnyFamilyId.options as unknown as string[]);

/** The read commands over the framework: roles, role, compare, ladder, validate, export. */
export function register(program: Command): void {
  program
    .command('roles')
    .description('list the roles of the ladder')
    .addOption(familyOption())
    .option('--contrasts', 'include the look-alike roles that are not product roles (project, programme, delivery managers)')
    .option('--json', 'print JSON')
    .action((opts: { family?: AnyFamilyId; contrasts?: boolean }, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const roles = listRoles(fw, { family: opts.family, includeContrasts: opts.contrasts });
      if (wantsJson(cmd)) return printJson(roles.map((r) => ({ id: r.id, title: r.title, family: r.family, level: r.band, track: r.track })));
      const w = Math.max(...roles.map((r) => r.id.length));
      for (const r of roles) process.stdout.write(`${r.id.padEnd(w)}  ${String(r.band).padStart(2)} ${r.track.padEnd(10)} ${r.title}\n`);
    });

  program
    .command('role')
    .description('show one role: what it does, skills, levelling up, reporting, pay, other names, sources')
    .argument('<role>', 'a role id, title, other name or any job title, e.g. "Group Product Manager", gpm or "Sr. Product Manager, Payments"')
    .option('--json', 'print JSON')
    .action((query: string, _opts: unknown, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const view = roleView(fw, resolveRoleQuery(fw, query, note));
      if (wantsJson(cmd)) printJson(view);
      else process.stdout.write(roleMarkdown(view));
    });

  program
    .command('compare')
    .description('set two roles side by side: responsibilities, skills, band, track, reporting and pay')
    .argument('<a>', 'the first role')
    .argument('<b>', 'the second role')
    .option('--json', 'print JSON')
    .action((a: string, b: string, _opts: unknown, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const c = compareRoles(fw, resolveRoleQuery(fw, a, note, 'a'), resolveRoleQuery(fw, b, note, 'b'));
      if (wantsJson(cmd)) printJson(c);
      else process.stdout.write(comparisonMarkdown(c));
    });

  program
    .command('ladder')
    .description('draw a family\'s ladder with the IC and management tracks side by side')
    .argument('[family]', `one of: ${AnyFamilyId.options.join(', ')}; all product families when left out`)
    .option('--json', 'print JSON')
    .action((family: string | undefined, _opts: unknown, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const ids = family ? [family] : fw.families.filter((f) => !f.contrast).map((f) => f.id);
      const ladders = ids.map((id) => {
        const parsed = AnyFamilyId.safeParse(id);
        if (!parsed.success) throw new LadderError('family-not-found', `No family "${id}". Families: ${AnyFamilyId.options.join(', ')}`, { issues: [{ code: 'family-not-found', field: 'family', value: id, message: 'unknown family' }] });
        return parsed.data;
      });
      if (wantsJson(cmd)) {
        const out = ladders.map((id) => {
          const l = getLadder(fw, id);
          return { ...l, rungs: l.rungs.map((r) => ({ ...r, ic: r.ic.map((x) => ({ id: x.id, title: x.title })), management: r.management.map((x) => ({ id: x.id, title: x.title })) })) };
        });
        return printJson(family ? out[0] : out);
      }
      process.stdout.write(ladders.map((id) => ladderText(fw, id)).join('\n'));
    });

  program
    .command('validate')
    .description('check a framework file or folder: a company framework, a family file, sources.yaml, or a whole framework folder')
    .argument('<path>', 'the file or folder')
    .option('--json', 'print JSON')
    .action((path: string, _opts: unknown, cmd: Command) => {
      const summary = validatePath(path);
      if (wantsJson(cmd)) printJson({ ok: true, ...summary });
      else {
        process.stdout.write(`ok: ${path} is valid (${summary.kind}${summary.roles !== undefined ? `, ${summary.roles} roles` : ''}${summary.relations !== undefined ? `, ${summary.relations} relations` : ''})\n`);
        for (const w of summary.warnings ?? []) process.stderr.write(`warning: ${w.path ? `${w.path}: ` : ''}${w.message}\n`);
      }
    });

  program
    .command('export')
    .description('write the ladder as a printable document')
    .addOption(new Option('--format <format>', 'md, json or csv').choices(['md', 'json', 'csv']).default('md'))
    .option('--out <file>', 'write to this file (whole or not at all) instead of standard output')
    .action((opts: { format: 'md' | 'json' | 'csv'; out?: string }, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const body =
        opts.format === 'md'
          ? frameworkMarkdown(fw)
          : opts.format === 'csv'
            ? frameworkCsv(fw)
            : `${JSON.stringify({ name: fw.name, bands: BAND_NAMES, families: fw.families, roles: fw.roles.map((r) => roleView(fw, r)), relations: fw.relations, sources: fw.sources, titleMap: fw.titleMap, levels: fw.levels }, null, 2)}\n`;
      if (opts.out) {
        writeFileAtomic(resolve(opts.out), body);
        process.stderr.write(`wrote ${opts.out} (${fw.roles.length} roles, ${opts.format})\n`);
      } else process.stdout.write(body);
    });
}

interface ValidationSummary {
  kind: string;
  roles?: number;
  relations?: number;
  /** Reporting lines that do not hold together at some company size (see checkReportingLines). */
  warnings?: Issue[];
}

function validatePath(path: string): ValidationSummary {
  const full = resolve(path);
  let isDir: boolean;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    throw new LadderError('file-not-readable', `Cannot read ${path}: no such file or folder`, { issues: [{ code: 'file-not-readable', file: path, message: 'no such file or folder' }] });
  }
  if (isDir) {
    const fw = assembleFramework(readFrameworkDir(full));
    return { kind: 'framework folder', roles: fw.roles.length, relations: fw.relations.length, warnings: checkReportingLines(fw) };
  }
  const input = readTextFile(full);
  const doc = parseLocated(input.file, input.text);
  const data = doc.data as Record<string, unknown> | null;
  if (data && typeof data === 'object' && 'seeds' in data) {
    validateLocated(doc, SourcesFile);
    return { kind: 'sources file' };
  }
  if (data && typeof data === 'object' && ('name' in data || 'extends' in data || 'titles' in data || 'rename' in data)) {
    const fw = applyCompanyFramework(loadBuiltinFramework(), input);
    return { kind: 'company framework', roles: fw.roles.length, relations: fw.relations.length, warnings: checkReportingLines(fw) };
  }
  const file = validateLocated(doc, FrameworkFile);
  return { kind: 'family file', roles: file.roles.length, relations: file.relations.length };
}

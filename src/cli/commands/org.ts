import { Command, Option } from 'commander';
import { LadderError } from '../../core/errors.js';
import { encodingNamed, TEXT_ENCODINGS, type TextEncodingName } from '../../store/text-encoding.js';

// Only commander is loaded here: the org module, the normalizer and the framework are loaded when
// an org command runs (org-actions.ts), so other commands do not pay for them.

/** "--company-size 400" → 400; anything else is a user error (exit 1). */
export function parseCount(name: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new LadderError('invalid-option', `--${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, not "${value}"`, {
        issues: [{ code: 'invalid-option', field: name, value, message: 'not a whole number in range' }],
      });
    }
    return n;
  };
}

/** "--encoding cp1250" → windows-1250; a name not understood is a user error (exit 1). */
function parseEncoding(value: string): TextEncodingName {
  const e = encodingNamed(value);
  if (e === null) {
    throw new LadderError('invalid-option', `--encoding must be one of ${TEXT_ENCODINGS.join(', ')}, not "${value}"`, {
      issues: [{ code: 'invalid-option', field: 'encoding', value, message: 'not an encoding the reader knows' }],
    });
  }
  return e;
}

/** "--pay-tolerance 0.2" or "20%" → 0.2; anything else is a user error (exit 1). */
export function parseFraction(name: string): (value: string) => number {
  return (value: string) => {
    const pct = value.trim().endsWith('%');
    const n = Number(value.trim().replace(/%$/, '')) / (pct ? 100 : 1);
    if (!Number.isFinite(n) || n < 0 || n > 1) {
      throw new LadderError('invalid-option', `--${name} must be a fraction from 0 to 1 (0.2) or a percentage (20%), not "${value}"`, {
        issues: [{ code: 'invalid-option', field: name, value, message: 'not a fraction from 0 to 1' }],
      });
    }
    return n;
  };
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function rosterOptions(cmd: Command, inputFormat = '--format'): Command {
  return cmd
    .option('--map <field=Column,...>', 'name the columns by hand, e.g. --map id="Employee #",manager_id=Boss (repeatable)', collect)
    .addOption(new Option(`${inputFormat} <format>`, 'the roster format when the file name does not say').choices(['csv', 'json']))
    .option('--sheet <name>', 'the sheet of a spreadsheet roster (XLSX) to read (default: the first)')
    .option('--encoding <name>', 'the text encoding of a CSV or JSON roster (default: told by its bytes: UTF-8, UTF-16 or Windows-1252); other code pages by name: windows-1250, shift_jis, gb18030, …', parseEncoding)
    .addOption(new Option('--preset <system>', 'the HR system the file was exported from (default: recognised from the header)').choices(['workday', 'bamboohr', 'hibob', 'personio', 'rippling', 'auto']))
    .option('--date <YYYY-MM-DD>', 'the day the roster describes (default: its effective-date column)')
    .option('--config <file>', 'audit thresholds (YAML or JSON; see docs/org.md)')
    .option('--pay-tolerance <fraction>', 'how far a salary may sit outside a pay figure before it is reported: 0.2 or 20% (default 0.2; overrides pay.tolerance in --config)', parseFraction('pay-tolerance'))
    .option('--company-size <n>', 'people in the whole company: picks the reporting lines for small, mid-sized or large companies', parseCount('company-size', 1, 10_000_000));
}

/** `ladder org audit | design | diff`: audit a roster, design an organisation, compare two rosters. */
export function register(program: Command): void {
  const org = program.command('org').description('product organisation structure: audit a roster, design an organisation, compare two rosters');

  rosterOptions(
    org
      .command('audit')
      .description('audit a roster (CSV, JSON or XLSX) against the ladder: structure, titles, levels, spans, layers, reporting lines, product ops, ratios and pay')
      .argument('<roster>', 'the roster file: CSV (comma, semicolon or tab separated), JSON or XLSX; "-" reads standard input')
      .option('--json', 'print the JSON report: { summary, metrics, findings, rejectedRows }')
      .option('--md', 'print a Markdown report')
      .option('--html <file>', 'write a self-contained HTML report with an SVG org chart')
      .option('--out <file>', 'write the printed report to this file instead (whole or not at all)')
      .option('--chart-limit <n>', 'the most people the HTML org chart draws', parseCount('chart-limit', 1, 100_000), 400)
      .addOption(new Option('--fail-on <severity>', 'exit 3 when there is a finding this severe or worse (as linters do)').choices(['error', 'warning', 'never']).default('error')),
  ).action(async (path: string, opts: Record<string, unknown>, cmd: Command) => (await import('./org-actions.js')).audit(path, opts, cmd));

  org
    .command('design')
    .description('recommend a product organisation: roles and bands, reporting lines, when a VP, CPO, product ops or product owners are warranted, with sources')
    .requiredOption('--pms <n>', 'product managers in individual-contributor roles', parseCount('pms', 1, 2000))
    .option('--product-lines <n>', 'product lines (or areas)', parseCount('product-lines', 1, 500), 1)
    .option('--company-size <n>', 'people in the whole company (estimated from the PMs when left out)', parseCount('company-size', 1, 10_000_000))
    .addOption(new Option('--stage <stage>', 'company stage (from the company size when left out)').choices(['seed', 'growth', 'enterprise']))
    .option('--agile', 'teams work in Scrum or another agile method: consider product owners')
    .option('--config <file>', 'the audit thresholds the design must meet (spans, ratios; see docs/org.md)')
    .option('--json', 'print JSON: roles, reporting lines, reasoning and the roster')
    .option('--md', 'print Markdown')
    .option('--csv', 'print the recommended roster as CSV, ready for `ladder org audit`')
    .option('--out <file>', 'write to this file instead (whole or not at all)')
    .action(async (opts: Record<string, unknown>, cmd: Command) => (await import('./org-actions.js')).design(opts, cmd));

  rosterOptions(
    org
      .command('pay')
      .description("the company's own pay bands from a roster: percentiles and compa-ratios per band (location, family, role, level), outliers; small groups show no figures")
      .argument('<roster>', 'the roster file (CSV, JSON or XLSX) with salary and currency columns')
      .option('--by <dimensions>', 'group by band, family, location, role, level (comma separated)', 'band')
      .option('--min-group <n>', 'the fewest people a group needs to show figures (at least 3)', parseCount('min-group', 3, 1_000_000), 5)
      .addOption(new Option('--format <format>', 'table, json, csv, or framework (the pay section of a company framework file)').choices(['table', 'json', 'csv', 'framework']).default('table'))
      .option('--people', 'list each person\'s compa-ratio and the outliers by id (as private as the salaries themselves)')
      .option('--months-per-year <n>', 'turn monthly pay into yearly pay: this many monthly payments a year (12, 13, 14)', parseCount('months-per-year', 1, 24))
      .option('--weeks-per-year <n>', 'turn weekly pay into yearly pay: this many paid weeks a year', parseCount('weeks-per-year', 1, 53))
      .option('--hours-per-year <n>', 'turn hourly pay into yearly pay: this many paid hours a year (otherwise the roster\'s hours a week × 52)', parseCount('hours-per-year', 1, 8784))
      .option('--currency <code>', 'the currency of salaries that give none')
      .option('--name <text>', 'the company name in a framework file', 'Company')
      .option('--merge <file>', 'with --format framework: merge the bands into this company framework file (other roles and sections kept)')
      .option('--json', 'the same as --format json')
      .option('--out <file>', 'write to this file instead (whole or not at all)'),
    '--input-format',
  ).action(async (path: string, opts: Record<string, unknown>, cmd: Command) => (await import('./org-data.js')).pay(path, opts, cmd));

  rosterOptions(
    org
      .command('levels')
      .description("place the company's own levels (L4, PM II, E5, IC3, M2…) on the ladder's bands from the titles people hold, with the evidence and who does not fit")
      .argument('<roster>', 'the roster file (CSV, JSON or XLSX) with a level column')
      .option('--level-column <column>', 'the column that holds the company level (default: recognised by name: Level, Grade, Job Level…)')
      .option('--write <file>', 'write the levels and titles as a company framework file (use it with --framework FILE)')
      .option('--merge <file>', 'merge the levels and titles into this company framework file (its other entries and sections kept)')
      .option('--name <text>', 'the company name in a new framework file', 'Company')
      .option('--json', 'print JSON')
      .option('--out <file>', 'write the printed report to this file instead'),
  ).action(async (path: string, opts: Record<string, unknown>, cmd: Command) => (await import('./org-data.js')).levels(path, opts, cmd));

  rosterOptions(
    org
      .command('trend')
      .description('the organisation over time from two or more rosters: headcount by family and band, spans, layers, engineers per product person, promotions, joiners and leavers')
      .argument('<rosters...>', 'roster files, each with its date (an effective-date column, or NAME@YYYY-MM-DD)')
      .option('--json', 'print JSON')
      .option('--out <file>', 'write to this file instead (whole or not at all)'),
  ).action(async (paths: string[], opts: Record<string, unknown>, cmd: Command) => (await import('./org-data.js')).trend(paths, opts, cmd));

  rosterOptions(
    org
      .command('diff')
      .description('compare two rosters: joiners and leavers, moves, promotions, title changes, roles, findings fixed and introduced')
      .argument('<before>', 'the earlier roster')
      .argument('<after>', 'the later roster')
      .option('--json', 'print JSON')
      .option('--md', 'print Markdown')
      .option('--out <file>', 'write to this file instead (whole or not at all)'),
  ).action(async (before: string, after: string, opts: Record<string, unknown>, cmd: Command) => (await import('./org-actions.js')).diff(before, after, opts, cmd));
}

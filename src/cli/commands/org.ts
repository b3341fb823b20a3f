import { Command, Option } from 'commander';
import { LadderError } from '../../core/errors.js';

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

const collect = (value: string, previous: string[] = []) => [...previous, value];

function rosterOptions(cmd: Command): Command {
  return cmd
    .option('--map <field=Column,...>', 'name the columns by hand, e.g. --map id="Employee #",manager_id=Boss (repeatable)', collect)
    .addOption(new Option('--format <format>', 'the roster format when the file name does not say').choices(['csv', 'json']))
    .option('--config <file>', 'audit thresholds (YAML or JSON; see docs/org.md)')
    .option('--company-size <n>', 'people in the whole company: picks the reporting lines for small, mid-sized or large companies', parseCount('company-size', 1, 10_000_000));
}

/** `ladder org audit | design | diff`: audit a roster, design an organisation, compare two rosters. */
export function register(program: Command): void {
  const org = program.command('org').description('product organisation structure: audit a roster, design an organisation, compare two rosters');

  rosterOptions(
    org
      .command('audit')
      .description('audit a roster (CSV or JSON) against the ladder: structure, titles, levels, spans, layers, reporting lines, product ops, ratios and pay')
      .argument('<roster>', 'the roster file: CSV (comma, semicolon or tab separated) or JSON; "-" reads standard input')
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
      .command('diff')
      .description('compare two rosters: joiners and leavers, moves, promotions, title changes, roles, findings fixed and introduced')
      .argument('<before>', 'the earlier roster')
      .argument('<after>', 'the later roster')
      .option('--json', 'print JSON')
      .option('--md', 'print Markdown')
      .option('--out <file>', 'write to this file instead (whole or not at all)'),
  ).action(async (before: string, after: string, opts: Record<string, unknown>, cmd: Command) => (await import('./org-actions.js')).diff(before, after, opts, cmd));
}

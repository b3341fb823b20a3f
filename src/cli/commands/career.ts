import { Command, Option } from 'commander';
import { LadderError } from '../../core/errors.js';
import { diffRoles } from '../../core/career/diff.js';
import { nextSteps } from '../../core/career/next.js';
import { findPaths } from '../../core/career/paths.js';
import { diffText, nextStepsText, pathsText } from '../../core/career/render-text.js';
import { FAMILY_IDS } from '../../core/framework/schema.js';
import { frameworkFor, wantsJson } from '../context.js';
import { printJson } from '../io.js';
import { runAssess, type AssessOptions } from './career-assess.js';
import { resolveRoleQuery } from './career-resolve.js';

const note = (message: string) => process.stderr.write(`ladder: ${message}\n`);

function intOption(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new LadderError('invalid-option', `${name} must be a whole number, not "${value}"`, { issues: [{ code: 'invalid-option', message: 'expected a whole number', field: name, value }] });
    return Number(value);
  };
}

/** The career commands: next, path, diff and assess. */
export function register(program: Command): void {
  program
    .command('next')
    .description('the next steps from a role: promotion, switch between IC and management, lateral moves, usual time in role')
    .argument('<role>', 'a role id, title, other name or any job title, e.g. "Product Analyst", apm or "Sr. Product Manager, Payments"')
    .option('--json', 'print JSON')
    .action(async (query: string, _opts: unknown, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const role = resolveRoleQuery(fw, query, note);
      const n = nextSteps(fw, role);
      if (wantsJson(cmd)) printJson(n);
      else process.stdout.write(nextStepsText(n));
    });

  program
    .command('path')
    .description('every sensible route from one role to another, shortest first, with the criteria of each step')
    .argument('<from>', 'the role to start from')
    .argument('<to>', 'the role to reach')
    .option('--max-steps <n>', 'the longest route to consider (1-20)', intOption('--max-steps'), 12)
    .option('--max-routes <n>', 'how many routes to show (1-50)', intOption('--max-routes'), 5)
    .option('--json', 'print JSON: { from, to, routes: [ { steps: [ { from, to, kind, criteria } ] } ] }')
    .action(async (fromQuery: string, toQuery: string, opts: { maxSteps: number; maxRoutes: number }, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const from = resolveRoleQuery(fw, fromQuery, note, 'from');
      const to = resolveRoleQuery(fw, toQuery, note, 'to');
      const result = findPaths(fw, from, to, { maxSteps: opts.maxSteps, maxRoutes: opts.maxRoutes });
      if (wantsJson(cmd)) printJson(result);
      else process.stdout.write(pathsText(result));
    });

  program
    .command('diff')
    .description('what changes between two roles: scope, responsibilities and skills added and dropped, reporting, pay')
    .argument('<a>', 'the role you are in (or start from)')
    .argument('<b>', 'the role to compare it with')
    .option('--json', 'print JSON')
    .action(async (aQuery: string, bQuery: string, _opts: unknown, cmd: Command) => {
      const fw = frameworkFor(cmd);
      const a = resolveRoleQuery(fw, aQuery, note, 'a');
      const b = resolveRoleQuery(fw, bQuery, note, 'b');
      const d = diffRoles(fw, a, b);
      if (wantsJson(cmd)) printJson(d);
      else process.stdout.write(diffText(d));
    });

  program
    .command('assess')
    .description('self-assessment against a family\'s competency matrix: interactive on a terminal, or from an answers file')
    .addOption(new Option('--family <family>', 'the family whose matrix to use').choices([...FAMILY_IDS]))
    .option('--role <role>', 'the current role (id or title): sets the family, the track and the next role')
    .addOption(new Option('--track <track>', 'assess on this track (default: the role\'s; both when no role is given)').choices(['ic', 'management']))
    .option('--answers <file>', 'read the answers from a JSON or YAML file instead of asking (see docs/career.md)')
    .addOption(new Option('--format <format>', 'report format').choices(['md', 'html', 'json']).default('md'))
    .option('--json', 'the same as --format json')
    .option('--out <file>', 'write the report to this file (whole or not at all) instead of standard output')
    .option('--person <name>', 'who is assessed (overrides the answers file)')
    .option('--history', 'show the person\'s progress over earlier assessments instead of assessing')
    .option('--store <file>', 'the assessments file (default $LADDER_ASSESSMENTS or ~/.product-ladder/assessments.json)')
    .option('--server <url>', 'keep assessments in a workspace on this server instead of a file (or LADDER_SERVER)')
    .option('--token <token>', 'the workspace token for --server (or LADDER_TOKEN)')
    .option('--no-save', 'do not keep this assessment')
    .option('--competencies <dir>', 'read competency matrices from this folder instead of the built-in ones')
    .option('--matrix', 'print the family\'s competency matrix with the behaviour ids an answers file uses')
    .option('--template', 'print an answers file to fill in, for the family (or role)')
    .option('--interactive', 'ask the questions on standard input even when it is not a terminal')
    .action(async (opts: AssessOptions, cmd: Command) => {
      await runAssess(frameworkFor(cmd), opts, note);
    });
}

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { register as registerFramework } from './commands/framework.js';
import { register as registerNormalize } from './commands/normalize.js';
import { register as registerCareer } from './commands/career.js';
import { register as registerOrg } from './commands/org.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerAdmin } from './commands/admin.js';
import { register as registerUdf } from './commands/udf.js';
import { endQuietlyOnClosedPipe, exitStatus, reportError } from './io.js';

export function buildProgram(): Command {
  const program = new Command('ladder')
    .description('Product Ladder: the job architecture of product organisations')
    .version(process.env.npm_package_version ?? '0.1.0')
    .option('--framework <file>', 'a company framework file laid over the built-in one (or set LADDER_FRAMEWORK)')
    .showSuggestionAfterError()
    .exitOverride();
  registerFramework(program);
  registerNormalize(program);
  registerCareer(program);
  registerOrg(program);
  registerServe(program);
  registerAdmin(program);
  registerUdf(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI and gives the exit code: 0 ok, 1 user error, 2 internal error. */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  endQuietlyOnClosedPipe();
  exitStatus.code = 0;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitStatus.code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    return reportError(e, argv.includes('--json') || argv.includes('--jsonl'));
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) process.exitCode = await run(process.argv.slice(2));

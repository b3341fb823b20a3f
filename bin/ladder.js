#!/usr/bin/env node
// The `ladder` command. It runs the compiled CLI; `npm ci` builds it (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('ladder: the CLI is not built yet. Run "npm run build" (npm ci does it for you).\n');
  process.exit(2);
}
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2));

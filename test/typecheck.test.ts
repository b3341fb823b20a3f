import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from './cli.js';

it.each(['tsconfig.json', 'web/tsconfig.json'])('type-checks %s with no errors (strict)', (project) => {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--noEmit'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from './cli.js';

it('type-checks with no errors (strict)', () => {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

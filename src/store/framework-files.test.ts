import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LadderError } from '../core/errors.js';
import { builtinFrameworkDir, loadFrameworkDir } from './framework-files.js';
import { tempDir } from '../../test/temp.js';

function copyOfBuiltin(): string {
  const dir = join(tempDir('fw'), 'framework');
  cpSync(builtinFrameworkDir(), dir, { recursive: true });
  return dir;
}

describe('loadFrameworkDir', () => {
  it('sees an edit to a framework file at once, though results are cached', () => {
    const dir = copyOfBuiltin();
    expect(loadFrameworkDir(dir).roles.find((r) => r.id === 'product-manager')!.title).toBe('Product Manager');
    const file = join(dir, 'product-management.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Product Manager\n', 'title: Product Manager (edited)\n'));
    expect(loadFrameworkDir(dir).roles.find((r) => r.id === 'product-manager')!.title).toBe('Product Manager (edited)');
  });

  it('validates an edited file again instead of serving the last good version', () => {
    const dir = copyOfBuiltin();
    loadFrameworkDir(dir);
    const file = join(dir, 'product-owner.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/band: 2\n/, 'band: 12\n'));
    // Same size is not enough to hide the change: the mtime differs too.
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    let error: unknown;
    try {
      loadFrameworkDir(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LadderError);
    expect((error as LadderError).issues[0]).toMatchObject({ file: expect.stringContaining('product-owner.yaml'), field: 'band', value: 12 });
  });
});

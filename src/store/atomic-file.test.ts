import { once } from 'node:events';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LadderError } from '../core/errors.js';
import { tempDir } from '../../test/temp.js';
import { abandonStream, temporaryPathFor } from './atomic-file.js';

describe('abandonStream', () => {
  it('closes the stream, removes the temporary file and names the file in a file-not-writable error', async () => {
    const dir = tempDir('atomic');
    const path = join(dir, 'people.normalized.csv');
    const tmp = temporaryPathFor(path);
    const out = createWriteStream(tmp);
    await once(out, 'open');
    out.write('half a row');
    const e = await abandonStream(out, tmp, path, Object.assign(new Error('no space left'), { code: 'ENOSPC' }));
    expect(out.closed).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(path)).toBe(false);
    expect(e.code).toBe('file-not-writable');
    expect(e.message).toBe(`Cannot write ${path}: ENOSPC`);
    expect(e.issues).toEqual([{ code: 'file-not-writable', file: path, message: 'ENOSPC' }]);
  });

  it('gives an error about the input back as it is', async () => {
    const dir = tempDir('atomic');
    const path = join(dir, 'out.xlsx');
    const tmp = temporaryPathFor(path);
    const out = createWriteStream(tmp);
    const bad = new LadderError('csv-malformed', 'people.csv:3: a quote is misplaced in a field');
    expect(await abandonStream(out, tmp, path, bad)).toBe(bad);
    expect(readdirSync(dir)).toEqual([]);
  });
});

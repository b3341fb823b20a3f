import { describe, expect, it } from 'vitest';
import { resolveRole } from '../resolve/resolve.js';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { rosterTitleReader } from './read-title.js';

describe('rosterTitleReader', () => {
  const fw = loadBuiltinFramework();
  const read = rosterTitleReader(fw);

  it("gives the resolver's role in the product context, with its band", () => {
    for (const title of ['Sr. PM', 'Group PM', 'Senior Product Manager']) {
      const role = resolveRole(fw, title, { context: 'product' }).role;
      expect(read(title)).toMatchObject({ roleId: role.id, family: role.family, level: role.band, track: role.track });
    }
  });

  it("keeps the normalizer's look-alike family for a title that is no ladder role", () => {
    expect(read('Senior Software Engineer')).toMatchObject({ roleId: null, family: null, adjacent: 'engineering' });
  });
});

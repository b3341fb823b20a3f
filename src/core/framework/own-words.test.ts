import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { ROOT } from '../../../test/cli.js';

const seedsDir = `${ROOT}../shared/seeds`;
const RUN = 8;
const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);

/** The seeds' facts carry over, their sentences do not: no run of eight words may be copied. */
describe.skipIf(!existsSync(seedsDir))('framework texts are in our own words (needs ../shared/seeds)', () => {
  it('shares no run of eight words with any seed', () => {
    const seedRuns = new Set<string>();
    for (const f of readdirSync(seedsDir)) {
      const w = words(readFileSync(`${seedsDir}/${f}`, 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
    }
    const fw = loadBuiltinFramework();
    // Decisions quote the seeds on purpose ("seedsSay"); everything a user reads as content must not.
    const texts = JSON.stringify({ roles: fw.roles, relations: fw.relations, families: fw.families, specialties: fw.specialties })
      .match(/"text":"(?:[^"\\]|\\.)*"/g)!
      .map((t) => t.slice(8, -1));
    const copied = texts.filter((t) => {
      const w = words(t);
      for (let i = 0; i + RUN <= w.length; i++) if (seedRuns.has(w.slice(i, i + RUN).join(' '))) return true;
      return false;
    });
    expect(texts.length).toBeGreaterThan(500);
    expect(copied).toEqual([]);
  });
});

/**
 * The baselines the normalizer is measured against: a fuzzy search of the framework's role
 * titles and aliases with fuzzysort or fuse.js, speaking the same JSONL contract as
 * `ladder normalize --jsonl` (so /work/shared/eval/score.mjs scores them the same way).
 *
 *   node --import tsx bench/normalize-baseline.ts fuzzysort < titles.txt
 *   node --import tsx bench/normalize-baseline.ts fuse < titles.txt
 *
 * Each title is searched whole; when nothing matches, its first segment (up to a comma, dash,
 * bracket or pipe) is tried, which is the usual clean-up before a fuzzy search. The best
 * match's role gives family, band and track; a look-alike role (project, programme, delivery
 * manager) or no match gives family null. Thresholds are the libraries' defaults.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import fuzzysort from 'fuzzysort';
import Fuse from 'fuse.js';
import { FAMILY_IDS, type Framework, type Role } from '../src/core/framework/schema.js';
import { loadBuiltinFramework } from '../src/store/framework-files.js';

export interface Target {
  name: string;
  role: Role;
}

export interface BaselineAnswer {
  family: string | null;
  level: number | null;
  track: string | null;
  roleId: string | null;
}

export function targetsOf(fw: Framework): Target[] {
  const out: Target[] = [];
  for (const role of fw.roles) {
    out.push({ name: role.title, role });
    for (const a of role.aliases) out.push({ name: a.name, role });
  }
  return out;
}

const answer = (role: Role | undefined): BaselineAnswer => {
  if (!role || !(FAMILY_IDS as readonly string[]).includes(role.family)) return { family: null, level: null, track: null, roleId: role?.id ?? null };
  return { family: role.family, level: role.band, track: role.titleSettlesTrack === false ? null : role.track, roleId: role.id };
};

const firstSegment = (title: string): string => title.split(/\s[-–—|]\s|[,(|]/)[0]!.trim();

export function fuzzysortBaseline(fw: Framework): (title: string) => BaselineAnswer {
  const targets = targetsOf(fw);
  const prepared = targets.map((t) => ({ ...t, prepared: fuzzysort.prepare(t.name) }));
  const search = (q: string) => fuzzysort.go(q, prepared, { key: 'prepared', limit: 1 })[0]?.obj.role;
  return (title) => {
    const q = title.trim();
    return answer(search(q) ?? (firstSegment(q) !== q ? search(firstSegment(q)) : undefined));
  };
}

export function fuseBaseline(fw: Framework): (title: string) => BaselineAnswer {
  const fuse = new Fuse(targetsOf(fw), { keys: ['name'], includeScore: true });
  const search = (q: string) => fuse.search(q, { limit: 1 })[0]?.item.role;
  return (title) => {
    const q = title.trim();
    return answer(search(q) ?? (firstSegment(q) !== q ? search(firstSegment(q)) : undefined));
  };
}

async function main(): Promise<void> {
  const which = process.argv[2];
  if (which !== 'fuzzysort' && which !== 'fuse') {
    process.stderr.write('usage: normalize-baseline.ts fuzzysort|fuse < titles.txt\n');
    process.exit(1);
  }
  const fw = loadBuiltinFramework();
  const run = which === 'fuzzysort' ? fuzzysortBaseline(fw) : fuseBaseline(fw);
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let out = '';
  for await (const line of rl) {
    out += `${JSON.stringify({ title: line, ...run(line) })}\n`;
    if (out.length > 1 << 16) {
      process.stdout.write(out);
      out = '';
    }
  }
  process.stdout.write(out);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli.js';

// npm's own range reader (npm ships it; it is in the tree through the build tools).
const semver = createRequire(import.meta.url)('semver') as { satisfies(v: string, range: string): boolean; minVersion(range: string): { version: string } | null };

describe('the installed packages', () => {
  it('all declare the Node the project supports (npm ci prints no EBADENGINE warning)', () => {
    const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }> };
    const supported = semver.minVersion(JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(supported, p.engines.node))
      .map(([path, p]) => `${path} (node ${(p.engines as { node: string }).node})`);
    expect(refusing).toEqual([]);
  });
});

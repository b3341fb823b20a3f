import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LadderError } from '../core/errors.js';
import type { AssessmentRecord } from '../core/career/assessment-record.js';
import { appendAssessment, assessmentStorePath, readAssessments } from './assessment-file.js';
import { tempDir } from '../../test/temp.js';

const record = (id: string, extra: Partial<AssessmentRecord> = {}): AssessmentRecord => ({
  id,
  person: 'Ada',
  family: 'product-owner',
  role: 'product-owner',
  track: 'ic',
  date: '2025-01-15',
  answers: { 'backlog-ownership': 2 },
  notes: {},
  levels: { 'backlog-ownership': 2 },
  supportedBand: 2,
  nextRole: 'senior-product-owner',
  readiness: 0.5,
  ...extra,
});
const tmp = () => tempDir('assess');

describe('the assessments file', () => {
  it('is --store, else $LADDER_ASSESSMENTS, else ~/.product-ladder/assessments.json', () => {
    expect(assessmentStorePath('/x/a.json', { LADDER_ASSESSMENTS: '/y/b.json' })).toBe('/x/a.json');
    expect(assessmentStorePath(undefined, { LADDER_ASSESSMENTS: '/y/b.json' })).toBe('/y/b.json');
    expect(assessmentStorePath(undefined, {})).toBe(join(homedir(), '.product-ladder', 'assessments.json'));
  });

  it('starts empty, creates its folder and keeps every appended assessment in order', () => {
    const path = join(tmp(), 'nested', 'assessments.json');
    expect(readAssessments(path)).toEqual([]);
    appendAssessment(path, record('a'));
    appendAssessment(path, record('b', { date: '2025-06-01' }));
    expect(readAssessments(path).map((r) => r.id)).toEqual(['a', 'b']);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ version: 1 });
    expect(readdirSync(join(path, '..')).sort()).toEqual(['assessments.json']);
  });

  it('refuses a file that is not an assessments file, naming the line', () => {
    const path = join(tmp(), 'a.json');
    writeFileSync(path, '{\n  "version": 1,\n  "assessments": [ { "id": 3 } ]\n}\n');
    try {
      readAssessments(path);
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(LadderError);
      expect((e as LadderError).code).toBe('invalid-assessments-file');
      expect((e as LadderError).issues[0]).toMatchObject({ file: path, line: 3 });
    }
    expect(() => appendAssessment(path, record('c'))).toThrow(LadderError);
    expect(readFileSync(path, 'utf8')).toContain('"id": 3');
  });

  it('takes over a lock left behind by a crash', () => {
    const path = join(tmp(), 'a.json');
    writeFileSync(`${path}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    appendAssessment(path, record('a'));
    expect(readAssessments(path)).toHaveLength(1);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('loses nothing when several processes append at once', () => {
    const path = join(tmp(), 'a.json');
    const mod = pathToFileURL(join(process.cwd(), 'dist/src/store/assessment-file.js')).href;
    const script = `
      const { appendAssessment } = await import(${JSON.stringify(mod)});
      const base = JSON.parse(process.argv[1]);
      for (let i = 0; i < 10; i++) appendAssessment(${JSON.stringify(path)}, { ...base, id: process.pid + '-' + i });
    `;
    const children = Array.from({ length: 4 }, () =>
      new Promise<number>((res) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(record('x'))], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('close', (code) => res(code ?? -1));
      }),
    );
    return Promise.all(children).then((codes) => {
      expect(codes).toEqual([0, 0, 0, 0]);
      expect(readAssessments(path)).toHaveLength(40);
    });
  });
});

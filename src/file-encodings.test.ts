/**
 * Every entry point that reads a user's file (a roster, a file of titles) reads it the same
 * whether it was saved as UTF-8, UTF-8 with a byte-order mark, UTF-16 ("Unicode text" from a
 * spreadsheet) or Windows-1252 (Excel's "CSV" on Windows): all of them decode through
 * src/store/text-encoding.ts. The CLI commands that take a file are read from the commander
 * program, so a new one that is not in the table below fails the first test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/api.js';
import { cliInProcess } from '../test/cli-in-process.js';
import { multipart } from '../test/multipart.js';
import { buildProgram } from './cli/main.js';
import { loadBuiltinFramework } from './store/framework-files.js';

/** A roster with the letters Windows-1252 holds beyond ASCII: accents, ø, æ, ß and the en dash. */
const ROSTER = [
  'id,name,title,manager_id,department,level,salary,currency',
  'ceo,Zoë Müller,Directeur général,,Direction,E1,250000,EUR',
  'cpo,José Núñez,Directora de Producto,ceo,Producto,D1,180000,EUR',
  'pm1,Ana Gonçalves,Gerente de Produto Sênior,cpo,Produto,P3,90000,EUR',
  'pm2,Søren Ærø,Chef de produit – Paiements,cpo,Produit,P2,70000,EUR',
  'pm3,Grete Strauß,Produktmanagerin,cpo,Produkt,P2,72000,EUR',
  'pm4,Chloé Lefèvre,Responsable produit,cpo,Produit,P2,71000,EUR',
  'pm5,Iñaki Goñi,Gerente de Producción,ceo,Operaciones,P2,65000,EUR',
  '',
].join('\r\n');

const SAVED: Record<string, (text: string) => Buffer> = {
  'UTF-8': (s) => Buffer.from(s, 'utf8'),
  'UTF-8 with a byte-order mark': (s) => Buffer.from(`\uFEFF${s}`, 'utf8'),
  'UTF-16 with a byte-order mark': (s) => Buffer.from(`\uFEFF${s}`, 'utf16le'),
  'Windows-1252': (s) => Buffer.from(s.replaceAll('–', '\x96'), 'latin1'),
};

let dir: string;
let t: TestApp;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ladder-encodings-'));
  t = await createTestApp({ framework: loadBuiltinFramework() });
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cli = cliInProcess;

let files = 0;
/** The roster saved as `saved`, under the same name in a folder of its own (reports quote the name). */
function saved(bytes: Buffer, name = 'roster.csv'): string {
  const folder = join(dir, String(files++));
  mkdirSync(folder);
  writeFileSync(join(folder, name), bytes);
  return join(folder, name);
}

/** What an entry point printed or answered, with the folder the file was in taken out. */
async function printed(args: (file: string) => string[], bytes: Buffer): Promise<string> {
  const file = saved(bytes);
  const r = await cli(args(file));
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.replaceAll(file.slice(0, file.lastIndexOf('/')), 'DIR');
}

interface Reader {
  /** Runs the entry point over the bytes of a file and gives what it answered. */
  read: (bytes: Buffer) => Promise<string>;
  /** Words of the file the answer quotes as written (an answer of figures alone quotes none). */
  shows: string[];
}

/** How each CLI command that takes a file is run; null, with the reason, for one that reads no roster or titles. */
const CLI: Record<string, Reader | { none: string }> = {
  normalize: {
    read: async (bytes) => {
      const file = saved(bytes);
      const r = await cli(['normalize', file, '--column', 'title', '--out', `${file}.out`, '--jobs', '1']);
      expect(r.code, r.stderr).toBe(0);
      return readFileSync(`${file}.out`, 'utf8');
    },
    shows: ['Gonçalves', 'Søren', 'Produktmanagerin', 'Producción'],
  },
  'org audit': { read: (bytes) => printed((f) => ['org', 'audit', f, '--json'], bytes), shows: ['Zoë Müller', 'Directeur général', 'Producción'] },
  'org pay': { read: (bytes) => printed((f) => ['org', 'pay', f, '--json', '--min-group', '3'], bytes), shows: [] },
  'org levels': { read: (bytes) => printed((f) => ['org', 'levels', f, '--json'], bytes), shows: ['Chef de produit – Paiements', 'Gerente de Produto Sênior'] },
  'org trend': { read: (bytes) => printed((f) => ['org', 'trend', `${f}@2026-01-01`, `${f}@2026-06-01`, '--json'], bytes), shows: [] },
  'org diff': { read: (bytes) => printed((f) => ['org', 'diff', f, f, '--json'], bytes), shows: [] },
  validate: { none: 'reads a framework file: YAML or JSON written for the product, whose specifications make them Unicode' },
};

async function storedRoster(upload: (bytes: Buffer) => Record<string, unknown>, bytes: Buffer): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=roster.csv', ...upload(bytes) } as never);
  expect(res.statusCode, res.body).toBe(201);
  const snapshot = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${res.json().id}`, headers: t.auth() });
  const audit = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${res.json().id}/audit`, headers: t.auth() });
  return JSON.stringify([snapshot.json().people, audit.json().findings]);
}

const API: Record<string, Reader> = {
  'POST /api/v1/workspace/rosters (the file as the body)': {
    read: (bytes) => storedRoster((b) => ({ headers: { ...t.auth(), 'content-type': 'text/csv' }, payload: b }), bytes),
    shows: ['Zoë Müller', 'Chef de produit – Paiements'],
  },
  'POST /api/v1/workspace/rosters (a multipart file)': {
    read: (bytes) =>
      storedRoster((b) => {
        const form = multipart([{ name: 'file', filename: 'roster.csv', content: b }]);
        return { headers: { ...t.auth(), ...form.headers }, payload: form.payload };
      }, bytes),
    shows: ['Zoë Müller', 'Chef de produit – Paiements'],
  },
  'POST /api/v1/normalize/jobs': { shows: ['Grete Strauß', 'Gerente de Producción'], read: async (bytes) => {
    const form = multipart([{ name: 'column', value: 'title' }, { name: 'file', filename: 'roster.csv', content: bytes }]);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', headers: form.headers, payload: form.payload });
    expect(res.statusCode, res.body).toBe(202);
    await t.app.jobs.idle();
    const result = await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${res.json().id}/result` });
    expect(result.statusCode, result.body).toBe(200);
    return result.body;
  } },
};

/** Commands with an argument that names a file to read. */
function fileCommands(program: Command): string[] {
  const out: string[] = [];
  const walk = (c: Command, prefix: string) => {
    for (const sub of c.commands) {
      const path = prefix ? `${prefix} ${sub.name()}` : sub.name();
      if (sub.commands.length) walk(sub, path);
      else if (sub.registeredArguments.some((a) => /\bfiles?\b|\broster/i.test(a.description) || /roster|before|after/.test(a.name()))) out.push(path);
    }
  };
  walk(program, '');
  return out.sort();
}

describe('every entry point that reads a file', () => {
  it('is in the table of entry points checked below', () => {
    expect(fileCommands(buildProgram())).toEqual(Object.keys(CLI).sort());
  });

  for (const [name, entry] of Object.entries({ ...CLI, ...API })) {
    if ('none' in entry) continue;
    it(`${name}: reads the file the same in every encoding it may be saved in`, async () => {
      const utf8 = await entry.read(SAVED['UTF-8']!(ROSTER));
      for (const words of entry.shows) expect(utf8).toContain(words);
      for (const [how, save] of Object.entries(SAVED)) expect(await entry.read(save(ROSTER)), how).toBe(utf8);
    });
  }
});

describe('a file whose text changes encoding part way', () => {
  const mixed = Buffer.concat([Buffer.from(ROSTER, 'utf8'), Buffer.from('pm6,Aimé Vidal,Chef de produit,cpo,Produit,P2,70000,EUR\r\n', 'latin1')]);

  it('is refused by the CLI, naming the line and the byte, and leaves no output behind', async () => {
    const file = saved(mixed);
    const r = await cli(['normalize', file, '--column', 'title', '--out', `${file}.out`, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('roster.csv:9: the text is UTF-8 before this line, but byte 0xE9 here is not');
    expect(() => readFileSync(`${file}.out`)).toThrow();
    const audit = await cli(['org', 'audit', file, '--json']);
    expect(audit.code).toBe(1);
    expect(audit.stderr).toContain('roster.csv:9:');
  });

  it('is refused by the API with the line, and nothing is stored', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/workspace/rosters', headers: t.auth() })).json();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=roster.csv', headers: { ...t.auth(), 'content-type': 'text/csv' }, payload: mixed });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'file-encoding', issues: [expect.objectContaining({ line: 9, value: '0xE9' })] });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace/rosters', headers: t.auth() })).json()).toEqual(before);
  });

  it('is read in a code page of another region when the user names it', async () => {
    // Single-byte code pages map each byte to one character: the test writes the text with the decoder's own table.
    const encode = (text: string, encoding: string) => {
      const table = new Map([...new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, b) => b))].map((ch, b) => [ch, b]));
      return Buffer.from([...text].map((ch) => table.get(ch)!));
    };
    const cyrillic = encode('id,title\n1,Менеджер по продукту\n2,Руководитель проекта\n', 'windows-1251');
    const file = saved(cyrillic, 'titles.csv');
    const r = await cli(['normalize', file, '--column', 'title', '--out', `${file}.out`, '--encoding', 'cp1251', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('was read as Windows-1251 (Cyrillic) text');
    const out = readFileSync(`${file}.out`, 'utf8').split('\n');
    expect(out[1]).toMatch(/^1,Менеджер по продукту,product-management,/);
    expect(out[2]).toMatch(/^2,Руководитель проекта,,/);
    const polish = encode('id,name,title,manager_id,level\na1,Łucja Żak,Menedżer produktu,,P2\n', 'windows-1250');
    const levels = await cli(['org', 'levels', saved(polish), '--encoding', 'cp1250', '--json']);
    expect(levels.code, levels.stderr).toBe(0);
    expect(levels.stdout).toContain('Menedżer produktu');
    expect((await cli(['org', 'audit', saved(polish), '--encoding', 'ebcdic'])).stderr).toContain('--encoding must be one of utf-8, utf-16le');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=r.csv', headers: { ...t.auth(), 'content-type': 'text/csv; charset=windows-1250' }, payload: polish });
    expect(res.statusCode, res.body).toBe(201);
    const people = (await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${res.json().id}`, headers: t.auth() })).json().people;
    expect(people[0]).toMatchObject({ name: 'Łucja Żak', title: 'Menedżer produktu' });
  });

  it('is read as the request says when it names a charset', async () => {
    const cp1252 = SAVED['Windows-1252']!(ROSTER);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=r.csv', headers: { ...t.auth(), 'content-type': 'text/csv; charset=windows-1252' }, payload: cp1252 });
    expect(res.statusCode, res.body).toBe(201);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=r.csv', headers: { ...t.auth(), 'content-type': 'text/csv; charset=ebcdic' }, payload: cp1252 });
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().error.code).toBe('unsupported-charset');
  });
});

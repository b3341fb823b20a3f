import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { ladder, ROOT } from '../../../test/cli.js';
import { tempDir } from '../../../test/temp.js';

describe('ladder role', () => {
  it('prints a complete, sourced page for "Group Product Manager"', () => {
    const r = ladder(['role', 'Group Product Manager']);
    expect(r.code).toBe(0);
    for (const section of ['Responsibilities', 'Skills', 'Levelling up', 'Reports to', 'Direct reports', 'Pay', 'Other names', 'Codes', 'Sources']) {
      expect(r.stdout).toContain(`## ${section}`);
    }
    // Sources are numbered and named by title and publisher, never by a seed id or file.
    expect(r.stdout).toMatch(/## Sources\n1\. “.+”, .+\. Supports: /);
    expect(r.stdout).not.toMatch(/seed:\d{3}|\d{3}_[0-9a-f]{16}\.txt/);
  });

  it('gives the documented JSON fields', () => {
    const r = ladder(['role', 'gpm', '--json']);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    for (const k of ['id', 'title', 'family', 'level', 'track', 'summary', 'responsibilities', 'skills', 'levelUp', 'reportsTo', 'directReports', 'aliases', 'pay', 'codes', 'sources']) {
      expect(v, k).toHaveProperty(k);
    }
    expect(v).toMatchObject({ id: 'group-product-manager', level: 5, track: 'management', family: 'product-management' });
  });

  it('refuses a 100,000-character role at once, quoting only a little of it, escaped', () => {
    const r = ladder(['role', `\u001b[31m${'x'.repeat(100_000)}`]);
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.stderr).toContain('\\u001b[31m');
    expect(r.stderr).not.toContain('\u001b');
  });

  it('reads a misspelt title, saying how, and exits 1 with suggestions and a hint for an unknown one', () => {
    const typo = ladder(['role', 'Senior Produkt Manager', '--json']);
    expect(typo.code).toBe(0);
    expect(JSON.parse(typo.stdout).id).toBe('senior-product-manager');
    expect(typo.stderr).toMatch(/read "Senior Produkt Manager" as Senior Product Manager \(senior-product-manager\), confidence \d+%/);
    const r = ladder(['role', 'Senior Product Wizard']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No role matches "Senior Product Wizard"\. Closest: Senior Product Owner, Senior Product Manager/);
    expect(r.stderr).toContain('Run "ladder roles" to list the roles.');
    expect(r.stdout).toBe('');
  });
});

describe('ladder roles, ladder, compare', () => {
  it('lists every product role as JSON, and contrasts only when asked', () => {
    const roles = JSON.parse(ladder(['roles', '--json']).stdout) as { id: string }[];
    expect(roles.length).toBeGreaterThanOrEqual(40);
    expect(roles.map((r) => r.id)).not.toContain('project-manager');
    const po = JSON.parse(ladder(['roles', '--family', 'product-owner', '--json']).stdout) as { family: string }[];
    expect(new Set(po.map((r) => r.family))).toEqual(new Set(['product-owner']));
    expect(ladder(['roles', '--contrasts']).stdout).toContain('project-manager');
  });

  it('rejects an unknown family with exit 1', () => {
    const r = ladder(['roles', '--family', 'sales']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Allowed choices are/);
  });

  it('draws the ladder with IC and management side by side', () => {
    const r = ladder(['ladder', 'product-management']);
    expect(r.code).toBe(0);
    const row5 = r.stdout.split('\n').find((l) => l.trimStart().startsWith('5 '))!;
    expect(row5).toMatch(/Principal Product Manager.*│.*Group Product Manager/);
    expect(r.stdout.indexOf('Chief Product Officer')).toBeLessThan(r.stdout.indexOf('Product Management Intern'));
  });

  it('compares two roles', () => {
    const c = JSON.parse(ladder(['compare', 'Product Manager', 'Senior PM', '--json']).stdout);
    expect(c.levelDelta).toBe(1);
    expect(c.relations.some((r: { kind: string }) => r.kind === 'promotion')).toBe(true);
    expect(ladder(['compare', 'product-manager', 'product-owner']).stdout).toContain('## Responsibilities');
  });
});

describe('ladder validate and --framework', () => {
  const dir = tempDir('cli');

  it('accepts the built-in framework folder and the example company file', () => {
    const builtin = ladder(['validate', 'framework']);
    expect(builtin.stdout).toMatch(/^ok: framework is valid \(framework folder, \d+ roles/);
    // No higher band earns less than a lower one in the built-in data (or the case is decided).
    expect(builtin.stderr).not.toContain('earns less');
    expect(JSON.parse(ladder(['validate', 'framework', '--json']).stdout).warnings).toEqual([]);
    expect(ladder(['validate', 'examples/company-framework.yaml']).code).toBe(0);
  });

  it('warns, without failing, when a higher band earns less than a lower one in the same market', () => {
    const file = join(dir, 'order.yaml');
    writeFileSync(
      file,
      'name: Order\npay:\n  senior-product-manager:\n    - { region: Germany, currency: EUR, min: 70000, max: 80000 }\n  product-manager:\n    - { region: Germany, currency: EUR, min: 85000, max: 95000 }\n',
    );
    const r = ladder(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*Senior Product Manager \(band 3\) earns less than Product Manager \(band 2\): €70,000–€80,000 a year, Germany, company band against €85,000–€95,000 a year, Germany, company band/);
  });

  it('names file, line, field and value of a bad company file, and exits 1', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'name: Bad\ntitles:\n  PM II: product-manger\npay:\n  product-manager:\n    - { region: US, currency: dollars, min: 1, max: 2, source: ["company:x"] }\n');
    const r = ladder(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:6:\d+ pay\.product-manager\.0\.currency: must be an ISO 4217 code/);
  });

  it('warns, without failing, about reporting lines a company of that size cannot follow', () => {
    const file = join(dir, 'lines.yaml');
    writeFileSync(file, 'name: Lines\noverride:\n  product-owner:\n    reportsTo:\n      - { role: chief-product-owner, when: small, source: ["company:our chart"] }\n');
    const r = ladder(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*in a small company .* reports to the Product Owner, a role no small company has/);
    expect(ladder(['validate', 'framework']).stderr).not.toMatch(/warning/);
  });

  it('reports a reference to a role that does not exist', () => {
    const file = join(dir, 'dangling.yaml');
    writeFileSync(file, 'name: Dangling\ntitles:\n  PM II: product-manger\n');
    const r = ladder(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dangling\.yaml:3 titles\.PM II: title "PM II" maps to role "product-manger", which does not exist/);
  });

  it('lays a company framework over the built-in one', () => {
    const r = ladder(['--framework', 'examples/company-framework.yaml', 'role', 'PM II', '--json']);
    expect(JSON.parse(r.stdout).id).toBe('product-manager');
    const renamed = JSON.parse(ladder(['--framework', 'examples/company-framework.yaml', 'role', 'senior-product-manager', '--json']).stdout);
    expect(renamed.title).toBe('Product Manager III');
    expect(renamed.aliases.map((a: { name: string }) => a.name)).toContain('Senior Product Manager');
  });
});

describe('ladder export', () => {
  it.each(['md', 'json', 'csv'])('writes a %s document whole, to a file', (format) => {
    const dir = tempDir('export');
    const out = join(dir, `ladder.${format}`);
    const r = ladder(['export', '--format', format, '--out', out]);
    expect(r.code).toBe(0);
    const body = readFileSync(out, 'utf8');
    expect(body).toContain('Group Product Manager');
    expect(readdirSync(dir)).toEqual([`ladder.${format}`]);
    if (format === 'json') expect(JSON.parse(body).roles.length).toBeGreaterThan(40);
    if (format === 'csv') expect(body.split('\n')[0]).toMatch(/^id,title,family,band,track/);
  });

  it('neutralises company titles that start like a formula in the CSV', () => {
    const dir = tempDir('export');
    const company = join(dir, 'company.yaml');
    writeFileSync(company, 'name: Formula Co\nextends: builtin\nrename:\n  product-manager: "=HYPERLINK(\\"http://x\\")"\n  senior-product-manager: "+Senior"\n  lead-product-manager: "-Lead"\n  group-product-manager: "@Group"\n');
    const r = ladder(['--framework', company, 'export', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const titles = Papa.parse<string[]>(r.stdout.trim()).data.map((row) => row[1]);
    expect(titles).toEqual(expect.arrayContaining([`'=HYPERLINK("http://x")`, "'+Senior", "'-Lead", "'@Group"]));
    expect(titles.filter((t) => /^[=+\-@]/.test(t ?? ''))).toEqual([]);
  });

  it('leaves nothing behind when the target cannot be written', () => {
    const r = ladder(['export', '--format', 'md', '--out', '/nonexistent-dir/ladder.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot write .*ladder\.md: ENOENT/);
    expect(existsSync('/nonexistent-dir')).toBe(false);
  });
});

describe('closed pipes', () => {
  it.each([
    ['export --format md', 'head -1'],
    ['export --format json', 'head -1'],
    ['normalize --jsonl', 'head -c 300'],
  ])('"ladder %s | %s" ends quietly with exit 0', (args, reader) => {
    const titles = Array.from({ length: 20_000 }, (_, i) => `Senior Product Manager ${i}`).join('\n');
    const r = spawnSync('bash', ['-c', `node bin/ladder.js ${args} | ${reader} > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, input: titles, encoding: 'utf8' });
    expect(r.stderr.trim()).toBe('exit=0');
  });
});

describe('the CLI itself', () => {
  it.each(['roles', 'role', 'compare', 'ladder', 'validate', 'export'])('has --help on %s', (cmd) => {
    const r = ladder([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: ladder ${cmd}`);
  });

  it('exits 1 on an unknown command and a missing argument', () => {
    expect(ladder(['rolez']).code).toBe(1);
    expect(ladder(['role']).code).toBe(1);
  });
});

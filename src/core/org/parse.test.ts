import { describe, expect, it } from 'vitest';
import { LadderError } from '../errors.js';
import { ladderErrorOf as thrown } from '../../../test/errors.js';
import { elementLines } from './parse.js';
import { parseColumnMap, parseMoney, parseRoster } from './index.js';
import { columnMapAdvice } from './columns.js';

describe('parseRoster: columns', () => {
  it('reads the canonical columns', () => {
    const r = parseRoster('id,name,title,manager_id\n1,Ada,CEO,\n2,Bo,Product Manager,1\n', { file: 'r.csv' });
    expect(r.people.map((p) => [p.id, p.name, p.title, p.managerId, p.line])).toEqual([
      ['1', 'Ada', 'CEO', null, 2],
      ['2', 'Bo', 'Product Manager', '1', 3],
    ]);
    expect(r.rejectedRows).toEqual([]);
  });

  it.each([
    ['Employee ID', 'Full Name', 'Job Title', 'Manager ID'],
    ['EmployeeId', 'Display Name', 'Position', 'Reports To'],
    ['emp_id', 'Employee Name', 'Business Title', 'Supervisor'],
    ['Worker ID', 'name', 'Role', 'Line Manager'],
    ['ID', 'NAME', 'TITLE', 'MANAGER'],
  ])('matches %s / %s / %s / %s', (id, name, title, manager) => {
    const r = parseRoster(`${id},${name},${title},${manager}\n1,Ada,CEO,\n2,Bo,PM,1\n`);
    expect(r.people[1]).toMatchObject({ id: '2', name: 'Bo', title: 'PM', managerId: '1' });
    expect(r.columns.filter((c) => c.by === 'name').map((c) => c.field)).toEqual(expect.arrayContaining(['id', 'name', 'title', 'manager_id']));
  });

  it('matches the optional columns flexibly', () => {
    const text = [
      'Employee ID,Name,Job Title,Manager Email,Work Email,Dept,Office,Product Area,Base Salary,Currency,Employment Type,Dotted Line Manager',
      'a,Ada,CEO,,ada@x.io,Exec,Berlin,,,,Full-time,',
      'b,Bo,Product Manager,ada@x.io,bo@x.io,Product,"Berlin, Germany",Payments,"95.000",EUR,Full-time,a',
      'c,,Product Manager,ada@x.io,,Product,Berlin,Payments,,,Open,',
    ].join('\n');
    const r = parseRoster(text);
    expect(r.people[1]).toMatchObject({ email: 'bo@x.io', department: 'Product', location: 'Berlin, Germany', productLine: 'Payments', salary: 95000, currency: 'EUR', employmentType: 'Full-time', dottedLineIds: ['a'], managerId: 'ada@x.io' });
    expect(r.people[2]).toMatchObject({ open: true, name: 'Open position' });
    expect(r.unusedColumns).toEqual([]);
  });

  it('puts a name together from first and last names', () => {
    const r = parseRoster('id,First Name,Last Name,title,manager\n1,Ada,Lovelace,CEO,\n');
    expect(r.people[0]!.name).toBe('Ada Lovelace');
  });

  it('uses the e-mail column as the id when there is no id column', () => {
    const r = parseRoster('email,name,title,manager_email\nada@x.io,Ada,CEO,\nbo@x.io,Bo,PM,ada@x.io\n');
    expect(r.people.map((p) => p.id)).toEqual(['ada@x.io', 'bo@x.io']);
  });

  it('takes --map over the names it would guess', () => {
    const text = 'Emp #,Who,What,Boss,Manager\n1,Ada,CEO,,x\n2,Bo,PM,1,x\n';
    const r = parseRoster(text, { map: 'id=Emp #,name=Who,title=What,manager_id=Boss' });
    expect(r.people[1]).toMatchObject({ id: '2', name: 'Bo', title: 'PM', managerId: '1' });
    expect(r.columns.find((c) => c.field === 'manager_id')).toEqual({ field: 'manager_id', column: 'Boss', by: 'map' });
    // Repeated --map options and field aliases work too.
    expect(parseColumnMap(['id=Emp #', 'manager=Boss'])).toEqual({ id: 'Emp #', manager_id: 'Boss' });
  });

  it('names the columns it found when a required one is missing', () => {
    const e = thrown(() => parseRoster('Person,Job Title,Team\nAda,CEO,Exec\n', { file: 'hr.csv' }));
    expect(e.code).toBe('roster-missing-columns');
    expect(e.message).toContain('no column for id, manager_id');
    expect(e.message).toContain('Columns found: "Person", "Job Title", "Team"');
    // The core says what is wrong; each surface says how to fix it there (the CLI --map, the API "map").
    expect(e.message).not.toContain('--map');
    expect(e.issues.map((i) => i.field)).toEqual(['id', 'manager_id']);
    const cli = columnMapAdvice(e, (ex) => `Name the columns with --map, e.g. --map ${ex}`) as LadderError;
    expect(cli.code).toBe('roster-missing-columns');
    expect(cli.message).toMatch(/Columns found: .*Name the columns with --map, e\.g\. --map id=Your Column,manager_id=Your Column$/);
    expect(columnMapAdvice(new Error('other'), () => 'x')).toBeInstanceOf(Error);
  });

  it('says when --map names a column the file does not have', () => {
    const e = thrown(() => parseRoster('id,name,title,manager_id\n', { map: 'manager_id=Boss' }));
    expect(e.code).toBe('roster-missing-columns');
    expect(e.message).toContain('manager_id=Boss');
    expect(() => parseRoster('id,name,title,manager_id\n', { map: 'nonsense=Boss' })).toThrow(/not a roster field/);
    expect(() => parseRoster('id,name,title,manager_id\n', { map: 'id' })).toThrow(/not field=Column/);
  });
});

describe('parseRoster: formats', () => {
  it('reads semicolon- and tab-separated files, a BOM and CRLF line ends', () => {
    const semi = parseRoster('\ufeffid;name;title;manager_id\r\n1;Ada;CEO;\r\n2;Bo;PM;1\r\n');
    expect(semi.people.map((p) => [p.id, p.line])).toEqual([['1', 2], ['2', 3]]);
    const tab = parseRoster('id\tname\ttitle\tmanager_id\n1\tAda\tCEO\t\n');
    expect(tab.people[0]!.title).toBe('CEO');
  });

  it('counts lines through quoted newlines and blank lines', () => {
    const text = 'id,name,title,manager_id\n1,"Ada\nLovelace",CEO,\n\n2,Bo,PM,1\n3,Cy\n';
    const r = parseRoster(text);
    expect(r.people.map((p) => [p.id, p.line])).toEqual([['1', 2], ['2', 5]]);
    expect(r.rejectedRows).toEqual([{ line: 6, reason: 'has 2 fields where the header has 4', raw: '3,Cy' }]);
  });

  it('reads a JSON array or an object holding one, with line numbers', () => {
    const json = `[
  {"id": "1", "name": "Ada", "title": "CEO", "manager_id": null},
  {"id": 2, "name": "Bo", "title": "Product Manager", "manager": {"id": "1"}},
  "nonsense",
  {"name": "Cy", "title": "PM"}
]`;
    const r = parseRoster(json, { file: 'r.json' });
    expect(r.format).toBe('json');
    expect(r.people.map((p) => [p.id, p.managerId, p.line])).toEqual([['1', null], ['2', '1']].map((x, i) => [...x, i + 2]));
    expect(r.rejectedRows.map((x) => [x.line, x.reason])).toEqual([
      [4, 'expected an object with the person\'s fields, found string'],
      [5, 'no id'],
    ]);
    const wrapped = parseRoster('{"meta": {"a": [1,2]},\n "employees": [\n {"Employee ID": "x", "Name": "X", "Title": "PM", "Reports To": ""}\n]}');
    expect(wrapped.people[0]).toMatchObject({ id: 'x', line: 3 });
  });

  it('finds element lines with strings that hold brackets and quotes', () => {
    expect(elementLines('[\n{"a": "]\\"["},\n\n{"b": [1, {"c": 2}]}\n]', null)).toEqual([2, 4]);
    expect(elementLines('{"x": [9], "people": [\n{}, {}\n]}', 'people')).toEqual([2, 2]);
  });

  it('reports JSON syntax errors with a line', () => {
    const e = thrown(() => parseRoster('[\n{"id": 1,}\n]', { file: 'bad.json' }));
    expect(e.code).toBe('invalid-roster');
    expect(e.issues[0]!.file).toBe('bad.json');
  });

  it('refuses spreadsheet bytes given as text, which only the spreadsheet reader can read', () => {
    expect(() => parseRoster('PK\u0003\u0004rest', { file: 'people.xlsx' })).toThrow(/is a spreadsheet/);
  });

  it('refuses an empty file', () => {
    expect(thrown(() => parseRoster('\n\n')).code).toBe('empty-roster');
  });
});

describe('parseRoster: bad rows', () => {
  it('audits the rest of a roster with ten broken rows and lists them with their lines', () => {
    const good = Array.from({ length: 30 }, (_, i) => `${i + 1},Person ${i + 1},Product Manager,${i === 0 ? '' : 1}`);
    const bad = [
      ',No Id,Product Manager,1',
      '40,No Title,,1',
      '41,,Product Manager,1',
      '42,Too,Many,Fields,Here',
      '43,Too Few',
      '44,"Unclosed, quote,Product Manager,1',
    ];
    // Interleave: rows 32, 34, … are broken.
    const lines = ['id,name,title,manager_id'];
    const expected: number[] = [];
    good.forEach((g, i) => {
      lines.push(g);
      if (i < 5) {
        lines.push(bad[i]!);
        expected.push(lines.length);
      }
    });
    // Five more broken rows: duplicates of existing ids.
    for (let k = 0; k < 4; k++) {
      lines.push(`${k + 2},Dup ${k},Product Manager,1`);
      expected.push(lines.length);
    }
    lines.push(bad[5]!);
    expected.push(lines.length);
    const r = parseRoster(lines.join('\n'));
    expect(r.people).toHaveLength(30);
    expect(r.rejectedRows.map((x) => x.line)).toEqual(expected);
    expect(r.rejectedRows.map((x) => x.reason)).toEqual([
      'no id',
      'no title for "40"',
      'no name for "41"',
      'has 5 fields where the header has 4 (an unquoted comma?)',
      'has 2 fields where the header has 4',
      'duplicate id "2" (first used on line 4)',
      'duplicate id "3" (first used on line 6)',
      'duplicate id "4" (first used on line 8)',
      'duplicate id "5" (first used on line 10)',
      expect.stringMatching(/quote/i),
    ]);
    expect(r.rejectedRows[0]!.raw).toBe(',No Id,Product Manager,1');
    expect(r.duplicates.map((d) => d.id)).toEqual(['2', '3', '4', '5']);
  });

  it('keeps a person whose salary or currency is unusable, and says so', () => {
    const r = parseRoster('id,name,title,manager_id,salary,currency\n1,Ada,CEO,,lots,USD\n2,Bo,PM,1,100000,dollars\n');
    expect(r.people).toHaveLength(2);
    expect(r.people[0]!.salary).toBeUndefined();
    expect(r.valueIssues.map((v) => [v.line, v.field])).toEqual([[2, 'salary'], [3, 'currency']]);
  });

  it('treats "none", "-" and "n/a" as no manager, and trailing empty fields as harmless', () => {
    const r = parseRoster('id,name,title,manager_id\n1,Ada,CEO,none\n2,Bo,PM,-,,\n3,Cy,PM,N/A\n');
    expect(r.people.map((p) => p.managerId)).toEqual([null, null, null]);
    expect(r.rejectedRows).toEqual([]);
  });
});

describe('parseMoney', () => {
  it.each([
    ['120000', 120000, undefined],
    ['$120,000', 120000, 'USD'],
    ['120k', 120000, undefined],
    ['€ 95.000', 95000, 'EUR'],
    ['95 000,50 EUR', 95000.5, 'EUR'],
    ['£80,500.25', 80500.25, 'GBP'],
    ['1.2M', 1200000, undefined],
  ])('%s', (text, amount, currency) => {
    const m = parseMoney(text);
    expect(m?.amount).toBeCloseTo(amount);
    expect(m?.currency).toBe(currency);
  });
  it.each(['lots', '', '12-14k', 'USD'])('rejects %j', (text) => expect(parseMoney(text)).toBeNull());
});

describe('parseRoster: any input', () => {
  it('either reads a roster or throws a LadderError, for any text', async () => {
    const fc = (await import('fast-check')).default;
    const header = 'id,name,title,manager_id\n';
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (body, withHeader) => {
        try {
          const r = parseRoster(withHeader ? header + body : body, { file: 'fuzz.csv' });
          for (const x of r.rejectedRows) expect(x.line).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(LadderError);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.json(), (json) => {
        try {
          parseRoster(json, { file: 'fuzz.json' });
        } catch (e) {
          expect(e).toBeInstanceOf(LadderError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseRoster: line ends and empty files', () => {
  it('reads \r\n, \n and a lone \r as line ends (as spreadsheet tools do)', () => {
    const r = parseRoster('id,name,title,manager_id\r\nh,Hana,Head of Product,\np,Pia,Product Manager,h\rq,Quin,Product Manager,h\r\n');
    expect(r.people.map((p) => p.id)).toEqual(['h', 'p', 'q']);
    expect(r.rejectedRows).toEqual([]);
  });
  it('refuses a roster with only a header row', () => {
    expect(() => parseRoster('id,name,title,manager_id\n')).toThrow(/has a header row but no people/);
    expect(() => parseRoster('id,name,title,manager_id\r\n\r\n')).toThrow(/has a header row but no people/);
  });
});

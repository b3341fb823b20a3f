import { describe, expect, it } from 'vitest';
import { parseRoster } from './parse.js';
import { detectPreset } from './presets.js';

describe('HR system presets', () => {
  it('recognises an export from its header and reads it without --map', () => {
    const bamboo = 'Employee #,First Name,Last Name,Job Title,Supervisor EID,Department,Location,Pay rate,Pay per\n7,Ada,Lovelace,Senior Product Manager,,Product,London,95000,Year\n8,Bo,Chan,Product Manager,7,Product,London,40,Hour\n';
    const r = parseRoster(bamboo, { file: 'bamboo.csv' });
    expect(r.preset).toBe('bamboohr');
    expect(r.people.map((p) => [p.id, p.name, p.managerId, p.payPeriod])).toEqual([['7', 'Ada Lovelace', null, 'year'], ['8', 'Bo Chan', '7', 'hour']]);
    expect(r.columns.find((c) => c.field === 'manager_id')).toMatchObject({ column: 'Supervisor EID', by: 'map' });
  });

  it('reads a Personio export with its supervisor, office, interval and weekly hours', () => {
    const personio = 'ID,First name,Last name,Position,Supervisor,Office,Fix salary,Fix salary interval,Weekly working hours\n1,Eva,Berg,Head of Product,,Berlin,8000,monthly,40\n2,Jo,Klein,Product Owner,Eva Berg,Berlin,5000,monthly,32\n';
    const r = parseRoster(personio, { file: 'personio.csv' });
    expect(r.preset).toBe('personio');
    expect(r.people[1]).toMatchObject({ title: 'Product Owner', managerId: 'Eva Berg', location: 'Berlin', salary: 5000, payPeriod: 'month', hoursPerWeek: 32 });
  });

  it('takes a named preset, lets --map override it, and refuses an unknown one', () => {
    const text = 'Employee ID,Worker,Business Title,Manager,Boss Code,Management Level\nw1,Ann,VP of Product,,,M4\nw2,Ben,Product Manager,Ann,w1,L4\n';
    const r = parseRoster(text, { file: 'w.csv', preset: 'workday', map: 'manager_id=Boss Code' });
    expect(r.preset).toBe('workday');
    expect(r.people[1]).toMatchObject({ name: 'Ben', managerId: 'w1', level: 'L4' });
    expect(() => parseRoster(text, { file: 'w.csv', preset: 'sap' })).toThrow(/no preset "sap"; presets: workday, bamboohr, hibob, personio, rippling/);
  });

  it('recognises nothing in a plain header, which still reads by column names', () => {
    expect(detectPreset(['id', 'name', 'title', 'manager_id'])).toBeNull();
    expect(detectPreset(['Employee ID', 'Worker', 'Business Title', 'Supervisory Organization'])?.id).toBe('workday');
    expect(detectPreset(['employee_id_in_company', 'display_name', 'reports_to_id_in_company'])?.id).toBe('hibob');
    expect(detectPreset(['Employee number', 'Legal full name', 'Title', 'Manager', 'Work location'])?.id).toBe('rippling');
  });
});

import { LadderError } from '../errors.js';
import { REQUIRED_FIELDS, ROSTER_FIELDS, type ColumnMatch, type RosterField } from './types.js';

/** "Manager ID", "manager_id", "managerId" and "MANAGER-ID" all become "managerid". */
export function columnKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Column names each field is recognised by, best first, as columnKey() folds them. The lists come
 * from the exports of common HR systems (Workday, BambooHR, HiBob, Personio, Rippling, Google
 * Workspace) and from what people type in spreadsheets.
 */
export const COLUMN_SYNONYMS: Record<RosterField, readonly string[]> = {
  id: ['id', 'employeeid', 'empid', 'emp', 'empno', 'personid', 'staffid', 'workerid', 'userid', 'employeenumber', 'employeeno', 'employeenum', 'personnelnumber', 'personnelno', 'badgeid', 'uid', 'key'],
  name: ['name', 'fullname', 'employeename', 'displayname', 'preferredname', 'legalname', 'person', 'employee', 'workername', 'personname'],
  title: ['title', 'jobtitle', 'businesstitle', 'positiontitle', 'position', 'role', 'roletitle', 'jobname', 'designation', 'job', 'jobrole'],
  manager_id: [
    'managerid', 'manager', 'reportsto', 'reportstoid', 'reportingto', 'reportsto', 'managerempid', 'manageremployeeid',
    'supervisorid', 'supervisor', 'linemanager', 'linemanagerid', 'directmanager', 'directmanagerid', 'parentid', 'parent',
    'bossid', 'boss', 'manageremail', 'supervisoremail', 'reportstoemail', 'managername', 'supervisorname',
  ],
  email: ['email', 'workemail', 'emailaddress', 'businessemail', 'mail', 'primaryemail'],
  first_name: ['firstname', 'givenname', 'forename', 'preferredfirstname'],
  last_name: ['lastname', 'surname', 'familyname'],
  department: ['department', 'dept', 'team', 'org', 'organization', 'organisation', 'division', 'function', 'orgunit', 'group'],
  location: ['location', 'worklocation', 'office', 'country', 'region', 'site', 'city', 'workcountry', 'countrycode'],
  product_line: ['productline', 'productarea', 'product', 'portfolio', 'productgroup', 'productfamily', 'tribe', 'businessline', 'line'],
  salary: ['salary', 'basesalary', 'annualsalary', 'basepay', 'annualbasepay', 'totalbasepayannualized', 'totalbasepay', 'payrate', 'pay', 'compensation', 'basecompensation', 'base', 'annualpay', 'fixedsalary', 'basesalaryamount'],
  currency: ['currency', 'salarycurrency', 'paycurrency', 'currencycode', 'ccy'],
  employment_type: ['employmenttype', 'workertype', 'contracttype', 'employeetype', 'type', 'employmentstatus', 'status', 'positionstatus'],
  open: ['open', 'isopen', 'openposition', 'openrole', 'vacancy', 'vacant', 'tobehired', 'tbh', 'hiring', 'openreq', 'requisition'],
  level: ['level', 'joblevel', 'companylevel', 'grade', 'jobgrade', 'careerlevel', 'managementlevel', 'paygrade', 'compensationgrade', 'levelcode', 'band', 'jobband', 'seniority'],
  pay_period: ['payperiod', 'payper', 'payfrequency', 'salaryperiod', 'payratetype', 'payrateunit', 'payunit', 'rateperiod', 'paybasis', 'compensationfrequency', 'frequency', 'paytype'],
  hours_per_week: ['hoursperweek', 'weeklyhours', 'standardhours', 'scheduledweeklyhours', 'workinghoursperweek', 'contractedhours', 'weeklyworkinghours'],
  effective_date: ['effectivedate', 'asofdate', 'asof', 'snapshotdate', 'reportdate', 'reportingdate', 'extractdate'],
  dotted_line: [
    'dottedline', 'dottedlinemanager', 'dottedlinemanagerid', 'dottedlinemanagers', 'dottedlinemanagerids', 'dottedlineto',
    'matrixmanager', 'matrixmanagerid', 'secondarymanager', 'secondarymanagerid', 'indirectmanager', 'functionalmanager',
  ],
};

/** Parses `--map id="Employee #",manager_id=Boss` into field → column. */
export function parseColumnMap(spec: string | readonly string[] | Record<string, string> | undefined): Partial<Record<RosterField, string>> {
  if (!spec) return {};
  const out: Partial<Record<RosterField, string>> = {};
  const pairs: [string, string][] = [];
  if (typeof spec === 'string' || Array.isArray(spec)) {
    const parts = (typeof spec === 'string' ? [spec] : spec).flatMap((s) => s.split(','));
    for (const part of parts) {
      if (!part.trim()) continue;
      const eq = part.indexOf('=');
      if (eq < 0) throw badMap(`"${part.trim()}" is not field=Column`, part, 'not field=Column');
      pairs.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim().replace(/^["']|["']$/g, '')]);
    }
  } else pairs.push(...Object.entries(spec));
  for (const [rawField, column] of pairs) {
    const field = resolveField(rawField);
    if (!field) throw badMap(`"${rawField}" is not a roster field; fields: ${ROSTER_FIELDS.join(', ')}`, rawField, 'not a roster field');
    if (!column) throw badMap(`no column given for ${field}`, rawField, 'no column given');
    out[field] = column;
  }
  return out;
}

/** "manager", "managerId" and "manager_id" all name the manager_id field. */
function resolveField(name: string): RosterField | undefined {
  const k = columnKey(name);
  const exact = ROSTER_FIELDS.find((f) => columnKey(f) === k);
  if (exact) return exact;
  const aliases: Record<string, RosterField> = { manager: 'manager_id', reportsto: 'manager_id', productline: 'product_line', dotted: 'dotted_line', type: 'employment_type', jobtitle: 'title' };
  return aliases[k];
}

// The messages here say what is wrong, not which option to use: the CLI (--map) and the API (the
// "map" parameter) each add their own advice (see columnMapAdvice).
function badMap(message: string, value: string, short: string): LadderError {
  return new LadderError('bad-column-map', `The column map is not valid: ${message}`, { issues: [{ code: 'bad-column-map', field: 'map', value, message: short }] });
}

/** The codes of the errors a column map fixes, and an example map for the fields that are missing. */
export const COLUMN_MAP_ERRORS: ReadonlySet<string> = new Set(['bad-column-map', 'roster-missing-columns']);
export function columnMapExample(error: LadderError): string {
  const missing = error.issues.filter((i) => i.code === 'missing-column').map((i) => i.field);
  return (missing.length ? missing : ['manager_id']).map((f) => `${f}=Your Column`).join(',');
}

/**
 * The same error with advice on how to name the columns where the user is: the CLI says "--map",
 * the API says its "map" parameter. Other errors pass through unchanged.
 */
export function columnMapAdvice(error: unknown, advice: (example: string) => string): unknown {
  if (!(error instanceof LadderError) || !COLUMN_MAP_ERRORS.has(error.code)) return error;
  return new LadderError(error.code, `${error.message} ${advice(columnMapExample(error))}`, { issues: error.issues, cause: error });
}

/**
 * Matches the file's columns to roster fields: --map first, then each field's synonyms in order
 * of preference. A column serves one field only. Throws when a required column is missing, naming
 * the columns that were found.
 */
export function matchColumns(
  headers: readonly string[],
  map: Partial<Record<RosterField, string>>,
  file: string,
): { matches: ColumnMatch[]; byField: Partial<Record<RosterField, number>>; alternates: Partial<Record<RosterField, number[]>>; unused: string[] } {
  const byField: Partial<Record<RosterField, number>> = {};
  const taken = new Set<number>();
  const matches: ColumnMatch[] = [];
  const keys = headers.map(columnKey);
  const missingMapped: string[] = [];
  for (const [field, column] of Object.entries(map) as [RosterField, string][]) {
    let idx = headers.indexOf(column);
    if (idx < 0) idx = headers.findIndex((h) => h.trim().toLowerCase() === column.trim().toLowerCase());
    if (idx < 0) idx = keys.indexOf(columnKey(column));
    if (idx < 0) {
      missingMapped.push(`${field}=${column}`);
      continue;
    }
    byField[field] = idx;
    taken.add(idx);
    matches.push({ field, column: headers[idx]!, by: 'map' });
  }
  if (missingMapped.length) {
    throw new LadderError('roster-missing-columns', `${file}: the column map names columns the file does not have: ${missingMapped.join(', ')}. Columns found: ${listColumns(headers)}.`, {
      issues: missingMapped.map((m) => ({ code: 'unknown-column', file, line: 1, field: 'map', value: m, message: 'no such column' })),
    });
  }
  for (const field of ROSTER_FIELDS) {
    if (byField[field] !== undefined) continue;
    for (const syn of COLUMN_SYNONYMS[field]) {
      const idx = keys.findIndex((k, i) => k === syn && !taken.has(i));
      if (idx >= 0) {
        byField[field] = idx;
        taken.add(idx);
        matches.push({ field, column: headers[idx]!, by: 'name' });
        break;
      }
    }
  }
  // A name can be put together from first and last names.
  const missing = REQUIRED_FIELDS.filter((f) => byField[f] === undefined && !(f === 'name' && byField.first_name !== undefined));
  // Without an id column, an e-mail column identifies people well enough.
  if (missing.includes('id') && byField.email !== undefined) {
    byField.id = byField.email;
    matches.push({ field: 'id', column: headers[byField.email]!, by: 'name' });
    missing.splice(missing.indexOf('id'), 1);
  }
  if (missing.length) {
    throw new LadderError(
      'roster-missing-columns',
      `${file}: no column for ${missing.join(', ')}. Columns found: ${listColumns(headers)}.`,
      { issues: missing.map((m) => ({ code: 'missing-column', file, line: 1, field: m, message: `required column ${m} not found (recognised names: ${COLUMN_SYNONYMS[m].slice(0, 6).join(', ')}, …)` })) },
    );
  }
  // Columns left over that also name a field (a JSON roster with "manager_id" in some objects and
  // "manager" in others) fill in where the chosen column is empty.
  const alternates: Partial<Record<RosterField, number[]>> = {};
  for (const field of ROSTER_FIELDS) {
    if (byField[field] === undefined) continue;
    keys.forEach((k, i) => {
      if (!taken.has(i) && COLUMN_SYNONYMS[field].includes(k)) {
        (alternates[field] ??= []).push(i);
        taken.add(i);
      }
    });
  }
  const unused = headers.filter((_, i) => !taken.has(i) && headers[i]!.trim() !== '');
  return { matches, byField, alternates, unused };
}

function listColumns(headers: readonly string[]): string {
  const shown = headers.filter((h) => h.trim() !== '');
  return shown.length ? shown.map((h) => `"${h}"`).join(', ') : '(none)';
}

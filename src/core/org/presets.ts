import { LadderError } from '../errors.js';
import { columnKey } from './columns.js';
import type { RosterField } from './types.js';

/**
 * Column layouts of the exports HR systems give, so a file straight from one reads without --map.
 * Each column is listed as the export's header may spell it; the first one present wins. Where a
 * layout comes from a vendor's (or an integrator's) published field list, `sources` says so;
 * `assumed` names the columns that are our best reading of a typical export, not a documented one.
 * docs/org.md ("HR system exports") shows the same tables for people.
 */
export interface HrisPreset {
  id: string;
  name: string;
  columns: Partial<Record<RosterField, readonly string[]>>;
  /** The export is recognised when all the columns of one of these sets are in the header. */
  signatures: readonly (readonly string[])[];
  sources: readonly string[];
  assumed: string;
}

export const HRIS_PRESETS: readonly HrisPreset[] = [
  {
    id: 'workday',
    name: 'Workday (custom worker report)',
    columns: {
      id: ['Employee ID', 'Worker ID'],
      name: ['Worker', 'Legal Name', 'Preferred Name'],
      title: ['Business Title', 'Job Profile'],
      manager_id: ['Manager ID', 'Manager - Employee ID', 'Manager Employee ID', 'Manager'],
      email: ['Work Email', 'Primary Work Email'],
      department: ['Supervisory Organization', 'Cost Center'],
      location: ['Location', 'Work Location'],
      level: ['Management Level', 'Job Level', 'Compensation Grade'],
      salary: ['Total Base Pay Annualized', 'Total Base Pay', 'Annual Base Pay'],
      currency: ['Currency', 'Total Base Pay Currency'],
      pay_period: ['Total Base Pay Frequency', 'Frequency'],
      hours_per_week: ['Scheduled Weekly Hours', 'Default Weekly Hours'],
      employment_type: ['Worker Type', 'Employee Type'],
      effective_date: ['Effective Date', 'As Of Date'],
    },
    signatures: [['businesstitle', 'supervisoryorganization'], ['businesstitle', 'workertype'], ['totalbasepayannualized']],
    sources: [
      'Workday custom reports are built by each customer (Report Writer), so there is no fixed export; the field names are the Worker business object\'s as universities publish them: Business Title, Worker Type, Total Base Pay, Default Weekly Hours (it.tamus.edu/edw/universes/hcm/worker, provider.www.upenn.edu/computing/da/dw/hcm/HCM_POSITION.e.html)',
    ],
    assumed: 'the exact header labels (Manager ID, Management Level, Scheduled Weekly Hours) depend on how the report was built',
  },
  {
    id: 'bamboohr',
    name: 'BambooHR (employee report or API fields)',
    columns: {
      id: ['Employee #', 'employeeNumber', 'Employee Number', 'EID', 'id'],
      name: ['displayName', 'Display Name', 'Name'],
      first_name: ['firstName', 'First Name'],
      last_name: ['lastName', 'Last Name'],
      title: ['jobTitle', 'Job Title'],
      manager_id: ['supervisorEId', 'Supervisor EID', 'Reporting to', 'Reports To', 'supervisor'],
      email: ['workEmail', 'Work Email'],
      department: ['department', 'Department', 'division', 'Division'],
      location: ['location', 'Location'],
      salary: ['payRate', 'Pay rate', 'Pay Rate'],
      pay_period: ['payPer', 'Pay per', 'Pay Per'],
      employment_type: ['employmentHistoryStatus', 'Employment Status'],
    },
    signatures: [['supervisoreid'], ['payrate', 'payper'], ['employee', 'reportingto', 'jobtitle'], ['employmenthistorystatus']],
    sources: [
      'BambooHR\'s employee fields: Employee number, Job title, Department, Supervisor ID and Supervisor EID (the supervisor\'s employee number) (docs.workato.com/en/connectors/bamboo-hr/updated-employee-trigger); jobTitle, department, division, location, displayName (windsor.ai/documentation/fields/bamboo-hr)',
    ],
    assumed: 'payRate/payPer come from BambooHR\'s API field list as we know it; a report\'s labels ("Pay rate", "Pay per", "Reporting to") follow the field names',
  },
  {
    id: 'hibob',
    name: 'HiBob (people export)',
    columns: {
      id: ['Employee ID', 'employee_id_in_company', 'ID in company', 'id'],
      name: ['Display name', 'display_name'],
      first_name: ['First name', 'first_name'],
      last_name: ['Last name', 'last_name'],
      title: ['Job title', 'work.title', 'title'],
      manager_id: ['reports_to_id_in_company', 'Reports to ID', 'Reports to', 'manager', 'work.reportsTo.id'],
      email: ['Email', 'email'],
      department: ['Department', 'department', 'work.department'],
      location: ['Site', 'site', 'work.site', 'country'],
      salary: ['Base salary', 'payroll.salary.payment', 'Salary'],
      currency: ['Currency', 'Salary currency'],
      pay_period: ['Salary pay period', 'Pay period'],
    },
    signatures: [['employeeidincompany'], ['reportstoidincompany'], ['displayname', 'site', 'reportsto']],
    sources: [
      'HiBob\'s employee table as Fivetran documents it: id, employee_id_in_company, display_name, first_name, last_name, email, department, manager, reports_to_id_in_company (fivetran.com/docs/connectors/applications/hibob)',
    ],
    assumed: 'the people-export labels (Display name, Job title, Site, Base salary, Salary pay period) and the work.* API paths',
  },
  {
    id: 'personio',
    name: 'Personio (employee export or API attributes)',
    columns: {
      id: ['ID', 'id', 'Employee ID'],
      first_name: ['First name', 'first_name'],
      last_name: ['Last name', 'last_name'],
      title: ['Position', 'position'],
      manager_id: ['Supervisor ID', 'supervisor_id', 'Supervisor', 'supervisor'],
      email: ['Email', 'email'],
      department: ['Department', 'department', 'Team'],
      location: ['Office', 'office'],
      salary: ['Fix salary', 'fix_salary', 'Salary'],
      pay_period: ['Fix salary interval', 'fix_salary_interval', 'Salary interval'],
      hours_per_week: ['Weekly working hours', 'weekly_working_hours', 'Weekly hours'],
      employment_type: ['Employment type', 'employment_type', 'Status'],
    },
    signatures: [['position', 'supervisor', 'office'], ['position', 'supervisorid', 'office'], ['fixsalary'], ['weeklyworkinghours', 'position']],
    sources: [
      'Personio\'s employee attributes: Position, Department, Office, Hire Date, Weekly Working Hours, Supervisor ID, Status (help.okta.com Personio connector, Update Employee); position, department, office (pipedream.com/apps/personio/actions/create-employee)',
    ],
    assumed: 'fix_salary and fix_salary_interval (the fixed salary and whether it is monthly or yearly) and the export labels',
  },
  {
    id: 'rippling',
    name: 'Rippling (people report)',
    columns: {
      id: ['Employee number', 'Employee Number', 'employeeNumber', 'Employee ID'],
      name: ['Legal full name', 'Full name', 'Name', 'name'],
      title: ['Title', 'title', 'Job title'],
      manager_id: ['Manager employee number', 'Manager', 'manager', 'Manager ID'],
      email: ['Work email', 'workEmail', 'Work Email'],
      department: ['Department', 'department', 'Teams'],
      location: ['Work location', 'workLocation', 'Work Location'],
      salary: ['Annual salary', 'Annual Salary', 'Salary', 'Compensation'],
      currency: ['Currency', 'Salary currency'],
      pay_period: ['Pay period', 'Payment type'],
      employment_type: ['Employment type', 'employmentType'],
    },
    signatures: [['legalfullname', 'worklocation'], ['employeenumber', 'worklocation', 'employmenttype']],
    sources: [
      'Rippling\'s employee scopes name the fields: employeeNumber, name, title, manager, department, workEmail, employmentType, teams (support.1password.com/saas-manager-rippling); work locations are their own collection (developer.rippling.com, via lava.so/docs/gateway/providers/pipedream-rippling)',
    ],
    assumed: 'the report labels (Legal full name, Work location, Annual salary, Manager employee number): Rippling reports are built by each customer',
  },
];

export const PRESET_IDS = HRIS_PRESETS.map((p) => p.id);

/** The preset whose signature columns are all in the header (the one matching most columns), or null. */
export function detectPreset(headers: readonly string[]): HrisPreset | null {
  const keys = new Set(headers.map(columnKey));
  let best: HrisPreset | null = null;
  let bestScore = 0;
  for (const p of HRIS_PRESETS) {
    if (!p.signatures.some((sig) => sig.every((k) => keys.has(k)))) continue;
    let score = 0;
    for (const cols of Object.values(p.columns)) if (cols?.some((c) => keys.has(columnKey(c)))) score++;
    if (score > bestScore) ((best = p), (bestScore = score));
  }
  return best;
}

/**
 * The column map to read a file with: the preset's columns (named, or recognised from the header),
 * with the columns given by hand (--map) taking precedence.
 */
export function applyPreset(
  headers: readonly string[],
  presetId: string | undefined,
  given: Partial<Record<RosterField, string>>,
  file: string,
): { map: Partial<Record<RosterField, string>>; name: string | null } {
  let preset: HrisPreset | null = null;
  if (presetId !== undefined && presetId !== 'auto') {
    preset = HRIS_PRESETS.find((p) => p.id === presetId.trim().toLowerCase()) ?? null;
    if (!preset) {
      throw new LadderError('unknown-preset', `there is no preset "${presetId}"; presets: ${PRESET_IDS.join(', ')}`, {
        issues: [{ code: 'unknown-preset', file, field: 'preset', value: presetId, message: `presets: ${PRESET_IDS.join(', ')}` }],
      });
    }
  } else if (presetId === undefined || presetId === 'auto') preset = detectPreset(headers);
  if (!preset) return { map: given, name: null };
  const byKey = new Map<string, string>();
  for (const h of headers) if (!byKey.has(columnKey(h))) byKey.set(columnKey(h), h);
  const map: Partial<Record<RosterField, string>> = {};
  const used = new Set(Object.values(given).map(columnKey));
  for (const [field, cols] of Object.entries(preset.columns) as [RosterField, readonly string[]][]) {
    if (given[field] !== undefined) continue;
    const hit = cols.map((c) => byKey.get(columnKey(c))).find((h) => h !== undefined && !used.has(columnKey(h)));
    if (hit !== undefined) {
      map[field] = hit;
      used.add(columnKey(hit));
    }
  }
  return { map: { ...map, ...given }, name: preset.id };
}

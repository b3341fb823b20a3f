import ExcelJS from 'exceljs';
import { writeXlsx, type XlsxValue } from '../src/store/spreadsheet/write-xlsx.js';

/**
 * A realistic HR export for tests and benchmarks: a company of `people` with a Workday-like
 * header, a CEO over product, engineering and design, company levels (L3–L8 for individual
 * contributors, M1–M5 for managers), and salaries in USD (New York), GBP (London) and EUR (Berlin).
 * Deterministic for a seed. A few people hold titles that do not fit their level, as in real data.
 */
export const WORKDAY_HEADER = [
  'Employee ID', 'Worker', 'Business Title', 'Manager ID', 'Work Email', 'Supervisory Organization', 'Location',
  'Management Level', 'Total Base Pay Annualized', 'Currency', 'Worker Type', 'Hire Date', 'Effective Date',
] as const;

interface Rung {
  title: string;
  level: string;
  /** Base pay in USD. */
  pay: number;
}

const PRODUCT_IC: Rung[] = [
  { title: 'Associate Product Manager', level: 'L3', pay: 105_000 },
  { title: 'Product Manager', level: 'L4', pay: 140_000 },
  { title: 'Senior Product Manager', level: 'L5', pay: 175_000 },
  { title: 'Principal Product Manager', level: 'L7', pay: 240_000 },
];
const ENG_IC: Rung[] = [
  { title: 'Software Engineer', level: 'L3', pay: 120_000 },
  { title: 'Software Engineer II', level: 'L4', pay: 145_000 },
  { title: 'Senior Software Engineer', level: 'L5', pay: 180_000 },
  { title: 'Staff Software Engineer', level: 'L6', pay: 220_000 },
];
const DESIGN_IC: Rung[] = [
  { title: 'Product Designer', level: 'L4', pay: 130_000 },
  { title: 'Senior Product Designer', level: 'L5', pay: 160_000 },
];
const LOCATIONS = [
  { name: 'New York', currency: 'USD', factor: 1 },
  { name: 'London', currency: 'GBP', factor: 0.62 },
  { name: 'Berlin', currency: 'EUR', factor: 0.68 },
];

/** A small seeded generator (mulberry32), so generated rosters are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedRoster {
  header: readonly string[];
  rows: XlsxValue[][];
}

export function generateRoster(people: number, options: { seed?: number; date?: string } = {}): GeneratedRoster {
  const rand = rng(options.seed ?? 14);
  const date = options.date ?? '2026-06-30';
  const rows: XlsxValue[][] = [];
  let next = 1;
  const add = (title: string, level: string, pay: number, manager: string | null, org: string, loc = LOCATIONS[Math.floor(rand() * 3)]!): string => {
    const id = `W${String(next++).padStart(6, '0')}`;
    const salary = Math.round((pay * loc.factor * (0.88 + rand() * 0.24)) / 100) * 100;
    const hired = new Date(Date.UTC(2015 + Math.floor(rand() * 11), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    rows.push([id, `Person ${id}`, title, manager ?? '', `${id.toLowerCase()}@example.com`, org, loc.name, level, salary, loc.currency, 'Employee', hired, date]);
    return id;
  };
  const ceo = add('Chief Executive Officer', 'M6', 400_000, null, 'Office of the CEO', LOCATIONS[0]);
  const cpo = add('Chief Product Officer', 'M5', 350_000, ceo, 'Product', LOCATIONS[0]);
  const cto = add('Chief Technology Officer', 'M5', 360_000, ceo, 'Engineering', LOCATIONS[0]);
  const budget = () => people - rows.length;
  // Product ~20%, design ~8%, engineering the rest; each in teams of 4–8 under a manager.
  const productShare = Math.max(6, Math.floor(people * 0.2));
  const designShare = Math.max(3, Math.floor(people * 0.08));
  const branch = (head: string, share: number, family: 'product' | 'engineering' | 'design') => {
    const ics = family === 'product' ? PRODUCT_IC : family === 'engineering' ? ENG_IC : DESIGN_IC;
    const titles = {
      product: { vp: 'VP of Product', dir: 'Director of Product', mgr: 'Group Product Manager', mgrLevel: 'M2' },
      engineering: { vp: 'VP of Engineering', dir: 'Director of Engineering', mgr: 'Engineering Manager', mgrLevel: 'M1' },
      design: { vp: 'VP of Design', dir: 'Design Director', mgr: 'Design Manager', mgrLevel: 'M1' },
    }[family];
    const start = rows.length;
    const vps = Math.max(1, Math.round(share / 400));
    for (let v = 0; v < vps && budget() > 0 && rows.length - start < share; v++) {
      const vp = add(titles.vp, 'M4', 280_000, head, family);
      const dirs = Math.max(1, Math.round(share / vps / 60));
      for (let d = 0; d < dirs && budget() > 0 && rows.length - start < share; d++) {
        const dir = add(titles.dir, 'M3', 230_000, vp, `${family} ${v + 1}.${d + 1}`);
        for (let m = 0; m < 6 && budget() > 0 && rows.length - start < share; m++) {
          const mgr = add(titles.mgr, titles.mgrLevel, 200_000, dir, `${family} ${v + 1}.${d + 1}.${m + 1}`);
          const team = 4 + Math.floor(rand() * 5);
          for (let i = 0; i < team && budget() > 0 && rows.length - start < share; i++) {
            let rung = ics[Math.min(ics.length - 1, Math.floor(rand() ** 1.4 * ics.length))]!;
            // About 3% hold a title one rung off their level.
            const off = rand() < 0.03 ? ics[Math.min(ics.length - 1, ics.indexOf(rung) + 1)]! : null;
            if (off) rung = { ...off, level: rung.level };
            add(rung.title, rung.level, rung.pay, mgr, `${family} ${v + 1}.${d + 1}.${m + 1}`);
          }
        }
      }
    }
  };
  branch(cpo, productShare, 'product');
  const designHead = add('VP of Design', 'M4', 260_000, cpo, 'Design', LOCATIONS[1]);
  branch(designHead, designShare, 'design');
  // Engineering takes the rest; more directors as needed.
  while (budget() > 0) branch(cto, budget(), 'engineering');
  return { header: WORKDAY_HEADER, rows: rows.slice(0, people) };
}

/** Writes the generated export as an XLSX workbook with one sheet, "Workers". */
export async function writeRosterWorkbook(path: string, people: number, options: { seed?: number; date?: string } = {}): Promise<void> {
  const g = generateRoster(people, options);
  await writeXlsx(path, [{ name: 'Workers', headers: g.header, rows: g.rows }]);
}

/** The generated export as the bytes of an XLSX workbook with one sheet, "Workers" (for uploads). */
export async function rosterWorkbookBuffer(people: number, options: { seed?: number; date?: string } = {}): Promise<Buffer> {
  const g = generateRoster(people, options);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Workers');
  ws.addRow([...g.header]);
  for (const r of g.rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

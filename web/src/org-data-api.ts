/**
 * The API calls of the company-data views (pay bands, trend, spreadsheet upload). Shapes are
 * declared here from the API's responses (src/core/org/pay-bands.ts and trend.ts).
 */
import { request } from './api.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface PayFigures {
  /** Null in groups under 11 people. */
  p10: number | null;
  /** Null in groups under 5 people. */
  p25: number | null;
  median: number;
  p75: number | null;
  p90: number | null;
}
export interface PayGroup {
  values: Record<string, string>;
  currency: string;
  period: string;
  count: number;
  withheld: 'small-group' | 'complementary' | null;
  figures: PayFigures | null;
}
export interface PayBandsResponse {
  effectiveDate: string | null;
  by: string[];
  minGroup: number;
  groups: PayGroup[];
  outliers: number;
  excluded: number;
  conversions: string[];
}
export interface TrendPoint {
  date: string;
  file: string;
  people: number;
  openRoles: number;
  byFamily: Record<string, number>;
  byBand: Record<string, number>;
  managers: number;
  spans: { median: number | null; mean: number | null; max: number | null };
  layers: number;
  engineersPerProduct: number | null;
}
export interface TrendStep {
  from: string;
  to: string;
  joiners: number;
  leavers: number;
  promotions: number;
  demotions: number;
  moves: number;
  attrition: number | null;
}
export interface TrendResponse {
  points: TrendPoint[];
  steps: TrendStep[];
}

/** A spreadsheet is sent as its bytes; the server reads the first sheet unless one is named. */
export const uploadRosterWorkbook = (file: Blob, name: string, sheet?: string) =>
  request<{ id: string; createdAt: string; source?: string; people: number; rejectedRows: unknown[]; sheet?: string; notes?: string[] }>(
    `/workspace/rosters?name=${encodeURIComponent(name)}${sheet ? `&sheet=${encodeURIComponent(sheet)}` : ''}`,
    { body: file, contentType: XLSX_TYPE, auth: true },
  );

export const getPayBands = (id: string, by: string, minGroup = 5) =>
  request<PayBandsResponse>(`/workspace/rosters/${encodeURIComponent(id)}/pay?by=${encodeURIComponent(by)}&minGroup=${minGroup}`, { auth: true });

export const getTrend = (ids: string[]) => request<TrendResponse>(`/workspace/rosters/trend?ids=${ids.map(encodeURIComponent).join(',')}`, { auth: true });

export interface LevelEvidence {
  level: string;
  people: number;
  band: number | null;
  track: 'ic' | 'management' | null;
  agreement: number;
  bands: Record<string, number>;
  titles: { title: string; count: number }[];
}
export interface LevelProposal {
  levels: LevelEvidence[];
  misfits: { id: string; title: string; level: string; titleBand: number; levelBand: number }[];
  titles: Record<string, string>;
  warnings: string[];
  withoutLevel: number;
}

export const getLevels = (id: string) => request<LevelProposal>(`/workspace/rosters/${encodeURIComponent(id)}/levels`, { auth: true });

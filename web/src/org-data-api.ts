/**
 * The API calls of the company-data views (pay bands, trend, levels, spreadsheet upload). The trend
 * and levels answers are the core's types; the pay answer is its JSON rendering, declared here.
 */
import type { LevelEvidence, LevelProposal } from '../../src/core/org/levels.js';
import type { OrgTrend as TrendResponse, TrendPoint, TrendStep } from '../../src/core/org/trend.js';
import { request } from './api.js';

export type { LevelEvidence, LevelProposal, TrendPoint, TrendResponse, TrendStep };

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

/** A spreadsheet is sent as its bytes; the server reads the first sheet unless one is named. */
export const uploadRosterWorkbook = (file: Blob, name: string, sheet?: string) =>
  request<{ id: string; createdAt: string; source?: string; people: number; rejectedRows: unknown[]; sheet?: string; notes?: string[] }>(
    `/workspace/rosters?name=${encodeURIComponent(name)}${sheet ? `&sheet=${encodeURIComponent(sheet)}` : ''}`,
    { body: file, contentType: XLSX_TYPE, auth: true },
  );

export const getPayBands = (id: string, by: string, minGroup = 5) =>
  request<PayBandsResponse>(`/workspace/rosters/${encodeURIComponent(id)}/pay?by=${encodeURIComponent(by)}&minGroup=${minGroup}`, { auth: true });

export const getTrend = (ids: string[]) => request<TrendResponse>(`/workspace/rosters/trend?ids=${ids.map(encodeURIComponent).join(',')}`, { auth: true });


export const getLevels = (id: string) => request<LevelProposal>(`/workspace/rosters/${encodeURIComponent(id)}/levels`, { auth: true });

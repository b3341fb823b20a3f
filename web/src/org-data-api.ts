/**
 * The API calls of the company-data views (pay bands, trend, levels, spreadsheet upload). The trend
 * and levels answers and the pay groups are the core's types; the pay answer's envelope is declared here.
 */
import type { LevelEvidence, LevelProposal } from '../../src/core/org/levels.js';
import type { PayDimension, PayFigures, PayGroup } from '../../src/core/org/pay-bands.js';
import type { OrgTrend as TrendResponse, TrendPoint, TrendStep } from '../../src/core/org/trend.js';
import { request } from './api.js';

export type { LevelEvidence, LevelProposal, PayDimension, PayFigures, PayGroup, TrendPoint, TrendResponse, TrendStep };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface PayBandsResponse {
  effectiveDate: string | null;
  by: PayDimension[];
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

import { recordsToCsv } from '../../core/csv-writer.js';
import type { Framework } from '../../core/framework/schema.js';
import { formatPay } from '../../core/framework/render-markdown.js';
import { roleTitle } from '../../core/framework/query.js';

const COLUMNS = ['id', 'title', 'family', 'band', 'track', 'summary', 'responsibilities', 'skills', 'level_up', 'reports_to', 'aliases', 'pay', 'isco08', 'onet_soc', 'esco'] as const;

/** One row per role: the columns an HR system or a spreadsheet wants. */
export function frameworkCsv(fw: Framework): string {
  const rows: Record<(typeof COLUMNS)[number], string | number>[] = fw.roles.map((r) => ({
    id: r.id,
    title: r.title,
    family: r.family,
    band: r.band,
    track: r.track,
    summary: r.summary.text,
    responsibilities: r.responsibilities.map((f) => f.text).join(' | '),
    skills: r.skills.map((f) => f.text).join(' | '),
    level_up: r.levelUp.map((f) => f.text).join(' | '),
    reports_to: r.reportsTo.map((l) => `${roleTitle(fw, l.role)} (${l.when})`).join(' | '),
    aliases: r.aliases.map((a) => a.name).join(' | '),
    pay: r.pay.map(formatPay).join(' | '),
    isco08: r.codes?.isco08 ?? '',
    onet_soc: r.codes?.onetSoc ?? '',
    esco: r.codes?.esco ?? '',
  }));
  return recordsToCsv(COLUMNS, rows, { newline: '\n' });
}

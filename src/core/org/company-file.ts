import { isMap, parseDocument, stringify } from 'yaml';
import type { CompanyLevel, CompanyPayBand } from '../framework/schema.js';

/** The parts of a company framework file the org commands write. */
export interface CompanyFilePatch {
  titles?: Record<string, string>;
  levels?: CompanyLevel[];
  pay?: Record<string, CompanyPayBand[]>;
}

/**
 * A company framework file's text with these sections: a new file (extending the built-in
 * ladder) or, given an existing file's text, that file with the new entries merged in — a title,
 * a level (by id) or a role's pay bands given here replace the file's; every other entry is kept,
 * and so are the other sections with their comments. Pure: the caller reads and writes the file.
 */
export function companyFrameworkText(patch: CompanyFilePatch, options: { name: string; existing?: string | undefined; header?: string | undefined }): string {
  const clean = JSON.parse(JSON.stringify(patch)) as CompanyFilePatch;
  for (const [k, v] of Object.entries(clean)) if (v === undefined || (Array.isArray(v) ? v.length === 0 : Object.keys(v as object).length === 0)) delete clean[k as keyof CompanyFilePatch];
  if (options.existing !== undefined && options.existing.trim() !== '') {
    const doc = parseDocument(options.existing);
    if (!isMap(doc.contents)) return companyFrameworkText(patch, { name: options.name, header: options.header });
    const old = (doc.toJS() ?? {}) as CompanyFilePatch;
    if (clean.titles) doc.set('titles', doc.createNode({ ...(old.titles ?? {}), ...clean.titles }));
    if (clean.pay) doc.set('pay', doc.createNode({ ...(old.pay ?? {}), ...clean.pay }));
    if (clean.levels) {
      const ids = new Set(clean.levels.map((l) => l.id));
      doc.set('levels', doc.createNode([...(old.levels ?? []).filter((l) => !ids.has(l.id)), ...clean.levels]));
    }
    return doc.toString({ lineWidth: 0 });
  }
  const body = stringify({ name: options.name, extends: 'builtin', ...clean }, { lineWidth: 0 });
  return `${options.header ? `${options.header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\n` : ''}${body}`;
}

import { isMap, parseDocument, stringify } from 'yaml';
import type { CompanyLevel, PayRange } from '../framework/schema.js';

/** The parts of a company framework file the org commands write. */
export interface CompanyFilePatch {
  titles?: Record<string, string>;
  levels?: CompanyLevel[];
  pay?: Record<string, PayRange[]>;
}

/**
 * A company framework file's text with these sections set: a new file (extending the built-in
 * ladder) or, given an existing file's text, that file with only these sections replaced, its
 * other sections and comments kept. Pure: the caller reads and writes the file.
 */
export function companyFrameworkText(patch: CompanyFilePatch, options: { name: string; existing?: string | undefined; header?: string | undefined }): string {
  const clean = JSON.parse(JSON.stringify(patch)) as CompanyFilePatch;
  if (options.existing !== undefined && options.existing.trim() !== '') {
    const doc = parseDocument(options.existing);
    if (!isMap(doc.contents)) return companyFrameworkText(patch, { name: options.name, header: options.header });
    for (const [k, v] of Object.entries(clean)) if (v !== undefined) doc.set(k, doc.createNode(v));
    return doc.toString({ lineWidth: 0 });
  }
  const body = stringify({ name: options.name, extends: 'builtin', ...clean }, { lineWidth: 0 });
  return `${options.header ? `${options.header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\n` : ''}${body}`;
}

import { LineCounter, parseDocument, isNode } from 'yaml';
import type * as z from 'zod';
import { LadderError, type Issue } from '../errors.js';

/** A parsed YAML (or JSON, which is YAML) document that can say on which line a path sits. */
export interface LocatedDocument {
  file: string;
  data: unknown;
  locate(path: ReadonlyArray<PropertyKey>): { line: number; column: number } | undefined;
}

export function parseLocated(file: string, text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues: Issue[] = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return { code: 'syntax', file, line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message };
    });
    throw new LadderError('invalid-file', `${file} is not valid YAML or JSON`, { issues });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // yaml refuses a document whose aliases would expand past the count (a "billion laughs").
    throw new LadderError('invalid-file', `${file} uses too many YAML aliases (*name) to expand safely`, {
      issues: [{ code: 'too-many-aliases', file, message: e instanceof Error ? e.message.split('\n')[0]! : 'excessive aliases' }],
    });
  }
  return {
    file,
    data,
    locate(path) {
      // Walk up until a node exists: a missing field is reported where its parent is.
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return undefined;
    },
  };
}

/** Validates a located document against a schema; every problem names file, line, path and value. */
export function validateLocated<S extends z.ZodType>(doc: LocatedDocument, schema: S): z.infer<S> {
  const result = schema.safeParse(doc.data);
  if (result.success) return result.data;
  const issues: Issue[] = result.error.issues.map((i) => {
    const pos = doc.locate(i.path);
    const value = valueAt(doc.data, i.path);
    return {
      code: i.code,
      file: doc.file,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      path: i.path.map(String).join('.') || '(root)',
      ...(i.path.length ? { field: String(i.path[i.path.length - 1]) } : {}),
      message: i.message,
      ...(value !== undefined && typeof value !== 'object' ? { value } : {}),
    };
  });
  throw new LadderError('invalid-file', `${doc.file} does not match the framework schema (${issues.length} problem${issues.length === 1 ? '' : 's'})`, { issues });
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

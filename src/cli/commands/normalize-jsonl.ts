import { columnKey } from '../../core/column-name.js';
import type { Framework } from '../../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../../core/normalize/index.js';
import type { NormalizedTitle } from '../../core/normalize/result.js';
import { isProductDepartment } from '../../core/org/context.js';
import { ByteSink } from '../csv/byte-sink.js';
import { RESULT_COLUMNS, type BlockResult, type BlockSettings, type Context } from './normalize-block.js';

const MAX_BAD = 20;
/** Distinct titles whose result is remembered per context (the memo starts again when full). */
const MEMO = 1 << 15;

/**
 * Normalizes blocks of whole lines of a JSON Lines file: each line an object, the title under
 * the key `column`. Each object is written back with the result keys added (named as the CSV
 * result columns; "normalized_" in front when the object already has such a key). A line that
 * is not a JSON object is kept as {"normalize_error", "raw"}; blank lines are skipped.
 */
export class JsonlBlockNormalizer {
  private readonly normalizers = new Map<Context, Normalizer>();
  private readonly memos = new Map<Context, Map<string, Record<string, unknown>>>();

  constructor(
    private readonly fw: Framework,
    private readonly s: BlockSettings,
  ) {}

  private resultOf(title: string, context: Context): Record<string, unknown> {
    let memo = this.memos.get(context);
    if (memo === undefined) this.memos.set(context, (memo = new Map()));
    let r = memo.get(title);
    if (r === undefined) {
      let n = this.normalizers.get(context);
      if (n === undefined) this.normalizers.set(context, (n = createNormalizer(this.fw, { context })));
      r = resultFields(n(title));
      if (memo.size >= MEMO) memo.clear();
      memo.set(title, r);
    }
    return r;
  }

  run(bytes: Buffer): BlockResult {
    const sink = new ByteSink(bytes.length * 2 + 1024);
    const result: BlockResult = { out: sink.bytes(), rows: 0, lines: 0, badCount: 0, bad: [] };
    const bad = (line: number, message: string) => {
      result.badCount++;
      if (result.bad.length < MAX_BAD) result.bad.push({ line, message });
    };
    const text = bytes.toString('utf8');
    let line = 0;
    for (let at = 0; at < text.length; line++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const raw = text.slice(at, end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      at = end + 1;
      if (raw.trim() === '') continue;
      result.rows++;
      let obj: unknown;
      try {
        obj = JSON.parse(raw);
      } catch {
        obj = undefined;
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        const message = obj === undefined ? 'the line is not valid JSON' : 'the line is not a JSON object';
        bad(line, message);
        sink.addText(`${JSON.stringify({ normalize_error: message, raw })}\n`);
        continue;
      }
      const record = obj as Record<string, unknown>;
      const title = valueOf(record, this.s.column);
      let fields: Record<string, unknown>;
      if (typeof title !== 'string' || title.trim() === '') {
        const message = title === undefined ? `no "${this.s.column}" key in this object` : typeof title === 'string' ? `the "${this.s.column}" value is empty` : `the "${this.s.column}" value is not text`;
        bad(line, message);
        fields = { ...EMPTY, normalize_error: message };
      } else {
        const context = this.s.contextColumn === undefined ? this.s.context : contextOf(valueOf(record, this.s.contextColumn));
        fields = this.resultOf(title, context);
      }
      const out: Record<string, unknown> = { ...record };
      for (const [k, v] of Object.entries(fields)) out[k in record ? `normalized_${k}` : k] = v;
      sink.addText(`${JSON.stringify(out)}\n`);
    }
    result.lines = line;
    result.out = sink.bytes();
    return result;
  }
}

const EMPTY: Record<string, unknown> = Object.fromEntries(RESULT_COLUMNS.map((c) => [c, null]));

function resultFields(r: NormalizedTitle): Record<string, unknown> {
  return {
    family: r.family,
    role_id: r.roleId,
    canonical_title: r.canonicalTitle,
    level: r.level,
    track: r.track,
    confidence: Number(r.confidence.toFixed(2)),
    adjacent: r.adjacent,
    specialties: r.specialties,
    area: r.area,
    normalize_error: null,
  };
}

/** The key of the records that names a column, folded only once for a file whose lines repeat their keys. */
const spelled = new Map<string, string>();

/** The value under `key`, or under the key that names the same column (column-name.ts). */
function valueOf(record: Record<string, unknown>, key: string): unknown {
  if (key in record) return record[key];
  const seen = spelled.get(key);
  if (seen !== undefined && seen in record) return record[seen];
  const want = columnKey(key);
  for (const k of Object.keys(record)) {
    if (columnKey(k) === want) {
      if (spelled.size < 64) spelled.set(key, k);
      return record[k];
    }
  }
  return undefined;
}

function contextOf(v: unknown): Context {
  return typeof v === 'string' && isProductDepartment(v) ? 'product' : 'general';
}

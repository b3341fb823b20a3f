import { LadderError } from '../errors.js';
import type { Framework } from '../framework/schema.js';
import { createNormalizer, type Normalizer } from '../normalize/normalizer.js';
import type { NormalizedTitle } from '../normalize/result.js';
import { TitleContext } from '../normalize/context.js';
import { isProductDepartment } from '../org/context.js';

/** What the warehouse functions do, whatever the engine: the bundle exposes these two. */
export interface UdfFunctions {
  /** `ladder_normalize(title [, context])`: NULL for a NULL title; a NULL context reads as general. */
  normalize(title: unknown, context?: unknown): NormalizedTitle | null;
  /** `ladder_is_product_department(department)`: the rule of `ladder normalize --context-column`; NULL is not a product department. */
  isProductDepartment(department: unknown): boolean;
}

/** SQL hands a missing value over as null (BigQuery, DuckDB) or undefined (Snowflake). */
function missing(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/**
 * The context argument as `ladder normalize --context` reads it (case and spaces do not
 * matter). Anything else stops the query with an error naming the value: a misspelt context
 * read as general would give plausible but wrong answers on every row.
 */
export function udfContext(value: unknown): TitleContext {
  if (missing(value)) return 'general';
  const parsed = TitleContext.safeParse(String(value).trim().toLowerCase());
  if (!parsed.success) throw new LadderError('udf-context', `ladder_normalize: the context must be 'general' or 'product', not '${String(value)}'`, { issues: [{ code: 'udf-context', message: 'unknown context', field: 'context', value: String(value) }] });
  return parsed.data;
}

/**
 * The functions over one framework. Each context's normalizer is compiled on its first use:
 * a query that only asks about departments, or only reads general titles, compiles nothing it
 * does not need (Snowflake evaluates a function's whole body in each of its JavaScript
 * contexts).
 */
export function createUdfFunctions(framework: Framework): UdfFunctions {
  const normalizers: Partial<Record<TitleContext, Normalizer>> = {};
  return {
    normalize(title, context) {
      const c = udfContext(context);
      if (missing(title)) return null;
      const n = (normalizers[c] ??= createNormalizer(framework, { context: c }));
      return n(String(title));
    },
    isProductDepartment(department) {
      return isProductDepartment(missing(department) ? undefined : String(department));
    },
  };
}

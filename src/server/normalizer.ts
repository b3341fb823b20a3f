import type { Framework } from '../core/framework/schema.js';
import { createNormalizer, type Normalizer, type TitleContext } from '../core/normalize/index.js';

/**
 * The title normalizer the API uses, compiled once per framework (the built-in one, and each
 * workspace's) and context (general, the default, or product).
 */
export type Normalize = Normalizer;

const cache = new WeakMap<Framework, Partial<Record<TitleContext, Normalize>>>();

export function normalizerFor(fw: Framework, context: TitleContext = 'general'): Normalize {
  let byContext = cache.get(fw);
  if (!byContext) cache.set(fw, (byContext = {}));
  let n = byContext[context];
  if (!n) n = byContext[context] = createNormalizer(fw, { context });
  return n;
}

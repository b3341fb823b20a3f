import type { Framework } from '../core/framework/schema.js';
import { createNormalizer, type Normalizer } from '../core/normalize/index.js';

/** The title normalizer the API uses, compiled once per framework (the built-in one, and each workspace's). */
export type Normalize = Normalizer;

const cache = new WeakMap<Framework, Normalize>();

export function normalizerFor(fw: Framework): Normalize {
  let n = cache.get(fw);
  if (!n) {
    n = createNormalizer(fw);
    cache.set(fw, n);
  }
  return n;
}

import * as z from 'zod';
import { TitleContext } from '../../core/normalize/index.js';
import { NormalizedTitle } from '../../core/normalize/result.js';

/** What the normalizer gives for one title: the core's own schema. */
export const NormalizedTitleSchema = NormalizedTitle.meta({ id: 'NormalizedTitle' });

export const MAX_TITLE_CHARS = 1000;
export const MAX_BATCH_TITLES = 10_000;

/** The context titles are read in; "general" when left out. */
const ContextField = TitleContext.optional();

export const NormalizeBody = z.strictObject({
  title: z.string().max(MAX_TITLE_CHARS).refine((t) => t.trim() !== '', 'the title is empty').describe('a job title as people write it: "Sr. PM, Payments (Remote)"'),
  context: ContextField,
});
export const NormalizeBatchBody = z.strictObject({ titles: z.array(z.string().max(MAX_TITLE_CHARS)).max(MAX_BATCH_TITLES), context: ContextField });
export const NormalizeBatchResult = z.object({ results: z.array(NormalizedTitleSchema) });

import * as z from 'zod';
import { Band, FamilyId, Track } from '../framework/schema.js';
import { TitleContext } from './context.js';

/** The look-alike families a title that is not a product role may belong to. */
export const AdjacentFamily = z.enum([
  'project-management',
  'program-management',
  'delivery-management',
  'business-analysis',
  'production',
  'product-design',
  'engineering',
  'sales',
  'support',
  'marketing',
  'other',
]);
export type AdjacentFamily = z.infer<typeof AdjacentFamily>;

/** Which words decided one part of the answer, and by which rule. */
export const ExplanationPart = z.object({
  words: z.array(z.string()).readonly().describe('the words of the title (folded to lower case) that decided it'),
  rule: z.string().describe('the rule that applied, in a few words'),
});
export type ExplanationPart = z.infer<typeof ExplanationPart>;

export const Explanation = z.object({
  family: ExplanationPart,
  level: ExplanationPart,
  track: ExplanationPart,
  /** One line for a person. */
  text: z.string(),
});
export type Explanation = z.infer<typeof Explanation>;

/** Another reading of an ambiguous title. */
export const Alternative = z.object({
  family: FamilyId.nullable(),
  adjacent: AdjacentFamily.nullable(),
  roleId: z.string().nullable(),
  level: Band.nullable(),
  track: Track.nullable(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
});
export type Alternative = z.infer<typeof Alternative>;

/** What the normalizer makes of one job title. */
export const NormalizedTitle = z.object({
  /** The product family, or null when the title is not a product role. */
  family: FamilyId.nullable(),
  /** For a title that is not a product role: the look-alike family it belongs to, when there is one. */
  adjacent: AdjacentFamily.nullable(),
  /** The framework role that fits best, and its title. */
  roleId: z.string().nullable(),
  canonicalTitle: z.string().nullable(),
  /** The level band, 0 (intern) to 10 (chief). */
  level: Band.nullable(),
  /** "ic", "management", or null when the words do not settle it. */
  track: Track.nullable(),
  /** Specialities named in the title: technical, growth, platform, data, ai, onboarding, ... */
  specialties: z.array(z.string()).readonly(),
  /** The team, area or product the title names ("payments", "google cloud"), folded to lower case. */
  area: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(Alternative).readonly(),
  explanation: Explanation,
  /** The context the title was read in: "general" or "product". */
  context: TitleContext,
});
export type NormalizedTitle = z.infer<typeof NormalizedTitle>;

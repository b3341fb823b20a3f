import * as z from 'zod';
import { Band, FamilyId, Id, Track } from '../framework/schema.js';
import { BehaviourId } from './competency-schema.js';

/**
 * An answer for one competency: the band whose behaviours the person shows (and those below),
 * "none" when not even the lowest band's, or the ids of the behaviours they show.
 */
export const AnswerValue = z.union([Band, z.literal('none'), z.array(BehaviourId)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The answers file: what `ladder assess --answers FILE` reads (JSON or YAML). */
export const AnswersFile = z.strictObject({
  person: z.string().trim().min(1, 'name the person assessed'),
  family: FamilyId.optional(),
  /** The person's current role: an id, title or alias. Sets the family, the track and the next role. */
  role: z.string().trim().min(1).optional(),
  /** The track to assess on when no role is given; both tracks when left out. */
  track: Track.optional(),
  /** When the evidence was gathered, YYYY-MM-DD; today when left out. */
  date: z.iso.date().optional(),
  answers: z.record(z.string(), AnswerValue),
  /** Free-text evidence per competency, kept with the assessment. */
  notes: z.record(z.string(), z.string()).optional(),
});
export type AnswersFile = z.infer<typeof AnswersFile>;

/** What is kept of an assessment: the answers, and the levels they gave at the time. */
export const AssessmentRecord = z.strictObject({
  id: z.string().min(1),
  person: z.string().min(1),
  family: FamilyId,
  role: Id.nullable(),
  track: z.enum(['ic', 'management', 'any']),
  /** ISO date or date-time. */
  date: z.string().min(10),
  answers: z.record(z.string(), AnswerValue),
  notes: z.record(z.string(), z.string()).default({}),
  /** The level each competency was at, by band; null below the lowest band. */
  levels: z.record(z.string(), Band.nullable()),
  supportedBand: Band.nullable(),
  nextRole: Id.nullable(),
  /** Share of the next role's criteria met, 0-1. */
  readiness: z.number().min(0).max(1).nullable(),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecord>;

/** The assessments file: `~/.product-ladder/assessments.json` unless told otherwise. */
export const AssessmentStore = z.strictObject({
  version: z.literal(1),
  assessments: z.array(AssessmentRecord),
});
export type AssessmentStore = z.infer<typeof AssessmentStore>;

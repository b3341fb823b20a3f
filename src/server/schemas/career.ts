import * as z from 'zod';
import type { AssessmentReport } from '../../core/career/assess.js';
import type { RoleRef } from '../../core/career/graph.js';
import type { Progress } from '../../core/career/history.js';
import type { Question } from '../../core/career/questions.js';
import { FamilyId, Fact, Track } from '../../core/framework/schema.js';
import type { SameShape } from './framework.js';

/** Response shapes of the self-assessment routes. The checks at the end keep them in step with the core's types. */

const AssessTrack = z.enum(['ic', 'management', 'any']);

export const RoleRefSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    family: z.string(),
    familyName: z.string(),
    band: z.number().int(),
    bandName: z.string(),
    track: Track,
  })
  .meta({ id: 'RoleRef' });

export const QuestionSchema = z
  .object({
    competency: z.string(),
    name: z.string(),
    summary: z.string(),
    choices: z.array(
      z.object({
        number: z.number().int().describe('0 is always "none of these yet"'),
        band: z.union([z.number().int(), z.literal('none')]).describe('the answer to send for this choice'),
        label: z.string().describe('"Band 3 (Senior)", with the track where a band has one cell per track'),
        behaviours: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'AssessmentQuestion' });

export const AssessmentQuestionsSchema = z
  .object({
    family: FamilyId,
    track: AssessTrack.describe('the track the questions are for: the one asked for, else the role\'s, or both ("any") when its next step is on the other track'),
    role: RoleRefSchema.nullable(),
    next: RoleRefSchema.nullable().describe('the role the answers will be measured against, when a role is given'),
    questions: z.array(QuestionSchema).describe('one per competency, as `ladder assess` asks them'),
  })
  .meta({ id: 'AssessmentQuestions' });

const Behaviour = z.object({ id: z.string(), text: z.string() });

const ProgressSchema = z.object({
  person: z.string(),
  family: z.string(),
  entries: z.array(
    z.object({
      id: z.string(),
      date: z.string(),
      role: z.string().nullable(),
      supportedBand: z.number().int().nullable(),
      readiness: z.number().nullable(),
      nextRole: z.string().nullable(),
    }),
  ),
  competencies: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      series: z.array(z.number().int().nullable()),
      first: z.number().int().nullable(),
      previous: z.number().int().nullable(),
      now: z.number().int().nullable(),
      sinceFirst: z.number().int().nullable(),
      sincePrevious: z.number().int().nullable(),
    }),
  ),
});

export const AssessmentReportSchema = z
  .object({
    id: z.string(),
    person: z.string(),
    family: FamilyId,
    familyName: z.string(),
    date: z.string(),
    track: AssessTrack,
    role: RoleRefSchema.nullable(),
    competencies: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: z.number().int().nullable().describe('the band the evidence supports for this competency; null below the lowest level'),
        levelName: z.string(),
        evidence: z.enum(['band', 'behaviours', 'none']),
        shown: z.array(z.string()).describe('behaviour ids counted as shown'),
        note: z.string().nullable(),
      }),
    ),
    supported: z
      .object({
        band: z.number().int().nullable(),
        bandName: z.string(),
        roles: z.array(RoleRefSchema),
        perBand: z.array(z.object({ band: z.number().int(), bandName: z.string(), atOrAbove: z.number().int(), of: z.number().int(), supported: z.boolean() })),
        explanation: z.string(),
      })
      .describe('the highest band two thirds of the competencies reach, and why'),
    current: z.object({ role: RoleRefSchema, comparison: z.enum(['above', 'at', 'below']), explanation: z.string() }).nullable(),
    next: z
      .object({
        role: RoleRefSchema,
        kind: z.string(),
        alternatives: z.array(RoleRefSchema),
        readiness: z.object({ met: z.number().int(), total: z.number().int(), share: z.number().min(0).max(1) }).describe("the next role's behaviours the answers show"),
        criteria: z.array(Fact),
      })
      .nullable(),
    gaps: z.array(
      z.object({
        competency: z.string(),
        name: z.string(),
        level: z.number().int().nullable(),
        target: z.number().int(),
        missing: z.array(Behaviour).describe('behaviours of the target level not yet shown'),
        suggestions: z.array(Fact),
      }),
    ),
    nextNote: z.string().nullable(),
    progress: ProgressSchema.nullable(),
  })
  .meta({ id: 'AssessmentReport' });

// Compile-time checks: a core type that gains or changes a field breaks the build here,
// instead of the API silently dropping it.
const sameReport: SameShape<z.output<typeof AssessmentReportSchema>, AssessmentReport> = true;
const sameRoleRef: SameShape<z.output<typeof RoleRefSchema>, RoleRef> = true;
const sameQuestion: SameShape<z.output<typeof QuestionSchema>, Question> = true;
const sameProgress: SameShape<z.output<typeof ProgressSchema>, Progress> = true;
void sameReport;
void sameRoleRef;
void sameQuestion;
void sameProgress;

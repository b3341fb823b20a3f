import * as z from 'zod';
import { Band, Fact, FamilyId, Id, SourceRef, Track } from '../framework/schema.js';

/**
 * A competency matrix: for one family, 5-8 competencies, each described band by band with
 * 2-3 observable behaviours. It is what a self-assessment is made of. One file per family,
 * `framework/competencies/<family>.yaml`; every cell cites its sources like the framework does.
 */

/** One cell: what a person at this band shows for this competency. */
export const CompetencyLevel = z.strictObject({
  band: Band,
  /** Only where the two tracks differ at this band; a cell without a track serves both. */
  track: Track.optional(),
  behaviours: z
    .array(z.string().trim().min(12, 'a behaviour is a short sentence someone could observe'))
    .min(2, 'each cell needs 2-3 observable behaviours')
    .max(3, 'each cell needs 2-3 observable behaviours'),
  source: z.array(SourceRef).min(1, 'every cell needs at least one source'),
});
export type CompetencyLevel = z.infer<typeof CompetencyLevel>;

export const Competency = z.strictObject({
  id: Id,
  name: z.string().trim().min(3),
  /** What the competency is about, in one sentence. */
  summary: z.string().trim().min(10),
  /** Concrete ways to grow it: what the report suggests for a gap. */
  develop: z.array(Fact).min(1).max(4),
  levels: z.array(CompetencyLevel).min(1),
});
export type Competency = z.infer<typeof Competency>;

export const CompetencyMatrixFile = z.strictObject({
  family: FamilyId,
  name: z.string().trim().min(3).optional(),
  competencies: z
    .array(Competency)
    .min(5, 'a matrix has 5-8 competencies')
    .max(8, 'a matrix has 5-8 competencies'),
});
export type CompetencyMatrixFile = z.infer<typeof CompetencyMatrixFile>;

/** Ids of behaviours: `<competency>.<band>.<n>`, or `<competency>.<band>.<track>.<n>` for a track's own cell. */
export const BehaviourId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.\d{1,2}(\.(ic|management))?\.\d$/, 'a behaviour id looks like "discovery.3.2"');
export { Band, Track };

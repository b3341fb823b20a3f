import { BAND_NAMES, type Framework } from '../framework/schema.js';
import { levelsFor, type AssessTrack, type CompetencyMatrix } from './competencies.js';

export interface QuestionChoice {
  /** What the person types. 0 is always "none of these yet". */
  number: number;
  band: number | 'none';
  label: string;
  behaviours: string[];
}
export interface Question {
  competency: string;
  name: string;
  summary: string;
  choices: QuestionChoice[];
}

/** The questions of an interactive self-assessment: one per competency, its levels as numbered choices. */
export function assessmentQuestions(matrix: CompetencyMatrix, track: AssessTrack, fw?: Framework): Question[] {
  return matrix.competencies.map((c) => {
    const levels = levelsFor(matrix, c, track, fw);
    return {
      competency: c.id,
      name: c.name,
      summary: c.summary,
      choices: [
        { number: 0, band: 'none' as const, label: 'None of these yet', behaviours: [] },
        ...levels.map((l, i) => ({
          number: i + 1,
          band: l.band,
          label: `Band ${l.band} (${BAND_NAMES[l.band]})${l.track ? `, ${l.track === 'ic' ? 'individual contributor' : 'management'} track` : ''}`,
          behaviours: l.behaviours.map((b) => b.text),
        })),
      ],
    };
  });
}

/** Reads a typed choice: a number from the list, or undefined when it is not one. */
export function parseChoice(question: Question, typed: string): QuestionChoice | undefined {
  const t = typed.trim();
  if (!/^\d{1,2}$/.test(t)) return undefined;
  return question.choices.find((c) => c.number === Number(t));
}

import { assess, type AssessInput, type AssessmentReport } from '../core/career/assess.js';
import type { AnswersFile } from '../core/career/assessment-record.js';
import type { CompetencyMatrix } from '../core/career/competencies.js';
import { LadderError, type Issue } from '../core/errors.js';
import type { Framework } from '../core/framework/schema.js';
import { HttpError } from './errors.js';

/**
 * Answers, as a request body sends them (the answers file `ladder assess --answers` reads),
 * evaluated by the core's `assess()`: what POST /assess answers and POST /workspace/assessments
 * keeps, so the two cannot differ. The date defaults to now. Answers that do not fit the matrix,
 * an unknown role or a family without a matrix are the request's fault: a 400 whose `field` is
 * the body field at fault ("answers.discovery", "role", "family"), every problem in `issues`.
 */
export function evaluateAnswers(fw: Framework, matrices: CompetencyMatrix[], body: AnswersFile, now: () => Date = () => new Date()): { report: AssessmentReport; input: AssessInput } {
  const input: AssessInput = { ...body, date: body.date ?? now().toISOString() };
  try {
    return { report: assess(fw, matrices, input), input };
  } catch (e) {
    if (e instanceof LadderError && e.userError) {
      const first = e.issues[0];
      throw new HttpError(400, e.code, e.message, first ? bodyField(first) : null, e.issues);
    }
    throw e;
  }
}

/** The request-body field an issue from `assess()` is about: answers.<competency> for an answer, else the issue's field. */
function bodyField(issue: Issue): string | null {
  if (issue.path?.startsWith('answers') && issue.field) return `answers.${issue.field}`;
  return issue.field ?? issue.path ?? null;
}

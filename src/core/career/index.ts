/**
 * Career navigation: next steps, routes between roles, what changes between two roles,
 * competency matrices and self-assessment. Pure: callers read files and own the clock.
 */
export { careerGraph, roleRef, MOVE_KINDS, type Move, type MoveKind, type RoleRef } from './graph.js';
export { nextSteps, type NextSteps, type SwitchPoint } from './next.js';
export { findPaths, type PathOptions, type PathResult, type PathStep, type Route, type NoRouteReason } from './paths.js';
export { diffRoles, type RoleDiff, type PayDiff, type ReportingDiff } from './diff.js';
export { matchFacts, similarity, contentWords, wordWeights, SAME_MEANING, MIN_SHARED_WORDS, type FactMatch, type FactPair, type WordWeights } from './text-match.js';
export { CompetencyMatrixFile, Competency, CompetencyLevel, BehaviourId } from './competency-schema.js';
export {
  loadCompetencies,
  matrixFor,
  levelsFor,
  type CompetencyMatrix,
  type MatrixCompetency,
  type MatrixCell,
  type Behaviour,
  type AssessTrack,
  type CompetencyDoc,
} from './competencies.js';
export { AnswersFile, AnswerValue, AssessmentRecord, AssessmentStore } from './assessment-record.js';
export { assess, nextRoleFor, toRecord, trackForAssessment, MOSTLY, type AssessInput, type AssessmentReport, type CompetencyResult, type Gap } from './assess.js';
export { progress, assessmentsOf, personKey, type Progress, type CompetencyProgress, type ProgressEntry } from './history.js';
export { assessmentQuestions, parseChoice, type Question, type QuestionChoice } from './questions.js';
export {
  renderAssessment,
  renderProgress,
  assessmentMarkdown,
  progressMarkdown,
  matrixMarkdown,
  htmlPage,
  escapeHtml,
  type ReportFormat,
} from './render-assessment.js';
export { nextStepsText, pathsText, diffText } from './render-text.js';

/**
 * Instruments module: definitions as data, exact scoring, FHIR mapping and the clinic text-pack loader.
 * Pure functions only (no I/O); see docs/instruments.md.
 */
export * from './types.js';
export { DEFINITIONS, getInstrument, instruments, isInstrumentId, UnknownInstrumentError } from './registry.js';
export type { InstrumentSummary } from './registry.js';
export { score, bandFor } from './score.js';
export { DEFAULT_CRISIS_RESOURCES } from './alerts.js';
export { isValidLoincCode, loincCheckDigit } from './loinc.js';
export { roundHalfUp, formatScore } from './rounding.js';
export { SCORER_NAME, SCORER_VERSION, questionnaireUrl } from './constants.js';
export { toQuestionnaire, totalExpression, PLAIN_SUM_INSTRUMENTS } from './questionnaire.js';
export type { QuestionnaireOptions } from './questionnaire.js';
export { toObservations } from './observation.js';
export type { ObservationContext } from './observation.js';
export { toQuestionnaireResponse, fromQuestionnaireResponse, AnswerFormatError } from './convert.js';
export type { FromQuestionnaireResponseResult, ToQuestionnaireResponseOptions } from './convert.js';
export { loadTextPack } from './text-pack.js';
export type { TextPack, TextPackItem, TextPackResult } from './text-pack.js';
export { createTotalScorer } from './fast.js';
export type { TotalScorer } from './fast.js';

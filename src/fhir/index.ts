/**
 * FHIR R4 exchange, independent of the server: Bundle -> patient drafts and an import report; case and assessment ->
 * Bundle. Pure functions (no I/O, no clock). See docs/fhir.md.
 */
export { importBundle, importBundleText, SUPPORTED_TYPES } from './import/importer.js';
export { toCaseDraft } from './import/to-case.js';
export type { CaseDraftOptions, CaseDraftResult } from './import/to-case.js';
export type * from './import/types.js';
export { resourceIdentity, relativeReference } from './identity.js';
export type { Identity } from './identity.js';
export { SYSTEM, CONDITION_CODES, PROCEDURE_CODES, SMOKING_ANSWERS, PAIN_SCORE_CODES } from './codes.js';
export { RXNORM_TABLE, INGREDIENTS, MEDICATION_CLASSES, CNS_DEPRESSANT_CLASSES, rxnormEntry, ingredientsInName } from './rxnorm.js';
export type { MedicationClass, RxNormEntry } from './rxnorm.js';

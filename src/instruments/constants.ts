/** Canonical URLs, code systems and extension URLs used by the instruments module. */

export const SCORER_NAME = 'spinepath-instruments';
/** Bump when any scoring rule, band or default policy changes (recorded in every result and Observation). */
export const SCORER_VERSION = '0.1.0';

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const SPINEPATH_FHIR = 'http://spinepath.org/fhir';
export const QUESTIONNAIRE_BASE = `${SPINEPATH_FHIR}/Questionnaire/`;
/** SpinePath answer codes for options without a LOINC answer code: `${ANSWER_SYSTEM_BASE}<instrument>`. */
export const ANSWER_SYSTEM_BASE = `${SPINEPATH_FHIR}/CodeSystem/answers-`;
/** SpinePath codes for scores without a LOINC code. */
export const SCORE_SYSTEM = `${SPINEPATH_FHIR}/CodeSystem/instrument-scores`;

export const EXT_ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const EXT_ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
export const EXT_MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const EXT_MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const EXT_CALCULATED_EXPRESSION =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
/** Marks an item whose text/option labels must come from the clinic's licensed text pack. */
export const EXT_TEXT_SOURCE = `${SPINEPATH_FHIR}/StructureDefinition/text-source`;

export const answerSystem = (instrument: string): string => `${ANSWER_SYSTEM_BASE}${instrument}`;
export const questionnaireUrl = (instrument: string): string => `${QUESTIONNAIRE_BASE}${instrument}`;

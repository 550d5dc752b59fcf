/**
 * SpinePath's own code systems, for concepts that have no sourced standard code: knowledge-base ids (causes,
 * findings, tests, red flags), case procedures and bands. They are SpinePath identifiers, not claims of a SNOMED CT,
 * CPT or LOINC meaning; the importer reads them back (round trip).
 */
export const SPINEPATH_BASE = 'http://spinepath.org/fhir';

export const SPINEPATH_CODES = {
  base: SPINEPATH_BASE,
  procedure: `${SPINEPATH_BASE}/CodeSystem/procedure`,
  surgeryRegion: `${SPINEPATH_BASE}/CodeSystem/surgery-region`,
  surgeryFlag: `${SPINEPATH_BASE}/CodeSystem/surgery-flag`,
  cause: `${SPINEPATH_BASE}/CodeSystem/cause`,
  band: `${SPINEPATH_BASE}/CodeSystem/probability-band`,
  finding: `${SPINEPATH_BASE}/CodeSystem/finding`,
  test: `${SPINEPATH_BASE}/CodeSystem/test`,
  redFlag: `${SPINEPATH_BASE}/CodeSystem/red-flag`,
  planStep: `${SPINEPATH_BASE}/CodeSystem/plan-step`,
} as const;

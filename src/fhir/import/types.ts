/**
 * What a FHIR import produces: one draft per patient (everything recognised, each item with the resource it came
 * from) and a report (what was mapped, what was not and why, counts, problems by path). Nothing is dropped silently.
 */
import type { OperationOutcome } from '@medplum/fhirtypes';
import type { Procedure as SurgeryProcedure } from '../../case/schema.js';
import type { Side } from '../../case/levels.js';
import type { MedicationClass } from '../rxnorm.js';

/** Where an item came from: the resource, its stable identity and its place in the bundle. */
export interface SourceRef {
  readonly resourceType: string;
  readonly id?: string;
  /** Stable identity (see identity.ts): the key the server de-duplicates repeated imports on. */
  readonly identity: string;
  /** Path of the resource in the bundle: `entry[3].resource`. */
  readonly path: string;
}

export type IssueSeverity = 'fatal' | 'error' | 'warning' | 'information';
/** FHIR IssueType codes used here. */
export type IssueCode = 'invalid' | 'structure' | 'required' | 'value' | 'code-invalid' | 'not-supported' | 'too-long' | 'informational' | 'duplicate';

export interface ImportIssue {
  readonly severity: IssueSeverity;
  readonly code: IssueCode;
  /** `entry[3].resource.code.coding[0]`, or `(file)` / `(root)` for the whole input. */
  readonly path: string;
  readonly message: string;
}

export interface CodeRef {
  readonly resourceType: string;
  readonly id?: string;
  /** `entry[3].resource.code.coding[0]` */
  readonly path: string;
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

export type MatchKind = 'code' | 'ingredient-name' | 'text';

export interface MappedCode extends CodeRef {
  /** What it became: `surgery`, `condition:psps-t2`, `finding:smoking`, `questionnaire:peg`, `medication:opioid`, ... */
  readonly to: string;
  /** `code`: matched in a sourced table; `ingredient-name` / `text`: matched by name, to be confirmed. */
  readonly match: MatchKind;
}

export interface UnmappedCode extends CodeRef {
  readonly reason: string;
}

export interface ImportReport {
  readonly bundleType?: string;
  readonly entries: number;
  /** Every resource type met, with its count (supported or not). */
  readonly resourcesByType: Record<string, number>;
  /** Resource types SpinePath does not read, with their count and ids: counted and listed, not mapped. */
  readonly unsupported: { resourceType: string; count: number; ids: string[] }[];
  readonly mapped: MappedCode[];
  readonly unmapped: UnmappedCode[];
  readonly issues: ImportIssue[];
}

export interface DraftSurgery {
  date?: string;
  region?: 'lumbar' | 'cervical';
  procedure?: SurgeryProcedure;
  levels: string[];
  side?: Side;
  instrumented?: boolean;
  fusion?: boolean;
  decompression?: boolean;
  /** How the operation was recognised: from a sourced code table, or from words in its name (to be confirmed). */
  match: MatchKind;
  codes: { system?: string; code?: string; display?: string }[];
  sources: SourceRef[];
}

export interface DraftCondition {
  meaning: string;
  system: string;
  code: string;
  display: string;
  clinicalStatus?: string;
  onset?: string;
  /** recordedDate (day), used when there is no onset. */
  recorded?: string;
  /** The condition has an abatement (abatement[x] given): it is over. */
  abated?: boolean;
  region?: 'lumbar' | 'cervical';
  /** The knowledge-base finding the code records, and when it counts (src/fhir/triage-codes.ts). */
  finding?: string;
  timing?: 'history' | 'current';
  /** The knowledge-base test result the diagnosis is (test id, result finding). */
  testResult?: { test: string; finding: string };
  source: SourceRef;
}

export interface DraftFinding {
  id: string;
  status: 'present' | 'absent' | 'unknown';
  date?: string;
  /** Why: the rule that produced it, in words. */
  because: string;
  sources: SourceRef[];
}

/** One result of a knowledge-base test, as the case format's testResults entry expects it (test id, date, results). */
export interface DraftTestResult {
  /** Knowledge-base test id (src/knowledge/diagnostic-tests.ts), e.g. `crp-esr`. */
  test: string;
  date: string;
  results: { id: string; status: 'present' | 'absent'; because: string; sources: SourceRef[] }[];
}

export interface DraftQuestionnaire {
  instrument: string;
  date?: string;
  answers?: Record<string, number>;
  score?: number;
  sources: SourceRef[];
}

export interface DraftPainScore {
  code: string;
  display: string;
  value: number;
  date?: string;
  site?: string;
  /** Why it is not a case field or a questionnaire entry. */
  note: string;
  source: SourceRef;
}

export interface DraftQuantity {
  value: number;
  unit?: string;
}

export interface DraftMedication {
  resourceType: 'MedicationRequest' | 'MedicationStatement';
  code?: { system?: string; code?: string; display?: string };
  name?: string;
  ingredients: string[];
  classes: MedicationClass[];
  /** `none`: not a class the safety rules use (kept in the list, listed as unmapped in the report). */
  match: 'code' | 'ingredient-name' | 'none';
  /** Strength per ingredient, from the coded Medication or the RxNorm clinical drug name. */
  strengths: { ingredient?: string; value: number; unit: string; per?: string }[];
  doseForm?: string;
  extendedRelease?: boolean;
  dose?: DraftQuantity;
  /** Timing: administrations per period; `perDay` when it can be computed. */
  frequency?: { count: number; countMax?: number; period: number; periodUnit: string; perDay?: number };
  asNeeded?: boolean;
  route?: string;
  dosageText?: string;
  status?: string;
  intent?: string;
  /** authoredOn (request) or the start of the effective period (statement). */
  start?: string;
  end?: string;
  source: SourceRef;
}

export interface PatientDraft {
  /** Stable identity of the patient (identity.ts). */
  identity: string;
  /** Every key the patient is known by in this bundle (fullUrl, Patient/id, identifiers). */
  aliases: string[];
  identifiers: { system?: string; value: string }[];
  hasPatientResource: boolean;
  birthDate?: string;
  /** Age in whole years at the reference date, when both are known. */
  age?: number;
  sex: 'female' | 'male' | 'other' | 'unknown';
  deceased?: string | boolean;
  surgeries: DraftSurgery[];
  conditions: DraftCondition[];
  findings: DraftFinding[];
  /**
   * Test results derived from observations (CRP, ESR, white cell count) and diagnoses that are imaging results, each
   * under the test that reports it. Optional so that drafts built elsewhere stay valid; the importer always sets it.
   */
  testResults?: DraftTestResult[];
  questionnaires: DraftQuestionnaire[];
  painScores: DraftPainScore[];
  medications: DraftMedication[];
  mme: { value: number; unit?: string; date?: string; source: SourceRef }[];
  /** Identities of every resource attributed to this patient (for de-duplication of repeated imports). */
  resources: { resourceType: string; identity: string }[];
}

export interface ImportOptions {
  /** The date ages are computed at (YYYY-MM-DD). Without it, ages are left out. */
  readonly referenceDate?: string;
}

export interface ImportResult {
  /** True when no error was found (warnings allowed). */
  readonly ok: boolean;
  /** Every error and warning, shaped as a FHIR OperationOutcome (expression = `Bundle.<path>`). */
  readonly outcome: OperationOutcome;
  readonly patients: PatientDraft[];
  readonly report: ImportReport;
}

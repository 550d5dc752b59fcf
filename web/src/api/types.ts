/**
 * The shapes the app reads from the server, written out here rather than imported from the server's sources so the
 * browser build never pulls in server code. Only the fields the app shows are listed; the server may send more.
 * Engine output fields mirror src/engine/assess.ts (Assessment), src/outcomes (Outcomes) and the plan/safety output.
 */

export type Role = 'patient' | 'clinician' | 'admin';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  patientId: string | null;
}

export interface Patient {
  id: string;
  careTeamId: string;
  mrn: string | null;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  pregnant: boolean | null;
  createdAt: string;
  updatedAt: string;
}

export type Urgency = 'routine' | 'urgent' | 'emergency';

/** One row of the caseload. */
export interface CaseloadRow {
  patientId: string;
  name: string;
  mrn: string | null;
  birthDate: string;
  age: number | null;
  sex: string;
  urgency: Urgency | null;
  redFlags: string[];
  topCause: { id: string; name: string; probability: number; band: string } | null;
  assessedOn: string | null;
  scores: { measure: string; label: string; latest: number; previous: number | null; date: string; direction: 'higher-is-worse' | 'higher-is-better' }[];
  followUpsDue: { label: string; status: string }[];
  escalations: number;
  alerts: number;
}

export interface CasePart<T = Record<string, unknown>> {
  id: string;
  patientId: string;
  code: string;
  date: string;
  data: T;
  createdAt: string;
  retracted: { at: string; reason: string | null } | null;
}

export interface Basis {
  kind: string;
  refs: string[];
  note?: string;
}

export interface Citation {
  id: string;
  short: string;
  citation: string;
}

export interface FiredRedFlag {
  id: string;
  code: string;
  name: string;
  urgency: Urgency;
  actions: string[];
  timeFrame: string;
  firedBy: { description: string; urgency: Urgency; findings: string[] }[];
  tests: string[];
  notes: string[];
  sources: string[];
  review?: { date: string; outcome: string; by?: string };
}

export interface EvidenceItem {
  finding: string;
  status: 'present' | 'absent';
  origin: { kind: string; path?: string; test?: string; from?: string };
  level?: string;
  side?: string;
  likelihoodRatio: number;
  logLr: number;
  clamped: boolean;
  group: string;
  direction: 'raises' | 'lowers';
  basis: Basis;
  earlyValue?: boolean;
}

export interface CauseScore {
  id: string;
  code: string;
  name: string;
  probability: number;
  band: string;
  range: { low: number; high: number };
  prior: { probability: number; operation: string; window: string; basis: Basis };
  logOdds: { prior: number; evidence: number; posterior: number };
  evidence: EvidenceItem[];
  groups: { group: string; raw: number; cap: number; applied: number; capped: boolean }[];
  correctableLesion: boolean;
}

export interface WorkupItem {
  test: string;
  code: string;
  name: string;
  priority: Urgency;
  rationale: string;
  invasiveness: string;
  costTier: number;
  redFlag?: string;
}

export interface TrendPoint {
  date: string;
  value: number;
  display: string;
}

export interface Trend {
  measure: string;
  label: string;
  instrument: string;
  unit: string;
  direction: 'higher-is-worse' | 'higher-is-better';
  points: TrendPoint[];
  baseline: TrendPoint & { rule: string };
  latest: TrendPoint;
  change: { absolute: number; percent: number | null; improvement: number; improvementPercent: number | null } | null;
  immpact: { category: string; label: string } | null;
  mic: { met: boolean; text: string } | null;
  thresholds: { text: string; basis: Basis }[];
}

export interface OutcomeAlert {
  id: string;
  level: 'urgent' | 'warning' | string;
  message: string;
  patientMessage?: string;
  date: string;
  resources?: { region: string; name: string; contact: string }[];
}

export interface Escalation {
  treatment: string;
  reviewDue: string;
  measure: string;
  threshold: string;
  reason: string;
  sources: string[];
}

export interface Outcomes {
  trends: Trend[];
  escalations: Escalation[];
  followUp: {
    baseline: string | null;
    points: { id: string; label: string; target: string; status: string; missing: string[] }[];
    dueNow: { id: string; label: string; status: 'due' | 'overdue'; missing: string[] }[];
  };
  alerts: OutcomeAlert[];
  sources: string[];
}

/** The plan and safety parts of an assessment (when the engine produces them): read defensively. */
export interface PlanItem {
  id?: string;
  key?: string;
  treatment?: string;
  code?: string;
  name?: string;
  title?: string;
  step?: string;
  recommendation?: string;
  rationale?: string;
  reason?: string;
  reasons?: string[];
  why?: string;
  cautions?: ({ text?: string; message?: string; description?: string; id?: string } | string)[];
  sources?: string[];
  review?: { weeks?: number; description?: string };
  [k: string]: unknown;
}

export interface Assessment {
  knowledgeBase: { version: string; hash: string };
  engine: { name: string; version: string };
  case: { id: string | null; assessmentDate: string };
  context: {
    region: 'lumbar' | 'cervical' | string;
    operation: string;
    latestOperation: { date: string; procedure: string; levels: string[] };
    monthsSinceSurgery: number;
    window: string;
    implant: boolean;
    fusion: boolean;
    operationCount: number;
  };
  triage: { urgency: Urgency; redFlags: FiredRedFlag[]; suppression: string | null };
  classification: {
    psps: { label: string; chronic: string };
    icd11: { code: string; display: string; status: string; criteria: { id: string; label: string; status: string; reason: string }[] };
    icd10cm: { code: string; display: string };
    phenotype: { phenotype: string; reasons: string[] };
  };
  causes: CauseScore[];
  excludedCauses: { id: string; code: string; name: string; reason: string }[];
  workup: WorkupItem[];
  outcomes?: Outcomes;
  plan?: unknown;
  safety?: unknown;
  patientVersion?: unknown;
  citations?: Citation[];
}

export interface StoredAssessment {
  id: string;
  patientId: string;
  assessmentDate: string;
  knowledgeBase: { version: string; hash: string };
  urgency: string;
  createdAt: string;
  output?: Assessment;
  case?: unknown;
}

export interface PlanStep {
  id: string;
  key: string;
  position: number;
  status: string;
  data: PlanItem;
  note: string | null;
  updatedAt: string;
}

export interface CarePlan {
  id: string;
  patientId: string;
  assessmentId: string;
  status: 'active' | 'superseded';
  data: unknown;
  createdAt: string;
  steps: PlanStep[];
}

export interface SignOff {
  id: string;
  recommendation: string;
  decision: 'accept' | 'override';
  reason: string | null;
  createdAt: string;
}

export interface DiaryEntry {
  id: string;
  date: string;
  nrs: number;
  note: string | null;
  createdAt: string;
}

export interface ScorePoint {
  responseId?: string;
  instrument: string;
  date: string;
  measure: string;
  value: number;
  display?: string | null;
  band?: string | null;
}

/** FHIR R4 Questionnaire, the parts the renderer reads. */
export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: string;
  required?: boolean;
  readOnly?: boolean;
  answerOption?: { valueCoding?: { code?: string; display?: string; system?: string }; extension?: { url: string; valueDecimal?: number }[] }[];
  extension?: { url: string; valueInteger?: number; valueCode?: string }[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  title?: string;
  description?: string;
  copyright?: string;
  item?: QuestionnaireItem[];
}

/** An instrument as offered to a patient. */
export interface DueQuestionnaire {
  instrument: string;
  name: string;
  due: boolean;
  lastDate: string | null;
  /** False when the clinic has not loaded the licensed text: the app does not offer it. */
  available: boolean;
}

export interface KnowledgeEntry {
  id: string;
  code?: string;
  name?: string;
  label?: string;
  [k: string]: unknown;
}

/**
 * The database schema as Kysely table types: one definition for SQLite and PostgreSQL (migrations in
 * `migrations.ts`). Portable column choices: ids are text (UUIDs), timestamps are ISO-8601 UTC text (sortable),
 * dates are `YYYY-MM-DD` text, booleans are integers 0/1, JSON payloads are text validated by zod on the way in
 * and on the way out. Columns that queries filter or sort on sit beside the payload.
 */
export const ROLES = ['patient', 'clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface SettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  /** For role patient: the patient record this account may see. */
  patient_id: string | null;
  disabled: number;
  /** Created by the demo seed (production refuses to start while any exists). */
  demo: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface CareTeamsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface CareTeamMembersTable {
  team_id: string;
  user_id: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token (the cookie holds the token; a stolen database holds no usable session). */
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface PatientsTable {
  id: string;
  care_team_id: string;
  /** The clinic's record number (optional, unique when given). */
  mrn: string | null;
  family_name: string;
  given_name: string;
  birth_date: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  pregnant: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  demo: number;
}

/**
 * The parts of a patient's record that make up the case (episodes, encounters, findings, test results, red-flag
 * reviews, treatments, medications) share one shape: the validated case-format JSON in `payload`, the date and the
 * code queries use, and a retraction (entered in error) instead of a delete.
 */
export interface CasePartTable {
  id: string;
  patient_id: string;
  /** finding id, test id, procedure, red-flag id, treatment id, medication code, encounter kind. */
  code: string;
  /** Effective date (YYYY-MM-DD): the record belongs to cases assessed on or after it. */
  date: string;
  episode_id: string | null;
  encounter_id: string | null;
  payload: string;
  created_at: string;
  created_by: string | null;
  retracted_at: string | null;
  retracted_by: string | null;
  retract_reason: string | null;
}

/** Per patient: goals, preferences and the spinal cord stimulation assessment (case format, JSON). */
export interface CareProfilesTable {
  patient_id: string;
  payload: string;
  updated_at: string;
  updated_by: string | null;
}

export interface QuestionnaireResponsesTable {
  id: string;
  patient_id: string;
  instrument: string;
  date: string;
  /** patient (self-reported through the app), clinician, import. */
  source: string;
  answers: string | null;
  /** A total entered by a clinician without item answers. */
  entered_score: number | null;
  /** The full ScoreResult (JSON) when answers were scored. */
  result: string | null;
  total: number | null;
  created_at: string;
  created_by: string | null;
  retracted_at: string | null;
}

export interface QuestionnaireScoresTable {
  id: string;
  response_id: string;
  patient_id: string;
  instrument: string;
  date: string;
  /** 'total' or 'subscore:<id>'. */
  measure: string;
  value: number;
  display: string | null;
  band: string | null;
}

export interface QuestionnaireSchedulesTable {
  patient_id: string;
  instrument: string;
  every_days: number;
  created_at: string;
}

export interface PainDiaryTable {
  id: string;
  patient_id: string;
  date: string;
  nrs: number;
  note: string | null;
  created_at: string;
  created_by: string | null;
}

export interface AssessmentsTable {
  id: string;
  patient_id: string;
  assessment_date: string;
  /** The validated Case the engine received (JSON). */
  case_json: string;
  kb_version: string;
  kb_hash: string;
  engine_version: string;
  /** The full engine output as the clinician saw it (JSON, with citations). */
  output_json: string;
  urgency: string;
  time_zone: string;
  created_at: string;
  created_by: string | null;
}

export interface CarePlansTable {
  id: string;
  patient_id: string;
  assessment_id: string;
  status: 'active' | 'superseded';
  payload: string;
  created_at: string;
}

export interface CarePlanStepsTable {
  id: string;
  plan_id: string;
  patient_id: string;
  step_key: string;
  position: number;
  status: string;
  payload: string;
  note: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface SignOffsTable {
  id: string;
  patient_id: string;
  assessment_id: string;
  recommendation: string;
  decision: 'accept' | 'override';
  reason: string | null;
  clinician_id: string;
  created_at: string;
}

export interface AuditEventsTable {
  /** Position in the chain (1, 2, ...), assigned under the audit_head row lock. */
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  patient_id: string | null;
  outcome: 'success' | 'failure';
  status_code: number;
  ip: string | null;
  user_agent: string | null;
  method: string | null;
  path: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface RateLimitsTable {
  key: string;
  window_start: number;
  count: number;
}

export interface CdsJtiTable {
  jti: string;
  issuer: string;
  expires_at: string;
}

export interface CdsFeedbackTable {
  id: string;
  service_id: string;
  /** The card's uuid as the service gave it. */
  card_uuid: string;
  outcome: 'accepted' | 'overridden';
  /** JSON: { reason?: Coding, userComment?: string }. */
  override_reason: string | null;
  /** JSON: [{ id }]. */
  accepted_suggestions: string | null;
  outcome_timestamp: string;
  /** The EHR (JWT iss) that reported it; null for unsigned development calls. */
  issuer: string | null;
  tenant: string | null;
  received_at: string;
}

export interface ImportIdentitiesTable {
  id: string;
  patient_id: string;
  /** Where the resource came from (a FHIR server base URL, a bundle identifier system, a file name). */
  source: string;
  /** Its identity there ('Observation/123' or 'system|value'). */
  identity: string;
  resource_type: string;
  local_table: string;
  local_id: string;
  content_hash: string;
  imported_at: string;
}

export interface Database {
  settings: SettingsTable;
  users: UsersTable;
  care_teams: CareTeamsTable;
  care_team_members: CareTeamMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  patients: PatientsTable;
  episodes: CasePartTable;
  encounters: CasePartTable;
  findings: CasePartTable;
  test_results: CasePartTable;
  red_flag_reviews: CasePartTable;
  treatments: CasePartTable;
  medications: CasePartTable;
  comorbidities: CasePartTable;
  devices: CasePartTable;
  care_profiles: CareProfilesTable;
  questionnaire_responses: QuestionnaireResponsesTable;
  questionnaire_scores: QuestionnaireScoresTable;
  questionnaire_schedules: QuestionnaireSchedulesTable;
  pain_diary: PainDiaryTable;
  assessments: AssessmentsTable;
  care_plans: CarePlansTable;
  care_plan_steps: CarePlanStepsTable;
  sign_offs: SignOffsTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  rate_limits: RateLimitsTable;
  cds_jti: CdsJtiTable;
  cds_feedback: CdsFeedbackTable;
  import_identities: ImportIdentitiesTable;
}

export const CASE_PART_TABLES = [
  'episodes',
  'encounters',
  'findings',
  'test_results',
  'red_flag_reviews',
  'treatments',
  'medications',
  'comorbidities',
  'devices',
] as const;
export type CasePartTableName = (typeof CASE_PART_TABLES)[number];

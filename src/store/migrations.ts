/**
 * Migrations, in code (nothing is read from files at run time): one list for SQLite and PostgreSQL, written with
 * Kysely's schema builder. Where the two differ (the triggers that make the audit table append-only) a migration
 * branches on the dialect. Never edit a migration that has shipped: add the next one.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import type { DialectName } from './connect.js';

// Migrations work on the database as it was then, not on today's typed schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const GENESIS_HASH = '0'.repeat(64);

/** A table of one case-part kind (store/case-parts.ts): the shape every kind shares. */
async function createCasePartTable(db: AnyDb, table: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('episode_id', 'text')
    .addColumn('encounter_id', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('retracted_at', 'text')
    .addColumn('retracted_by', 'text')
    .addColumn('retract_reason', 'text')
    .execute();
  await db.schema.createIndex(`${table}_patient_date`).on(table).columns(['patient_id', 'date']).execute();
}

function initial(dialect: DialectName): Migration {
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('care_teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('patients')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('care_team_id', 'text', (c) => c.notNull().references('care_teams.id'))
        .addColumn('mrn', 'text')
        .addColumn('family_name', 'text', (c) => c.notNull())
        .addColumn('given_name', 'text', (c) => c.notNull())
        .addColumn('birth_date', 'text', (c) => c.notNull())
        .addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('pregnant', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('patients_team').on('patients').column('care_team_id').execute();
      await db.schema.createIndex('patients_mrn').on('patients').column('mrn').unique().where(sql.ref('mrn'), 'is not', null).execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('patient_id', 'text', (c) => c.references('patients.id'))
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('care_team_members')
        .addColumn('team_id', 'text', (c) => c.notNull().references('care_teams.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('care_team_members_pk', ['team_id', 'user_id'])
        .execute();
      await db.schema.createIndex('care_team_members_user').on('care_team_members').column('user_id').execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();

      // The case-part tables of this migration, frozen (later kinds come in later migrations).
      for (const table of ['episodes', 'encounters', 'findings', 'test_results', 'red_flag_reviews', 'treatments', 'medications']) {
        await createCasePartTable(db, table);
      }

      await db.schema
        .createTable('questionnaire_responses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('instrument', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('answers', 'text')
        .addColumn('entered_score', 'double precision')
        .addColumn('result', 'text')
        .addColumn('total', 'double precision')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('retracted_at', 'text')
        .execute();
      await db.schema.createIndex('questionnaire_responses_patient').on('questionnaire_responses').columns(['patient_id', 'instrument', 'date']).execute();

      await db.schema
        .createTable('questionnaire_scores')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('response_id', 'text', (c) => c.notNull().references('questionnaire_responses.id'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('instrument', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('display', 'text')
        .addColumn('band', 'text')
        .execute();
      await db.schema.createIndex('questionnaire_scores_patient').on('questionnaire_scores').columns(['patient_id', 'instrument', 'date']).execute();

      await db.schema
        .createTable('questionnaire_schedules')
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('instrument', 'text', (c) => c.notNull())
        .addColumn('every_days', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('questionnaire_schedules_pk', ['patient_id', 'instrument'])
        .execute();

      await db.schema
        .createTable('pain_diary')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('nrs', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .execute();
      await db.schema.createIndex('pain_diary_patient').on('pain_diary').columns(['patient_id', 'date']).execute();

      await db.schema
        .createTable('assessments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('assessment_date', 'text', (c) => c.notNull())
        .addColumn('case_json', 'text', (c) => c.notNull())
        .addColumn('kb_version', 'text', (c) => c.notNull())
        .addColumn('kb_hash', 'text', (c) => c.notNull())
        .addColumn('engine_version', 'text', (c) => c.notNull())
        .addColumn('output_json', 'text', (c) => c.notNull())
        .addColumn('urgency', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .execute();
      await db.schema.createIndex('assessments_patient').on('assessments').columns(['patient_id', 'created_at']).execute();

      await db.schema
        .createTable('care_plans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('care_plans_patient').on('care_plans').columns(['patient_id', 'created_at']).execute();

      await db.schema
        .createTable('care_plan_steps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('care_plans.id'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('step_key', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .execute();
      await db.schema.createIndex('care_plan_steps_plan').on('care_plan_steps').columns(['plan_id', 'position']).execute();

      await db.schema
        .createTable('sign_offs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
        .addColumn('recommendation', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sign_offs_assessment').on('sign_offs').columns(['assessment_id', 'created_at']).execute();

      await db.schema
        .createTable('audit_events')
        .addColumn('seq', bigint, (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('resource_type', 'text')
        .addColumn('resource_id', 'text')
        .addColumn('patient_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .addColumn('method', 'text')
        .addColumn('path', 'text')
        .addColumn('detail', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_events_patient').on('audit_events').columns(['patient_id', 'seq']).execute();
      await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_id', 'seq']).execute();
      await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();

      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', bigint, (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.insertInto('audit_head').values({ id: 1, seq: 0, hash: GENESIS_HASH }).execute();

      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
          BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
          BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`.execute(db);
      } else {
        await sql`CREATE FUNCTION spinepath_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`.execute(db);
        await sql`CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
          FOR EACH ROW EXECUTE FUNCTION spinepath_audit_append_only()`.execute(db);
        await sql`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
          FOR EACH STATEMENT EXECUTE FUNCTION spinepath_audit_append_only()`.execute(db);
      }

      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', bigint, (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('cds_jti')
        .addColumn('jti', 'text', (c) => c.primaryKey())
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cds_jti_expires').on('cds_jti').column('expires_at').execute();

      await db.schema
        .createTable('import_identities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('identity', 'text', (c) => c.notNull())
        .addColumn('resource_type', 'text', (c) => c.notNull())
        .addColumn('local_table', 'text', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('import_identities_source_identity', ['source', 'identity'])
        .execute();
    },
  };
}

/** CDS Hooks feedback: what clinicians did with each card (accepted, overridden and why), as the EHR reported it. */
const cdsFeedback: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('cds_feedback')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('card_uuid', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text')
      .addColumn('accepted_suggestions', 'text')
      .addColumn('outcome_timestamp', 'text', (c) => c.notNull())
      .addColumn('issuer', 'text')
      .addColumn('tenant', 'text')
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('cds_feedback_card').on('cds_feedback').columns(['card_uuid', 'outcome_timestamp']).execute();
    // The CDS link card finds an EHR patient imported before by identity, whatever the source.
    await db.schema.createIndex('import_identities_identity').on('import_identities').columns(['identity', 'resource_type']).execute();
  },
};

/**
 * The plan inputs the case format gained with the plan and safety stage: comorbidities and implanted devices (case
 * parts), and one care profile per patient (goals, preferences, the TA159 spinal cord stimulation assessment).
 */
const caseProfile: Migration = {
  async up(db: AnyDb) {
    await createCasePartTable(db, 'comorbidities');
    await createCasePartTable(db, 'devices');
    await db.schema
      .createTable('care_profiles')
      .addColumn('patient_id', 'text', (c) => c.primaryKey().references('patients.id'))
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute();
  },
};

/** Every migration, in order. Names sort in the order they run. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-cds-feedback': cdsFeedback,
    '0003-case-profile': caseProfile,
  };
}

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

export { GENESIS_HASH };

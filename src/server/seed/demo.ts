/**
 * Demo mode (development only): on first start, seed a care team, a demo clinician, a demo patient and an admin with
 * random passwords (printed once, and kept in <data>/demo-credentials.txt), and one patient per example case and
 * vignette, each assessed on its case's assessment date. The demo patient account is linked to the patient with the
 * longest questionnaire history and gets a questionnaire schedule and pain diary. Production refuses to start while
 * any demo account or patient exists (main.ts).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { score } from '../../instruments/index.js';
import { appendAuditEvent } from '../../store/audit.js';
import { addDays, ageOn } from '../../store/clock.js';
import type { Store } from '../../store/connect.js';
import { setCareProfile } from '../../store/care-profiles.js';
import { CASE_PART_KINDS, insertCasePart } from '../../store/case-parts.js';
import { addDiaryEntry } from '../../store/diary.js';
import { randomToken } from '../../store/ids.js';
import { createPatient } from '../../store/patients.js';
import { insertQuestionnaireResponse, setSchedules } from '../../store/questionnaires.js';
import type { CasePartTableName, Database } from '../../store/schema.js';
import { getSetting, setSetting } from '../../store/settings.js';
import { addMember, createTeam } from '../../store/teams.js';
import { createUser } from '../../store/users.js';
import { assessAndStore } from '../assessments/assess-and-store.js';
import { hashPassword } from '../auth/password.js';
import type { ServerConfig } from '../config.js';
import { loadDemoCases, type DemoCase } from './demo-cases.js';

export const DEMO_SEEDED = 'demo-seeded';

export interface DemoCredentials {
  clinician: { email: string; password: string };
  patient: { email: string; password: string; patientName: string };
  admin: { email: string; password: string };
  patients: number;
}

const GIVEN = ['Alex', 'Sam', 'Robin', 'Jo', 'Kim', 'Lee', 'Morgan', 'Noor', 'Ari', 'Dana', 'Eli', 'Fran', 'Gale', 'Hana', 'Ira', 'Jules', 'Kai', 'Lou'];
const FAMILY = ['Ashdown', 'Brook', 'Carver', 'Dale', 'Eastwood', 'Fenwick', 'Garland', 'Holloway', 'Inglis', 'Jarrow', 'Kendal', 'Lowther', 'Marsh', 'Newby', 'Oakley', 'Pryce', 'Quarry', 'Rowan', 'Selby', 'Thorne'];

/** A birth date that gives `age` on `date` (mid-year birthday, for a readable demo). */
function birthDateFor(age: number, date: string): string {
  let b = addDays(date, -Math.round(age * 365.25) - 120);
  while (ageOn(b, date) > age) b = addDays(b, 30);
  while (ageOn(b, date) < age) b = addDays(b, -30);
  return b;
}

const password = () => randomToken(12);

async function seedCase(trx: Transaction<Database>, d: DemoCase, i: number, teamId: string, by: string, now: string, timeZone: string): Promise<string> {
  const c = d.case;
  const sex = c.patient.sex;
  const p = await createPatient(
    trx,
    {
      careTeamId: teamId,
      mrn: `DEMO-${String(i + 1).padStart(3, '0')}`,
      familyName: FAMILY[i % FAMILY.length]!,
      givenName: GIVEN[(i * 7) % GIVEN.length]!,
      birthDate: birthDateFor(c.patient.age, c.assessmentDate),
      sex,
      pregnant: c.patient.pregnant ?? null,
    },
    by,
    now,
    true,
  );
  const add = (table: CasePartTableName, data: Record<string, unknown>, date: string, encounterId?: string) =>
    insertCasePart(trx, CASE_PART_KINDS[table], { patientId: p.id, data, date, encounterId: encounterId ?? null, by, now });
  for (const s of c.surgeries) await add('episodes', s, s.date);
  const enc = await add('encounters', { date: c.assessmentDate, kind: 'clinic-visit', ...(Object.keys(c.pain).length ? { pain: c.pain } : {}), note: d.title.slice(0, 500) }, c.assessmentDate);
  for (const f of c.findings) await add('findings', f, f.date ?? c.assessmentDate, enc.id);
  for (const t of c.testResults) await add('test_results', t, t.date);
  for (const r of c.redFlagReviews) await add('red_flag_reviews', r, r.date);
  for (const t of c.treatments) await add('treatments', t, t.start);
  for (const m of c.medications) await add('medications', m, m.start ?? c.assessmentDate);
  for (const x of c.comorbidities) await add('comorbidities', x, c.assessmentDate);
  for (const x of c.devices) await add('devices', x, c.assessmentDate);
  if (c.goals.length || c.preferences.length || c.scsAssessment) {
    await setCareProfile(trx, p.id, { goals: c.goals, preferences: c.preferences, ...(c.scsAssessment ? { scsAssessment: c.scsAssessment } : {}) }, by, now);
  }
  for (const q of c.questionnaires) {
    const result = q.answers ? score(q.instrument, { instrument: q.instrument, date: q.date, answers: q.answers }) : null;
    await insertQuestionnaireResponse(trx, {
      patientId: p.id,
      instrument: q.instrument,
      date: q.date,
      source: 'clinician',
      answers: q.answers ?? null,
      enteredScore: q.answers ? null : (q.score ?? null),
      result: result && !result.errors.length ? result : null,
      by,
      now,
    });
  }
  await assessAndStore(trx, { patientId: p.id, assessmentDate: c.assessmentDate, by, timeZone, now });
  return p.id;
}

/** Seeds once (a marker in settings); returns the credentials when it seeded, undefined when already seeded. */
export async function seedDemo(store: Store, config: ServerConfig, now: Date, warn: (m: string) => void): Promise<DemoCredentials | undefined> {
  if (await getSetting(store.db, DEMO_SEEDED)) return undefined;
  const cases = loadDemoCases(undefined, warn);
  const at = now.toISOString();
  const creds = {
    clinician: { email: 'clinician@demo.spinepath.local', password: password() },
    patient: { email: 'patient@demo.spinepath.local', password: password(), patientName: '' },
    admin: { email: 'admin@demo.spinepath.local', password: password() },
    patients: 0,
  };
  const hash = (pw: string) => hashPassword(pw, config.passwordHash);
  const [hc, hp, ha] = await Promise.all([hash(creds.clinician.password), hash(creds.patient.password), hash(creds.admin.password)]);
  await (store.db as Kysely<Database>).transaction().execute(async (trx) => {
    const team = await createTeam(trx, 'Spine clinic (demo)', at);
    await createTeam(trx, 'Pain clinic (demo)', at);
    const clinician = await createUser(trx, { email: creds.clinician.email, displayName: 'Dr Demo Clinician', role: 'clinician', passwordHash: hc, demo: true }, at);
    await addMember(trx, team.id, clinician.id, at);
    await createUser(trx, { email: creds.admin.email, displayName: 'Demo Admin', role: 'admin', passwordHash: ha, demo: true }, at);
    const ids: { id: string; name: string; questionnaires: number }[] = [];
    for (const [i, d] of cases.entries()) {
      try {
        const id = await seedCase(trx, d, i, team.id, clinician.id, at, config.timeZone);
        ids.push({ id, name: `${GIVEN[(i * 7) % GIVEN.length]} ${FAMILY[i % FAMILY.length]}`, questionnaires: d.case.questionnaires.length });
      } catch (e) {
        warn(`demo seed: ${d.source} not seeded: ${(e as Error).message}`);
        throw e;
      }
    }
    const chosen = [...ids].sort((a, b) => b.questionnaires - a.questionnaires)[0];
    if (chosen) {
      await createUser(trx, { email: creds.patient.email, displayName: chosen.name, role: 'patient', passwordHash: hp, patientId: chosen.id, demo: true }, at);
      creds.patient.patientName = chosen.name;
      await setSchedules(trx, chosen.id, [{ instrument: 'nrs', everyDays: 7 }, { instrument: 'odi', everyDays: 28 }, { instrument: 'phq9', everyDays: 28 }], at);
      const today = at.slice(0, 10);
      for (const [k, nrs] of [7, 6, 6, 5, 6, 4, 5].entries()) {
        await addDiaryEntry(trx, { patientId: chosen.id, date: addDays(today, k - 7), nrs, note: k === 5 ? 'Better after the walk' : null, by: clinician.id, now: at });
      }
    }
    creds.patients = ids.length;
    await appendAuditEvent(trx, store.dialect, {
      at,
      actorId: null,
      actorRole: 'system',
      action: 'create',
      resourceType: 'DemoSeed',
      resourceId: null,
      patientId: null,
      outcome: 'success',
      statusCode: 201,
      ip: null,
      userAgent: null,
      method: null,
      path: null,
      detail: { patients: ids.length },
    });
    await setSetting(trx, DEMO_SEEDED, at);
  });
  try {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(join(config.dataDir, 'demo-credentials.txt'), formatCredentials(creds), { mode: 0o600 });
  } catch (e) {
    warn(`could not write demo-credentials.txt: ${(e as Error).message}`);
  }
  return creds;
}

export function formatCredentials(c: DemoCredentials): string {
  return [
    'SpinePath demo accounts (development mode only; shown once, also in <data>/demo-credentials.txt)',
    `  clinician  ${c.clinician.email}  password: ${c.clinician.password}`,
    `  patient    ${c.patient.email}  password: ${c.patient.password}  (${c.patient.patientName})`,
    `  admin      ${c.admin.email}  password: ${c.admin.password}`,
    `  ${c.patients} demo patients in "Spine clinic (demo)"`,
    '',
  ].join('\n');
}

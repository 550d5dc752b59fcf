/** Patient records: identity (name, birth date, sex), the clinic's record number and the care team. */
import type { Executor } from './executor.js';
import { newId } from './ids.js';
import type { PatientsTable } from './schema.js';

export type Sex = PatientsTable['sex'];

export interface Patient {
  id: string;
  careTeamId: string;
  mrn: string | null;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: Sex;
  pregnant: boolean | null;
  createdAt: string;
  updatedAt: string;
}

export function toPatient(r: PatientsTable): Patient {
  return {
    id: r.id,
    careTeamId: r.care_team_id,
    mrn: r.mrn,
    familyName: r.family_name,
    givenName: r.given_name,
    birthDate: r.birth_date,
    sex: r.sex,
    pregnant: r.pregnant === null ? null : !!r.pregnant,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewPatient {
  careTeamId: string;
  mrn?: string | null;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: Sex;
  pregnant?: boolean | null;
}

export async function createPatient(db: Executor, p: NewPatient, by: string | null, now: string, demo = false): Promise<Patient> {
  const row: PatientsTable = {
    id: newId(),
    care_team_id: p.careTeamId,
    mrn: p.mrn ?? null,
    family_name: p.familyName,
    given_name: p.givenName,
    birth_date: p.birthDate,
    sex: p.sex,
    pregnant: p.pregnant === undefined || p.pregnant === null ? null : p.pregnant ? 1 : 0,
    created_at: now,
    updated_at: now,
    created_by: by,
    demo: demo ? 1 : 0,
  };
  await db.insertInto('patients').values(row).execute();
  return toPatient(row);
}

export async function getPatient(db: Executor, id: string): Promise<Patient | undefined> {
  const r = await db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toPatient(r);
}

export async function findPatientByMrn(db: Executor, mrn: string): Promise<Patient | undefined> {
  const r = await db.selectFrom('patients').selectAll().where('mrn', '=', mrn).executeTakeFirst();
  return r && toPatient(r);
}

/** The care team of a patient, or undefined when there is no such patient (access checks). */
export async function careTeamOf(db: Executor, id: string): Promise<string | undefined> {
  const r = await db.selectFrom('patients').select('care_team_id').where('id', '=', id).executeTakeFirst();
  return r?.care_team_id;
}

export async function listPatients(db: Executor, f: { teamIds?: string[]; search?: string; limit?: number; offset?: number }): Promise<Patient[]> {
  let q = db.selectFrom('patients').selectAll();
  if (f.teamIds) {
    if (f.teamIds.length === 0) return [];
    q = q.where('care_team_id', 'in', f.teamIds);
  }
  if (f.search) {
    const s = `%${f.search.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['family_name']), 'like', s), eb(eb.fn('lower', ['given_name']), 'like', s), eb('mrn', '=', f.search!)]),
    );
  }
  const rows = await q.orderBy('family_name').orderBy('given_name').orderBy('id').limit(f.limit ?? 100).offset(f.offset ?? 0).execute();
  return rows.map(toPatient);
}

export async function updatePatient(
  db: Executor,
  id: string,
  patch: Partial<Omit<NewPatient, 'careTeamId'>> & { careTeamId?: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('patients')
    .set({
      ...(patch.careTeamId !== undefined ? { care_team_id: patch.careTeamId } : {}),
      ...(patch.mrn !== undefined ? { mrn: patch.mrn } : {}),
      ...(patch.familyName !== undefined ? { family_name: patch.familyName } : {}),
      ...(patch.givenName !== undefined ? { given_name: patch.givenName } : {}),
      ...(patch.birthDate !== undefined ? { birth_date: patch.birthDate } : {}),
      ...(patch.sex !== undefined ? { sex: patch.sex } : {}),
      ...(patch.pregnant !== undefined ? { pregnant: patch.pregnant === null ? null : patch.pregnant ? 1 : 0 } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

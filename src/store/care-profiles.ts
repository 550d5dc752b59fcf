/**
 * The care profile of a patient: goals, preferences and the NICE TA159 spinal cord stimulation assessment (the case
 * format's `goals`, `preferences` and `scsAssessment`), one document per patient, replaced as a whole.
 */
import { z } from 'zod';
import { goalsSchema, preferencesSchema, scsAssessmentSchema } from '../case/plan-inputs.js';
import { fromJson, toJson, type Executor } from './executor.js';

export const careProfileSchema = z
  .object({
    goals: goalsSchema.default([]),
    preferences: preferencesSchema.default([]),
    scsAssessment: scsAssessmentSchema.optional(),
  })
  .strict();
export type CareProfile = z.infer<typeof careProfileSchema>;

export interface CareProfileRecord {
  profile: CareProfile;
  updatedAt: string | null;
  updatedBy: string | null;
}

export async function getCareProfile(db: Executor, patientId: string): Promise<CareProfileRecord> {
  const r = await db.selectFrom('care_profiles').selectAll().where('patient_id', '=', patientId).executeTakeFirst();
  if (!r) return { profile: { goals: [], preferences: [] }, updatedAt: null, updatedBy: null };
  return { profile: fromJson<CareProfile>(r.payload) ?? { goals: [], preferences: [] }, updatedAt: r.updated_at, updatedBy: r.updated_by };
}

export async function setCareProfile(db: Executor, patientId: string, profile: CareProfile, by: string | null, now: string): Promise<void> {
  const payload = toJson(profile);
  await db
    .insertInto('care_profiles')
    .values({ patient_id: patientId, payload, updated_at: now, updated_by: by })
    .onConflict((oc) => oc.column('patient_id').doUpdateSet({ payload, updated_at: now, updated_by: by }))
    .execute();
}

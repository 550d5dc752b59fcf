/**
 * Care plans: made from an assessment's plan (when the engine produces one), one step per recommendation, each step
 * with a status the care team moves on. A new plan supersedes the patient's active one; step history stays.
 */
import { fromJson, toJson, type Executor } from './executor.js';
import { newId } from './ids.js';

export const STEP_STATUSES = ['proposed', 'accepted', 'declined', 'in-progress', 'completed', 'stopped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface CarePlanStep {
  id: string;
  key: string;
  position: number;
  status: string;
  data: unknown;
  note: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface CarePlan {
  id: string;
  patientId: string;
  assessmentId: string;
  status: 'active' | 'superseded';
  data: unknown;
  createdAt: string;
  steps: CarePlanStep[];
}

export async function createPlan(
  db: Executor,
  p: { patientId: string; assessmentId: string; data: unknown; steps: { key: string; data: unknown }[]; by: string | null; now: string },
): Promise<CarePlan> {
  await db.updateTable('care_plans').set({ status: 'superseded' }).where('patient_id', '=', p.patientId).where('status', '=', 'active').execute();
  const id = newId();
  await db.insertInto('care_plans').values({ id, patient_id: p.patientId, assessment_id: p.assessmentId, status: 'active', payload: toJson(p.data), created_at: p.now }).execute();
  const steps: CarePlanStep[] = p.steps.map((s, i) => ({ id: newId(), key: s.key, position: i, status: 'proposed', data: s.data, note: null, updatedAt: p.now, updatedBy: p.by }));
  if (steps.length) {
    await db
      .insertInto('care_plan_steps')
      .values(steps.map((s) => ({ id: s.id, plan_id: id, patient_id: p.patientId, step_key: s.key, position: s.position, status: s.status, payload: toJson(s.data), note: null, updated_at: p.now, updated_by: p.by })))
      .execute();
  }
  return { id, patientId: p.patientId, assessmentId: p.assessmentId, status: 'active', data: p.data, createdAt: p.now, steps };
}

async function stepsOf(db: Executor, planIds: string[]): Promise<Map<string, CarePlanStep[]>> {
  const out = new Map<string, CarePlanStep[]>();
  if (!planIds.length) return out;
  const rows = await db.selectFrom('care_plan_steps').selectAll().where('plan_id', 'in', planIds).orderBy('position').execute();
  for (const r of rows) {
    const list = out.get(r.plan_id) ?? [];
    list.push({ id: r.id, key: r.step_key, position: Number(r.position), status: r.status, data: fromJson(r.payload), note: r.note, updatedAt: r.updated_at, updatedBy: r.updated_by });
    out.set(r.plan_id, list);
  }
  return out;
}

export async function listPlans(db: Executor, patientId: string, f: { activeOnly?: boolean } = {}): Promise<CarePlan[]> {
  let q = db.selectFrom('care_plans').selectAll().where('patient_id', '=', patientId);
  if (f.activeOnly) q = q.where('status', '=', 'active');
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').execute();
  const steps = await stepsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    patientId: r.patient_id,
    assessmentId: r.assessment_id,
    status: r.status,
    data: fromJson(r.payload),
    createdAt: r.created_at,
    steps: steps.get(r.id) ?? [],
  }));
}

export async function getPlan(db: Executor, patientId: string, id: string): Promise<CarePlan | undefined> {
  return (await listPlans(db, patientId)).find((p) => p.id === id);
}

export async function updateStep(
  db: Executor,
  patientId: string,
  planId: string,
  stepId: string,
  patch: { status: StepStatus; note: string | null; by: string | null; now: string },
): Promise<boolean> {
  const r = await db
    .updateTable('care_plan_steps')
    .set({ status: patch.status, note: patch.note, updated_at: patch.now, updated_by: patch.by })
    .where('patient_id', '=', patientId)
    .where('plan_id', '=', planId)
    .where('id', '=', stepId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

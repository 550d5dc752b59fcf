/**
 * The patient's pain diary: "pain now" on a 0-10 NRS with a note. Kept apart from the NRS questionnaire (average over
 * the past week) because the two recall periods must not be mixed in one time series (docs/instruments.md).
 */
import type { Executor } from './executor.js';
import { newId } from './ids.js';

export interface DiaryEntry {
  id: string;
  date: string;
  nrs: number;
  note: string | null;
  createdAt: string;
}

export async function addDiaryEntry(
  db: Executor,
  e: { patientId: string; date: string; nrs: number; note: string | null; by: string | null; now: string },
): Promise<DiaryEntry> {
  const id = newId();
  await db
    .insertInto('pain_diary')
    .values({ id, patient_id: e.patientId, date: e.date, nrs: e.nrs, note: e.note, created_at: e.now, created_by: e.by })
    .execute();
  return { id, date: e.date, nrs: e.nrs, note: e.note, createdAt: e.now };
}

export async function listDiary(db: Executor, patientId: string, f: { from?: string; to?: string } = {}): Promise<DiaryEntry[]> {
  let q = db.selectFrom('pain_diary').selectAll().where('patient_id', '=', patientId);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  const rows = await q.orderBy('date').orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, date: r.date, nrs: Number(r.nrs), note: r.note, createdAt: r.created_at }));
}

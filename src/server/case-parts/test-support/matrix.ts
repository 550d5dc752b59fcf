/** Authorisation matrix rows: the four routes of every case-part kind. */
import { CASE_PART_KINDS, insertCasePart } from '../../../store/case-parts.js';
import { CASE_PART_TABLES, type CasePartTableName } from '../../../store/schema.js';
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

/** A valid `data` for each kind. */
export const SAMPLE_DATA: Record<CasePartTableName, Record<string, unknown>> = {
  episodes: { date: '2024-01-10', region: 'lumbar', procedure: 'discectomy', levels: ['L4-L5'], side: 'left', instrumented: false, fusion: false },
  encounters: { date: '2026-03-01', kind: 'clinic-visit', pain: { back: 2, leg: 5 } },
  findings: { id: 'fever', status: 'absent' },
  test_results: { test: 'mri-gadolinium', date: '2026-03-02', results: [{ id: 'enhancing-scar-on-gadolinium-mri', status: 'absent' }] },
  red_flag_reviews: { redFlag: 'postoperative-infection', date: '2026-03-03', outcome: 'excluded' },
  treatments: { treatment: 'exercise-therapy', start: '2025-06-02', status: 'completed' },
  medications: { name: 'ibuprofen', dose: 400, unit: 'mg', frequencyPerDay: 3, start: '2026-01-01' },
  comorbidities: { id: 'renal-impairment', egfr: 45 },
  devices: { kind: 'pacemaker', mrConditional: true },
};

export const matrix: MatrixTable = {};
for (const table of CASE_PART_TABLES) {
  const kind = CASE_PART_KINDS[table];
  const base = `/api/patients/:patientId/${kind.segment}`;
  const fresh = async (c: Parameters<MatrixTable[string]['request']>[0]) =>
    (await insertCasePart(c.t.store.db, kind, { patientId: c.f.patientId, data: SAMPLE_DATA[table], date: kind.date(SAMPLE_DATA[table]) ?? '2026-03-01', by: null, now: c.t.clock.now().toISOString() })).id;
  matrix[`GET ${base}`] = { request: (c) => ({ url: pa(c, `/${kind.segment}`) }), expect: expect.record(200) };
  matrix[`POST ${base}`] = { request: (c) => ({ url: pa(c, `/${kind.segment}`), body: { data: SAMPLE_DATA[table] } }), expect: expect.clinicianRecord(201) };
  matrix[`GET ${base}/:recordId`] = { request: async (c) => ({ url: pa(c, `/${kind.segment}/${await fresh(c)}`) }), expect: expect.record(200) };
  matrix[`DELETE ${base}/:recordId`] = { request: async (c) => ({ url: pa(c, `/${kind.segment}/${await fresh(c)}?reason=matrix`) }), expect: expect.clinicianRecord(204) };
}

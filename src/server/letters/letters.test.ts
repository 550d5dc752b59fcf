/**
 * PDF documents over HTTP, on SQLite and PostgreSQL: the clinician letter and the patient plan of a stored
 * assessment, their text (red flag, top cause, knowledge-base version, citations), who may fetch them, the audit
 * event of each download, and that a stored assessment prints as stored even when today's engine would say otherwise.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCase } from '../../case/validate.js';
import type { CitedAssessment } from '../../engine/assess.js';
import { extractPdfText } from '../../pdf/test-support/extract-text.js';
import { toWinAnsi } from '../../pdf/winansi.js';
import { queryAudit } from '../../store/audit.js';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { startTestServer, type TestServer } from '../test-support/harness.js';
import { storeCase } from './test-support/store-case.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'PDF letters');

const example = (name: string) => {
  const v = validateCase(JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.case;
};

describe.each(dbs.run)('PDF letters on %s', (kind) => {
  let t: TestServer;
  let base: string;
  let assessmentId: string;
  let output: CitedAssessment;

  beforeAll(async () => {
    t = await startTestServer(kind);
    const c = example('cauda-equina-after-decompression.json');
    await storeCase(t.store.db, t.patientA.id, c, t.clock.now().toISOString());
    const res = await t.call(t.callers.clinicianIn, 'POST', `/api/patients/${t.patientA.id}/assessments`, { assessmentDate: c.assessmentDate });
    expect(res.statusCode, res.body).toBe(201);
    assessmentId = res.json().assessment.id;
    output = res.json().assessment.output;
    base = `/api/patients/${t.patientA.id}/assessments/${assessmentId}`;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('serves the clinician letter: red flag first, top cause, knowledge-base version and hash, citations, sign-off', async () => {
    const flag = output.triage.redFlags[0]!;
    const so = await t.call(t.callers.clinicianIn, 'POST', `${base}/sign-offs`, { decisions: [{ recommendation: `red-flag:${flag.id}`, decision: 'accept' }] });
    expect(so.statusCode, so.body).toBe(201);

    const res = await t.call(t.callers.clinicianIn, 'GET', `${base}/letter.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('inline; filename="spinepath-letter-2026-03-04.pdf"');
    const x = extractPdfText(res.rawPayload);
    expect(x.text).toContain('ABLE, Anna (female), born 1984-06-02');
    expect(x.text).toContain(`version ${output.knowledgeBase.version}, hash ${output.knowledgeBase.hash}`);
    expect(x.text).toContain(`RED FLAG ${flag.code}`);
    expect(x.text.indexOf(`RED FLAG ${flag.code}`)).toBeLessThan(x.text.indexOf('Likely causes, ranked'));
    expect(x.text).toContain(`1. ${output.causes[0]!.name} (${output.causes[0]!.code})`);
    expect(x.text).toContain('ACCEPTED: ');
    expect(x.text).toContain('clinician.in');
    const cite = output.citations.find((c) => c.id === 'nice-ng59')!;
    expect(x.text).toContain(toWinAnsi(cite.citation).slice(0, 60));
    expect(x.text).toMatch(/Page 1 of \d+/);
  });

  it('prints the assessment as stored, not as today\'s engine would compute it', async () => {
    const row = await t.store.db.selectFrom('assessments').select(['output_json']).where('id', '=', assessmentId).executeTakeFirstOrThrow();
    const stored = JSON.parse(row.output_json) as CitedAssessment;
    const doctored = { ...stored, causes: stored.causes.map((c, i) => (i === 0 ? { ...c, name: 'Cause as worded by an earlier knowledge base' } : c)) };
    const other = await t.call(t.callers.clinicianIn, 'POST', `/api/patients/${t.patientA.id}/assessments`, { assessmentDate: '2026-03-04' });
    const otherId = other.json().assessment.id as string;
    await t.store.db.updateTable('assessments').set({ output_json: JSON.stringify(doctored), kb_version: '2025.01.1' }).where('id', '=', otherId).execute();
    const res = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${t.patientA.id}/assessments/${otherId}/letter.pdf`);
    const x = extractPdfText(res.rawPayload);
    expect(x.text).toContain('1. Cause as worded by an earlier knowledge base');
    expect(x.text).toContain('version 2025.01.1');
  });

  it('serves the patient plan to the patient and their clinicians, in plain words', async () => {
    const own = await t.call(t.callers.patientA, 'GET', `${base}/patient-plan.pdf`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    const x = extractPdfText(own.rawPayload);
    for (const h of ['Your care plan', 'Please act on this today', 'What we think is going on', 'Tests and why', 'Your options', 'What you can do', 'When to get urgent help']) expect(x.text).toContain(h);
    expect(x.text).toContain('go to an emergency department now');
    expect((await t.call(t.callers.clinicianIn, 'GET', `${base}/patient-plan.pdf`)).statusCode).toBe(200);
  });

  it('refuses everyone else with the matrix answers, and names a missing assessment', async () => {
    expect((await t.call(t.callers.patientA, 'GET', `${base}/letter.pdf`)).statusCode).toBe(403);
    expect((await t.call(t.callers.patientB, 'GET', `${base}/patient-plan.pdf`)).statusCode).toBe(404);
    expect((await t.call(t.callers.clinicianOut, 'GET', `${base}/letter.pdf`)).statusCode).toBe(404);
    expect((await t.call(t.callers.admin, 'GET', `${base}/letter.pdf`)).statusCode).toBe(403);
    expect((await t.call(t.callers.anonymous, 'GET', `${base}/letter.pdf`)).statusCode).toBe(401);
    const missing = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${t.patientA.id}/assessments/00000000-0000-4000-8000-000000000000/letter.pdf`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().errors[0]).toMatchObject({ path: 'params.assessmentId', message: 'assessment not found' });
  });

  it('audits every download with the document it was', async () => {
    const events = await queryAudit(t.store.db, { patientId: t.patientA.id, action: 'export', limit: 100 });
    const docs = events.filter((e) => e.resource_type === 'Assessment' && e.outcome === 'success').map((e) => JSON.parse(e.detail ?? '{}').document);
    expect(docs).toContain('clinician-letter');
    expect(docs).toContain('patient-plan');
    const own = events.find((e) => e.actor_id === t.callers.patientA.userId && e.path?.endsWith('/patient-plan.pdf'));
    expect(own).toMatchObject({ outcome: 'success', status_code: 200, method: 'GET' });
    const refused = await queryAudit(t.store.db, { patientId: t.patientA.id, outcome: 'failure', limit: 100 });
    expect(refused.some((e) => e.path?.endsWith('/letter.pdf') && e.status_code === 403)).toBe(true);
  });
});

/**
 * FHIR R4 exchange over HTTP, on SQLite and PostgreSQL: the AHRQ Pain Management Summary patient and the two Synthea
 * patients (real input nobody here wrote, ../shared/peers) import without error with their opioids, pain observations
 * and conditions recognised and the rest reported; a second import adds nothing; bad input (malformed JSON, a
 * resource that is not a Bundle, an oversized body, an invalid entry, another person's bundle) is a 4xx naming the
 * field, an OperationOutcome for FHIR clients, with nothing written; the export validates resource by resource.
 */
import { readFileSync } from 'node:fs';
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCase } from '../../case/validate.js';
import { fhirIssues, prepareMedplum } from '../../fhir/test-support/validators.js';
import { queryAudit } from '../../store/audit.js';
import { createPatient, type Patient } from '../../store/patients.js';
import { insertQuestionnaireResponse } from '../../store/questionnaires.js';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { storeCase } from '../letters/test-support/store-case.js';
import { startTestServer, type TestServer } from '../test-support/harness.js';
import type { ImportSummary } from './import.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'FHIR routes');

const PEERS = new URL('../../../../shared/peers/', import.meta.url);
const peer = (p: string) => readFileSync(new URL(p, PEERS), 'utf8');
const AHRQ = peer('fhir/ahrq-pms-brenda-jackson.json');
const SYNTHEA = { jacki: peer('synthea/Jacki_Feil.json'), randolph: peer('synthea/Randolph_Wisoky.json') };
const FHIR = { 'content-type': 'application/fhir+json', accept: 'application/fhir+json' };

const COUNTED = ['patients', 'episodes', 'encounters', 'findings', 'test_results', 'treatments', 'medications', 'questionnaire_responses', 'questionnaire_scores', 'import_identities'] as const;

describe.each(dbs.run)('FHIR routes on %s', (kind) => {
  let t: TestServer;
  let brenda: Patient;
  let jacki: Patient;
  let randolph: Patient;

  const rowCounts = async () => {
    const out: Record<string, number> = {};
    for (const table of COUNTED) {
      const r = await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      out[table] = Number(r.n);
    }
    return out;
  };
  const importInto = (p: Patient, body: string, headers: Record<string, string> = FHIR) => t.call(t.callers.clinicianIn, 'POST', `/api/patients/${p.id}/fhir-import`, body, headers);

  beforeAll(async () => {
    prepareMedplum();
    t = await startTestServer(kind);
    const now = t.clock.now().toISOString();
    brenda = await createPatient(t.store.db, { careTeamId: t.teamA, familyName: 'Jackson', givenName: 'Brenda', birthDate: '1961-01-25', sex: 'female' }, null, now);
    jacki = await createPatient(t.store.db, { careTeamId: t.teamA, familyName: 'Feil', givenName: 'Jacki', birthDate: '1968-05-19', sex: 'female' }, null, now);
    randolph = await createPatient(t.store.db, { careTeamId: t.teamA, familyName: 'Wisoky', givenName: 'Randolph', birthDate: '1959-12-07', sex: 'male' }, null, now);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('imports the AHRQ patient: opioids, pain observations and conditions recognised, the rest reported', async () => {
    const res = await importInto(brenda, AHRQ);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json() as ImportSummary;
    expect(s.report.issues.filter((i) => i.severity === 'error' || i.severity === 'fatal')).toEqual([]);
    // Conditions: PSPS-T2 (SNOMED) and low back pain (ICD-10-CM).
    expect(s.recognised.conditions.map((c) => `${c.meaning} ${c.code}`)).toEqual(expect.arrayContaining(['psps-t2 202725007', 'low-back-pain M54.5']));
    // Pain observations: Wong-Baker FACES kept as pain scores, PEG stored as scored questionnaires.
    expect(s.recognised.painScores.length).toBe(4);
    expect(s.recognised.painScores[0]).toMatchObject({ code: '38221-8' });
    const stored = (table: string) => s.stored.filter((x) => x.table === table);
    expect(stored('questionnaire_responses').map((x) => x.what)).toEqual(expect.arrayContaining(['peg 2021-03-20 score 8', 'phq9 2021-03-20 score 18']));
    // Opioids: recognised by RxNorm, the current list keeps one entry per product (not 22 refills).
    expect(s.recognised.medications.byClass.opioid).toBe(22);
    const meds = await t.store.db.selectFrom('medications').select(['payload', 'code']).where('patient_id', '=', brenda.id).execute();
    const names = meds.map((m) => JSON.parse(m.payload).name as string);
    expect(names.filter((n) => n === 'oxycodone')).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining(['ibuprofen', 'acetaminophen', 'duloxetine', 'chlordiazepoxide']));
    expect(s.notStored.filter((n) => /earlier prescription of the same product/.test(n.reason)).length).toBe(33 - meds.length);
    expect(s.report.mapped.filter((m) => m.to === 'medication:opioid').length).toBe(22);
    // The derived finding and the pain site.
    expect(stored('findings').map((x) => x.what)).toEqual(['finding high-dose-opioids present (2023-08-01)']);
    expect(stored('encounters')).toHaveLength(1);
    // What SpinePath does not map is listed with its path, never dropped.
    expect(s.report.unmapped.length).toBeGreaterThan(0);
    for (const u of s.report.unmapped) expect(u.path).toMatch(/^entry\[\d+\]\.resource/);
    expect(s.counts).toMatchObject({ updated: 0, unchanged: 0 });
    expect(s.counts.created).toBe(s.stored.length);
  });

  it('stores questionnaire scores exactly as the store function does for the same response', async () => {
    const imported = await t.store.db.selectFrom('questionnaire_responses').selectAll().where('patient_id', '=', brenda.id).where('instrument', '=', 'peg').where('date', '=', '2021-03-20').executeTakeFirstOrThrow();
    const ref = await insertQuestionnaireResponse(t.store.db, {
      patientId: randolph.id,
      instrument: 'peg',
      date: imported.date,
      source: 'import',
      answers: JSON.parse(imported.answers!),
      enteredScore: imported.entered_score,
      result: JSON.parse(imported.result!),
      by: null,
      now: imported.created_at,
    });
    const strip = (rows: { measure: string; value: number; display: string | null; band: string | null; date: string; instrument: string }[]) =>
      rows.map((r) => ({ measure: r.measure, value: Number(r.value), display: r.display, band: r.band, date: r.date, instrument: r.instrument })).sort((a, b) => a.measure.localeCompare(b.measure));
    const mine = await t.store.db.selectFrom('questionnaire_scores').selectAll().where('response_id', '=', imported.id).execute();
    const theirs = await t.store.db.selectFrom('questionnaire_scores').selectAll().where('response_id', '=', ref.id).execute();
    expect(mine.length).toBeGreaterThan(0);
    expect(strip(mine)).toEqual(strip(theirs));
    expect(Number(imported.total)).toBe(ref.total);
    await t.store.db.deleteFrom('questionnaire_scores').where('response_id', '=', ref.id).execute();
    await t.store.db.deleteFrom('questionnaire_responses').where('id', '=', ref.id).execute();
  });

  it('imports the AHRQ bundle a second time without adding anything', async () => {
    const before = await rowCounts();
    const res = await importInto(brenda, AHRQ);
    expect(res.statusCode).toBe(200);
    const s = res.json() as ImportSummary;
    expect(s.counts.created).toBe(0);
    expect(s.counts.updated).toBe(0);
    expect(s.counts.unchanged).toBeGreaterThan(10);
    expect(await rowCounts()).toEqual(before);
  });

  it('imports the two Synthea patients: chronic pain, pain scores and medications recognised, years of other history reported', async () => {
    for (const [p, text, opioids] of [
      [jacki, SYNTHEA.jacki, 1],
      [randolph, SYNTHEA.randolph, 0],
    ] as const) {
      const res = await importInto(p, text);
      expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
      const s = res.json() as ImportSummary;
      expect(s.report.issues.filter((i) => i.severity === 'error' || i.severity === 'fatal')).toEqual([]);
      expect(s.recognised.conditions.map((c) => c.code)).toContain('82423001');
      expect(s.recognised.painScores.length).toBeGreaterThan(0);
      expect(s.recognised.medications.byClass.opioid ?? 0).toBe(opioids);
      expect(s.report.unsupported.map((u) => u.resourceType)).toEqual(expect.arrayContaining(['Claim', 'ExplanationOfBenefit', 'Encounter']));
      expect(s.report.unmapped.length).toBeGreaterThan(10);
      const again = (await importInto(p, text)).json() as ImportSummary;
      expect(again.counts.created + again.counts.updated).toBe(0);
    }
    // Jacki's prescriptions are all stopped: none joins the current list, each is reported.
    const j = await t.store.db.selectFrom('medications').select('id').where('patient_id', '=', jacki.id).execute();
    expect(j).toHaveLength(0);
    // Randolph's clopidogrel is active: it is on the list (the antiplatelet matters before procedures).
    const r = await t.store.db.selectFrom('medications').select('payload').where('patient_id', '=', randolph.id).execute();
    expect(r.map((m) => JSON.parse(m.payload).name)).toContain('clopidogrel');
  });

  it('refuses malformed JSON, a non-Bundle, an invalid entry, an oversized body and another person\'s bundle, writing nothing', async () => {
    const before = await rowCounts();
    const malformed = await importInto(brenda, '{"resourceType": "Bundle", "type": "collection", "entry": [}');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/fhir+json');
    const m = malformed.json() as OperationOutcome;
    expect(m.resourceType).toBe('OperationOutcome');
    expect(m.issue[0]!.diagnostics).toMatch(/^malformed JSON/);

    const patient = await importInto(brenda, JSON.stringify({ resourceType: 'Patient', id: 'x' }));
    expect(patient.statusCode).toBe(400);
    const po = patient.json() as OperationOutcome;
    expect(po.issue[0]).toMatchObject({ severity: 'fatal', expression: ['Bundle.resourceType'] });
    expect(po.issue[0]!.diagnostics).toContain('expected resourceType "Bundle", got "Patient"');

    const badEntry = JSON.parse(AHRQ) as Bundle;
    (badEntry.entry![3]!.resource as unknown as Record<string, unknown>).resourceType = 42;
    const invalid = await importInto(brenda, JSON.stringify(badEntry));
    expect(invalid.statusCode).toBe(422);
    expect((invalid.json() as OperationOutcome).issue.map((i) => i.expression?.[0])).toContain('Bundle.entry[3].resource.resourceType');

    const big = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [], padding: 'x'.repeat(t.config.bodyLimit) });
    const oversized = await importInto(brenda, big);
    expect(oversized.statusCode).toBe(413);
    expect((oversized.json() as OperationOutcome).issue[0]!.diagnostics).toMatch(/larger than the configured limit/);

    const wrongPerson = await importInto(jacki, AHRQ);
    expect(wrongPerson.statusCode).toBe(409);
    expect((wrongPerson.json() as OperationOutcome).issue[0]).toMatchObject({ code: 'conflict', expression: ['Bundle.entry[0].resource.birthDate'] });

    const two = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', id: 'a' } }, { resource: { resourceType: 'Patient', id: 'b' } }] };
    const twoPatients = await importInto(brenda, JSON.stringify(two));
    expect(twoPatients.statusCode).toBe(422);
    expect((twoPatients.json() as OperationOutcome).issue[0]!.expression).toEqual(['Bundle.entry']);

    expect(await rowCounts()).toEqual(before);
  });

  it('keeps two concurrent imports of the same bundle to one set of records (the second finds the first\'s)', async () => {
    const now = t.clock.now().toISOString();
    const twin = await createPatient(t.store.db, { careTeamId: t.teamA, familyName: 'Jackson', givenName: 'Twin', birthDate: '1961-01-25', sex: 'female' }, null, now);
    const [a, b] = await Promise.all([importInto(twin, AHRQ), importInto(twin, AHRQ)]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect([200, 409]).toContain(statuses[1]);
    const loser = [a, b].find((r) => r.statusCode === 409);
    if (loser) expect((loser.json() as OperationOutcome).issue[0]).toMatchObject({ code: 'conflict' });
    const created = [a, b].filter((r) => r.statusCode === 200).reduce((n, r) => n + (r.json() as ImportSummary).counts.created, 0);
    expect(created).toBe(18);
    const meds = await t.store.db.selectFrom('medications').select('id').where('patient_id', '=', twin.id).execute();
    expect(meds).toHaveLength(7);
    const ids = await t.store.db.selectFrom('import_identities').select('id').where('patient_id', '=', twin.id).execute();
    expect(ids).toHaveLength(18);
  });

  it('answers a plain JSON client with the REST error model, naming the same field', async () => {
    const res = await importInto(brenda, JSON.stringify({ resourceType: 'Patient' }), { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ errors: [{ path: 'body.resourceType', message: expect.stringContaining('expected resourceType "Bundle"') }] });
    const anon = await t.call(t.callers.anonymous, 'POST', `/api/patients/${brenda.id}/fhir-import`, AHRQ, FHIR);
    expect(anon.statusCode).toBe(401);
    expect((anon.json() as OperationOutcome).issue[0]).toMatchObject({ code: 'login' });
  });

  it('replaces a record whose source changed and leaves hand-entered data alone', async () => {
    const bundle = JSON.parse(AHRQ) as Bundle;
    const peg = bundle.entry!.find((e) => e.resource?.id === 'ea4c110b-ff23-4fe7-b8f3-3b4d012c1196')!.resource as { component?: { valueQuantity?: { value?: number } }[] };
    expect(peg.component?.length).toBe(3);
    peg.component![0]!.valueQuantity!.value = 9;
    const res = await importInto(brenda, JSON.stringify(bundle));
    const s = res.json() as ImportSummary;
    expect(s.stored).toEqual([expect.objectContaining({ table: 'questionnaire_responses', status: 'updated', date: '2023-01-25' })]);
    const rows = await t.store.db.selectFrom('questionnaire_responses').select(['retracted_at', 'total']).where('patient_id', '=', brenda.id).where('instrument', '=', 'peg').where('date', '=', '2023-01-25').execute();
    expect(rows.filter((r) => r.retracted_at === null)).toHaveLength(1);
    expect(rows).toHaveLength(2);

    // An operation entered by hand is not duplicated by the same operation in a bundle.
    const now = t.clock.now().toISOString();
    const other = await createPatient(t.store.db, { careTeamId: t.teamA, familyName: 'Hand', givenName: 'Entered', birthDate: '1970-01-01', sex: 'male' }, null, now);
    const c = validateCase(JSON.parse(readFileSync(new URL('../../../examples/recurrent-disc-after-discectomy.json', import.meta.url), 'utf8')));
    if (!c.ok) throw new Error('example');
    await storeCase(t.store.db, other.id, { ...c.case, surgeries: c.case.surgeries.slice(0, 1), findings: [], testResults: [], questionnaires: [], medications: [], treatments: [] }, now);
    const exported = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${other.id}/fhir`);
    expect(exported.statusCode, exported.body.slice(0, 300)).toBe(200);
    const back = await importInto(other, exported.body);
    expect(back.statusCode, back.body.slice(0, 400)).toBe(200);
    const bs = back.json() as ImportSummary;
    expect(bs.alreadyRecorded.map((a) => a.table)).toContain('episodes');
    expect(bs.stored.filter((x) => x.table === 'episodes')).toEqual([]);
  });

  it('exports a patient with the latest stored assessment and plan; every resource valid (medplum and the R4 JSON schema)', async () => {
    const c = validateCase(JSON.parse(readFileSync(new URL('../../../examples/sij-pain-after-fusion-to-sacrum.json', import.meta.url), 'utf8')));
    if (!c.ok) throw new Error('example');
    await storeCase(t.store.db, t.patientA.id, c.case, t.clock.now().toISOString());
    const a = await t.call(t.callers.clinicianIn, 'POST', `/api/patients/${t.patientA.id}/assessments`, { assessmentDate: c.case.assessmentDate });
    expect(a.statusCode, a.body.slice(0, 300)).toBe(201);
    const res = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${t.patientA.id}/fhir`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const bundle = res.json() as Bundle;
    const types = bundle.entry!.map((e) => e.resource!.resourceType);
    expect(types).toEqual(expect.arrayContaining(['Patient', 'Condition', 'Procedure', 'RiskAssessment', 'ClinicalImpression', 'CarePlan']));
    const problems = bundle.entry!.flatMap((e) => fhirIssues(e.resource as Resource).map((i) => `${e.resource!.resourceType}: ${i}`));
    expect(problems).toEqual([]);
    expect(fhirIssues(bundle as Resource)).toEqual([]);
    const p = bundle.entry!.find((e) => e.resource!.resourceType === 'Patient')!.resource as { name: unknown; birthDate: string; identifier: { value: string }[] };
    expect(p).toMatchObject({ name: [{ family: 'Able', given: ['Anna'] }], birthDate: '1984-06-02' });
    expect(p.identifier.map((i) => i.value)).toEqual([t.patientA.id, 'A-1']);
    const risk = bundle.entry!.find((e) => e.resource!.resourceType === 'RiskAssessment')!.resource as { method?: { text?: string } };
    expect(risk.method?.text).toContain(a.json().assessment.knowledgeBase.version);
    const plan = bundle.entry!.find((e) => e.resource!.resourceType === 'CarePlan')!.resource as { activity?: { detail?: { status?: string } }[] };
    expect(plan.activity?.length).toBe(a.json().assessment.output.plan.length);
  });

  it('refuses an export without an assessment when the record is incomplete, naming the fields, and audits import and export', async () => {
    const res = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${brenda.id}/fhir`);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('(record) surgeries');
    const events = await queryAudit(t.store.db, { patientId: brenda.id, limit: 100 });
    const imports = events.filter((e) => e.resource_type === 'Bundle' && e.action === 'create');
    expect(imports.filter((e) => e.outcome === 'success').length).toBeGreaterThanOrEqual(3);
    expect(imports.filter((e) => e.outcome === 'failure').map((e) => e.status_code).sort()).toEqual([400, 400, 400, 401, 413, 422, 422]);
    const first = imports.filter((e) => e.outcome === 'success').at(-1)!;
    expect(JSON.parse(first.detail!)).toMatchObject({ bundleType: 'collection', entries: 64 });
    expect(events.some((e) => e.resource_type === 'Patient' && e.action === 'export')).toBe(true);
  });
});

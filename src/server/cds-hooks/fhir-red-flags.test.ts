/**
 * Red flags fired from FHIR prefetch alone (src/fhir triage findings, docs/fhir.md "Triage findings"), over HTTP on
 * SQLite and PostgreSQL: a body temperature of 38.6 degrees C (or 101.5 [degF]) after an instrumented fusion fires RF03,
 * a cauda equina syndrome diagnosis (ICD-10-CM G83.4) after the operation fires RF01 as an emergency, first; the same
 * diagnosis fires RF01 even when no operation is recorded; a temperature before the operation or a normal one fires
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import type { TestServer } from '../test-support/harness.js';
import { SERVICE_PATH } from './routes.js';
import { callCds, patientView, startCdsServer } from './test-support/cds-server.js';
import { ahrqPrefetch } from './test-support/fhir-stand-in.js';

interface Card {
  summary: string;
  indicator: string;
  detail: string;
  source: { topic?: { code: string } };
}

type Json = Record<string, unknown>;

const PATIENT_ID = 'rf-1';
const subject = { reference: `Patient/${PATIENT_ID}` };
const CPT = 'http://www.ama-assn.org/go/cpt';
// The harness clock is 2026-04-14: the fusion was 3 weeks earlier.
const OPERATION = '2026-03-24';

const patient = { resourceType: 'Patient', id: PATIENT_ID, gender: 'male', birthDate: '1957-09-14' };
/** Instrumented posterolateral lumbar fusion L4-L5 (CPT 22612 + 22842, docs/fhir.md "Spine operations"). */
const fusion = [
  { resourceType: 'Procedure', id: 'op-1', status: 'completed', subject, performedDateTime: OPERATION, code: { coding: [{ system: CPT, code: '22612' }] }, bodySite: [{ text: 'L4-L5' }] },
  { resourceType: 'Procedure', id: 'op-2', status: 'completed', subject, performedDateTime: OPERATION, code: { coding: [{ system: CPT, code: '22842' }] } },
];
const temperature = (id: string, value: number, code: 'Cel' | '[degF]', when: string) => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  subject,
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
  code: { coding: [{ system: 'http://loinc.org', code: '8310-5', display: 'Body temperature' }] },
  effectiveDateTime: when,
  valueQuantity: { value, unit: code === 'Cel' ? '°C' : '°F', system: 'http://unitsofmeasure.org', code },
});
const cesCondition = (onset: string) => ({
  resourceType: 'Condition',
  id: 'ces-1',
  subject,
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
  verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
  code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'G83.4', display: 'Cauda equina syndrome' }] },
  onsetDateTime: onset,
});
const prefetchOf = (...resources: Json[]) => ahrqPrefetch({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

const cardsOf = (body: string): Card[] => (JSON.parse(body) as { cards: Card[] }).cards;
const redFlags = (cards: Card[]) => cards.filter((c) => c.source.topic?.code === 'red-flag');
const summaryCard = (cards: Card[]) => cards.find((c) => c.source.topic?.code === 'psps-assessment')!;

const dbs = await testDatabases();
reportSkipped(dbs, 'CDS Hooks red flags from FHIR');

describe.each(dbs.run)('CDS Hooks red flags from FHIR prefetch on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startCdsServer(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a body temperature of 38.6 Cel after an instrumented fusion fires RF03 as a critical card, citing the fever', async () => {
    const res = await callCds(t, SERVICE_PATH, patientView(PATIENT_ID, prefetchOf(patient, ...fusion, temperature('temp-1', 38.6, 'Cel', '2026-04-13T07:30:00Z'))));
    expect(res.statusCode, res.body).toBe(200);
    const cards = cardsOf(res.body);
    const flags = redFlags(cards);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ indicator: 'critical', summary: expect.stringMatching(/^Red flag: Post-operative discitis, spondylodiscitis or deep wound infection\./) });
    expect(flags[0]!.detail).toContain('Fever with implants in place');
    expect(flags[0]!.detail).toMatch(/\(Fever, Spinal implants in place\)/);
    // The case was assessable (operation, age, sex from FHIR) and the summary puts the red flag first.
    expect(cards[0]).toBe(flags[0]);
    expect(summaryCard(cards)).toMatchObject({ indicator: 'warning', summary: expect.stringMatching(/^PSPS-T2: urgent red flag first/) });
  });

  it('the same fever in [degF] (101.5 [degF] = 38.6 degrees C) fires the same card', async () => {
    const res = await callCds(t, SERVICE_PATH, patientView(PATIENT_ID, prefetchOf(patient, ...fusion, temperature('temp-2', 101.5, '[degF]', '2026-04-13T07:30:00Z'))));
    expect(res.statusCode, res.body).toBe(200);
    expect(redFlags(cardsOf(res.body)).map((c) => c.summary)).toEqual([expect.stringMatching(/^Red flag: Post-operative discitis/)]);
  });

  it('a cauda equina syndrome diagnosis (G83.4) after the operation fires RF01, an emergency, before everything else', async () => {
    const res = await callCds(t, SERVICE_PATH, patientView(PATIENT_ID, prefetchOf(patient, ...fusion, cesCondition('2026-04-10'), temperature('temp-3', 38.6, 'Cel', '2026-04-13T07:30:00Z'))));
    expect(res.statusCode, res.body).toBe(200);
    const cards = cardsOf(res.body);
    const flags = redFlags(cards);
    expect(flags.map((c) => c.summary)).toEqual([expect.stringMatching(/^Red flag: Cauda equina syndrome/), expect.stringMatching(/^Red flag: Spinal epidural abscess/), expect.stringMatching(/^Red flag: Post-operative discitis/)]);
    expect(cards[0]).toMatchObject({ indicator: 'critical' });
    expect(flags[0]!.detail).toMatch(/^\*\*Cauda equina syndrome .*\*\*: emergency\./);
    expect(flags[0]!.detail).toContain('Urinary retention or saddle anaesthesia');
    expect(summaryCard(cards).summary).toMatch(/^PSPS-T2: emergency red flag first/);
  });

  it('with no operation recorded the case cannot be assessed, but the G83.4 diagnosis still fires RF01 from the findings', async () => {
    const res = await callCds(t, SERVICE_PATH, patientView(PATIENT_ID, prefetchOf(patient, cesCondition('2026-04-10'))));
    expect(res.statusCode, res.body).toBe(200);
    const cards = cardsOf(res.body);
    expect(redFlags(cards).map((c) => [c.indicator, c.summary])).toEqual([['critical', expect.stringMatching(/^Red flag: Cauda equina syndrome/)]]);
    expect(summaryCard(cards)).toMatchObject({ indicator: 'warning', summary: 'No spine operation recorded: SpinePath cannot assess PSPS-T2; 1 red flag from the findings' });
  });

  it('no red flag from a fever before the operation, a normal temperature, or a diagnosis that predates the operation', async () => {
    const res = await callCds(
      t,
      SERVICE_PATH,
      patientView(PATIENT_ID, prefetchOf(patient, ...fusion, temperature('temp-4', 38.9, 'Cel', '2026-03-20T10:00:00Z'), temperature('temp-5', 37.1, 'Cel', '2026-04-13T07:30:00Z'), cesCondition('2026-03-01'))),
    );
    expect(res.statusCode, res.body).toBe(200);
    const cards = cardsOf(res.body);
    expect(redFlags(cards)).toEqual([]);
    expect(summaryCard(cards).indicator).toBe('info');
  });
});

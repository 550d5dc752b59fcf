import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBundle, importBundleText } from '../index.js';
import { resourceIdentity } from '../identity.js';
import { levelsInText, mergeSurgeries } from './records.js';
import { parseDrugName } from './medication.js';

const PEERS = new URL('../../../../shared/peers/', import.meta.url);
const peer = (p: string) => JSON.parse(readFileSync(new URL(p, PEERS), 'utf8')) as Record<string, unknown>;
const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const patient = { resourceType: 'Patient', id: 'p1', gender: 'male', birthDate: '1960-06-15' };
const errors = (r: ReturnType<typeof importBundle>) => r.report.issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => `${i.path}: ${i.message}`);

describe('bad input never throws; errors name the path', () => {
  it.each([
    ['malformed JSON', '{"resourceType": "Bundle",\n "entry": [}', /\(file\): malformed JSON/],
    ['truncated JSON', '{"resourceType": "Bundle", "entry": [', /\(file\): malformed JSON/],
    ['not an object', '[1, 2]', /\(root\): expected a FHIR Bundle object, got an array/],
    ['a Patient, not a Bundle', '{"resourceType": "Patient"}', /resourceType: expected resourceType "Bundle", got "Patient"/],
    ['no resourceType', '{"type": "collection"}', /resourceType: no resourceType/],
    ['entry not an array', '{"resourceType": "Bundle", "type": "collection", "entry": {}}', /entry: Bundle.entry must be an array/],
  ])('%s', (_name, text, re) => {
    const r = importBundleText(text);
    expect(r.ok).toBe(false);
    expect(errors(r).join('\n')).toMatch(re);
    expect(r.outcome.resourceType).toBe('OperationOutcome');
    expect(r.outcome.issue[0]!.severity).toBe('fatal');
  });

  it('entries without a resource, bad resourceType, bad Bundle.type, invalid dates and gender: each error at its path', () => {
    const r = importBundle({
      resourceType: 'Bundle',
      type: 'bag',
      entry: [
        { resource: { ...patient, gender: 'f', birthDate: '1960-02-30' } },
        { fullUrl: 'urn:uuid:x' },
        { resource: { resourceType: 42 } },
        'text',
        { resource: { resourceType: 'Procedure', id: 'pr1', status: 'completed', subject: { reference: 'Patient/p1' }, code: { text: 'Lumbar discectomy L4-L5' }, performedDateTime: '2024-13-01' } },
        { resource: { resourceType: 'Observation', id: 'o1', status: 'final', subject: { reference: 'Patient/p1' }, code: { text: 'no coding' } } },
      ],
    });
    expect(r.ok).toBe(false);
    expect(errors(r)).toEqual([
      'type: unknown Bundle.type "bag"',
      'entry[0].resource.gender: invalid gender "f": expected male, female, other or unknown',
      'entry[0].resource.birthDate: invalid date "1960-02-30": 1960-02-30 is not a calendar date',
      'entry[1].resource: entry without a resource',
      'entry[2].resource.resourceType: invalid resourceType 42',
      'entry[3]: entry is not an object',
      'entry[4].resource.performedDateTime: invalid date "2024-13-01": expected a FHIR date or dateTime (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+zz:zz)',
      'entry[5].resource.code: Observation without a coded code: nothing to map',
    ]);
    expect(r.outcome.issue.find((i) => i.expression?.[0] === 'Bundle.entry[4].resource.performedDateTime')).toBeDefined();
    // What could be read still is: the operation (without its date).
    expect(r.patients[0]!.surgeries).toEqual([expect.objectContaining({ procedure: 'discectomy', region: 'lumbar', levels: ['L4-L5'], match: 'text' })]);
  });

  it('an empty bundle, a wrong reference date and unexpected values are reported, not thrown', () => {
    expect(importBundle({ resourceType: 'Bundle', type: 'searchset' }).report.issues.map((i) => i.message)).toEqual(['the bundle has no entries']);
    expect(errors(importBundle(bundle(patient), { referenceDate: '01/02/2024' }))).toEqual(['(options).referenceDate: reference date "01/02/2024" must be YYYY-MM-DD']);
    for (const junk of [null, 1, 'x', { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Observation', code: 7, valueQuantity: 'x', component: 3 } }] }]) {
      expect(() => importBundle(junk)).not.toThrow();
    }
  });
});

describe('codes: mapped, recognised by name, or listed as unmapped', () => {
  it('an unknown resource type is counted and listed, never read', () => {
    const r = importBundle(bundle(patient, { resourceType: 'Encounter', id: 'e1' }, { resourceType: 'Encounter', id: 'e2' }));
    expect(r.ok).toBe(true);
    expect(r.report.unsupported).toEqual([{ resourceType: 'Encounter', count: 2, ids: ['e1', 'e2'] }]);
  });

  it('M96.1 and MG30.21 are PSPS-T2; an unknown code is listed with system, code, display and path', () => {
    const r = importBundle(
      bundle(
        patient,
        { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' }, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M96.1' }, { system: 'http://id.who.int/icd/release/11/mms', code: 'MG30.21' }] } },
        { resourceType: 'Condition', id: 'c2', subject: { reference: 'Patient/p1' }, code: { coding: [{ system: 'http://snomed.info/sct', code: '999999', display: 'Something' }] } },
      ),
    );
    expect(r.patients[0]!.conditions.map((c) => c.meaning)).toEqual(['psps-t2']);
    expect(r.report.mapped.filter((m) => m.to === 'condition:psps-t2').map((m) => m.code)).toEqual(['M96.1', 'MG30.21']);
    expect(r.report.unmapped).toEqual([
      { resourceType: 'Condition', id: 'c2', path: 'entry[2].resource.code.coding[0]', system: 'http://snomed.info/sct', code: '999999', display: 'Something', reason: expect.any(String) },
    ]);
  });

  it('CPT codes of one operation day combine: decompression + fusion + instrumentation at the levels of the body site', () => {
    const proc = (id: string, code: string, site?: string) => ({
      resourceType: 'Procedure', id, status: 'completed', subject: { reference: 'Patient/p1' }, performedDateTime: '2023-04-02',
      code: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code }] }, ...(site ? { bodySite: [{ text: site }] } : {}),
    });
    const r = importBundle(bundle(patient, proc('a', '63047', 'L4/5'), proc('b', '22612', 'L4-L5 and L5-S1'), proc('c', '22842')));
    expect(r.patients[0]!.surgeries).toEqual([
      expect.objectContaining({ date: '2023-04-02', region: 'lumbar', procedure: 'decompression-and-fusion', levels: ['L4-L5', 'L5-S1'], fusion: true, instrumented: true, match: 'code' }),
    ]);
  });

  it('the official MedicationRequest example: contained Medication matched by ingredient name, dose range and frequency read', () => {
    const mr = peer('fhir/medicationrequest0301.json');
    const r = importBundle(bundle({ ...patient, id: 'pat1' }, mr));
    const m = r.patients[0]!.medications[0]!;
    expect(m).toMatchObject({ match: 'ingredient-name', ingredients: ['oxycodone'], classes: ['opioid'], dose: { value: 2, unit: 'TAB' }, asNeeded: true, start: '2015-01-15' });
    expect(m.frequency).toEqual({ count: 1, period: 4, periodUnit: 'h', perDay: 6 });
    expect(r.report.mapped).toContainEqual(expect.objectContaining({ code: '430127000', to: 'medication:opioid', match: 'ingredient-name', path: 'entry[1].resource.contained[0].code.coding[0]' }));
    expect(r.report.issues.some((i) => i.severity === 'warning' && /recognised by ingredient name \(oxycodone\)/.test(i.message))).toBe(true);
  });

  it('the official MedicationStatement example: ingredients with strengths from the contained Medication', () => {
    const ms = peer('fhir/medicationstatementexample1.json');
    const r = importBundle(bundle({ ...patient, id: 'pat1' }, ms));
    const m = r.patients[0]!.medications[0]!;
    expect(m.classes).toEqual(['paracetamol']);
    expect(m.strengths).toEqual([
      { ingredient: 'acetaminophen', value: 500, unit: 'mg', per: 'Tab' },
      { value: 25, unit: 'mg', per: 'Tab' },
    ]);
  });

  it('smoking status, STarT Back risk, PHQ-9/GAD-7 totals give the findings their definitions name', () => {
    const obs = (id: string, code: string, value: Record<string, unknown>, date = '2024-01-10') => ({
      resourceType: 'Observation', id, status: 'final', subject: { reference: 'Patient/p1' }, effectiveDateTime: date,
      code: { coding: [{ system: 'http://loinc.org', code }] }, ...value,
    });
    const r = importBundle(
      bundle(
        patient,
        obs('s1', '72166-2', { valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '266919005' }] } }, '2020-01-01'),
        obs('s2', '72166-2', { valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '449868002' }] } }),
        obs('sb', '91352-5', { valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA9193-9' }] } }),
        obs('phq', '44261-6', { valueQuantity: { value: 6 } }),
        obs('gad', '70274-6', { valueQuantity: { value: 12 } }),
        obs('bad', '44261-6', { valueQuantity: { value: 40 } }, '2024-01-11'),
      ),
    );
    expect(r.patients[0]!.findings.map((f) => [f.id, f.status])).toEqual([
      ['smoking', 'present'],
      ['depression-or-anxiety', 'present'],
      ['start-back-high-risk', 'present'],
    ]);
    expect(r.report.issues.find((i) => i.path === 'entry[6].resource.valueQuantity.value')!.message).toMatch(/PHQ-9 score 40 is outside 0-27/);
  });

  it('NRS 72514-3 with a body site becomes an NRS item; without one, a pain score', () => {
    const o = (id: string, site?: string, value = 6) => ({
      resourceType: 'Observation', id, status: 'final', subject: { reference: 'Patient/p1' }, effectiveDateTime: '2024-01-10',
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] }, valueQuantity: { value }, ...(site ? { bodySite: { text: site } } : {}),
    });
    const p = importBundle(bundle(patient, o('a', 'leg', 7), o('b', 'back', 3), o('c'))).patients[0]!;
    expect(p.questionnaires).toEqual([expect.objectContaining({ instrument: 'nrs', date: '2024-01-10', answers: { 'nrs-leg': 7, 'nrs-back': 3 } })]);
    expect(p.painScores.map((s) => s.value)).toEqual([6]);
  });

  it('a QuestionnaireResponse of a SpinePath instrument is read through src/instruments; another is listed', () => {
    const qr = { resourceType: 'QuestionnaireResponse', id: 'q1', status: 'completed', subject: { reference: 'Patient/p1' }, authored: '2024-02-01',
      questionnaire: 'http://spinepath.org/fhir/Questionnaire/peg|1.0', item: [{ linkId: '75893-8', answer: [{ valueInteger: 6 }] }, { linkId: '91145-3', answer: [{ valueInteger: 5 }] }, { linkId: '91146-1', answer: [{ valueInteger: 4 }] }] };
    const blue = peer('fhir/questionnaireresponse-example-bluebook.json');
    const r = importBundle(bundle(patient, qr, { ...blue, subject: { reference: 'Patient/p1' } }));
    expect(r.patients[0]!.questionnaires).toEqual([expect.objectContaining({ instrument: 'peg', date: '2024-02-01', answers: { '75893-8': 6, '91145-3': 5, '91146-1': 4 } })]);
    expect(r.report.unmapped.map((u) => u.path)).toEqual(['entry[2].resource.questionnaire']);
  });
});

describe('identity and patients', () => {
  it('prefers identifier, then http fullUrl, then Type/id, then urn, then a content hash', () => {
    expect(resourceIdentity({ resourceType: 'Patient', id: '1', identifier: [{ system: 's', value: 'v' }] }, 'urn:uuid:a').key).toBe('Patient?identifier=s|v');
    expect(resourceIdentity({ resourceType: 'Patient', id: '1' }, 'http://x/fhir/Patient/1').key).toBe('http://x/fhir/Patient/1');
    expect(resourceIdentity({ resourceType: 'Patient', id: '1' }, 'urn:uuid:a').key).toBe('Patient/1');
    expect(resourceIdentity({ resourceType: 'Patient' }, 'urn:uuid:a').key).toBe('urn:uuid:a');
    const h = resourceIdentity({ resourceType: 'Patient', gender: 'male' } as never).key;
    expect(h).toMatch(/^Patient#sha256:[0-9a-f]{32}$/);
    expect(resourceIdentity({ resourceType: 'Patient', gender: 'male' } as never).key).toBe(h);
  });

  it('a repeated entry is imported once, with a duplicate warning', () => {
    const c = { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' }, code: { coding: [{ system: 'http://snomed.info/sct', code: '82423001' }] } };
    const r = importBundle(bundle(patient, c, c));
    expect(r.patients[0]!.conditions).toHaveLength(1);
    expect(r.report.issues.filter((i) => i.code === 'duplicate').map((i) => i.path)).toEqual(['entry[2].resource']);
  });

  it('several patients in a searchset are kept apart; a patient known only by reference gets its own draft', () => {
    const c = (id: string, ref: string) => ({ resourceType: 'Condition', id, subject: { reference: ref }, code: { coding: [{ system: 'http://snomed.info/sct', code: '82423001' }] } });
    const r = importBundle({
      resourceType: 'Bundle', type: 'searchset',
      entry: [
        { fullUrl: 'http://ehr/fhir/Patient/a', resource: { resourceType: 'Patient', id: 'a', gender: 'female' } },
        { fullUrl: 'http://ehr/fhir/Patient/b', resource: { resourceType: 'Patient', id: 'b', gender: 'male' } },
        { resource: c('c1', 'Patient/a') },
        { resource: c('c2', 'http://ehr/fhir/Patient/b') },
        { resource: c('c3', 'Patient/zz') },
      ],
    });
    expect(r.patients.map((p) => [p.identity, p.conditions.length, p.hasPatientResource])).toEqual([
      ['http://ehr/fhir/Patient/a', 1, true],
      ['http://ehr/fhir/Patient/b', 1, true],
      ['Patient/zz', 1, false],
    ]);
  });
});

describe('text readers', () => {
  it('levels in text', () => {
    expect(levelsInText('L4-L5 and L5/S1; C5-6; L3 to L4; T12-L1; L4-L6')).toEqual(['L4-L5', 'L5-S1', 'C5-C6', 'L3-L4', 'T12-L1']);
  });
  it('RxNorm clinical drug names', () => {
    expect(parseDrugName('acetaminophen 325 MG / hydrocodone bitartrate 10 MG Oral Tablet')).toEqual({
      strengths: [{ ingredient: 'acetaminophen', value: 325, unit: 'mg' }, { ingredient: 'hydrocodone', value: 10, unit: 'mg' }],
      doseForm: 'Oral Tablet',
      extendedRelease: false,
    });
    expect(parseDrugName('168 HR buprenorphine 0.005 MG/HR Transdermal System [BuTrans]')).toEqual({
      strengths: [{ ingredient: 'buprenorphine', value: 0.005, unit: 'mg', per: 'hr' }],
      doseForm: 'Transdermal System',
      extendedRelease: true,
    });
  });
  it('surgeries without dates are not merged', () => {
    const s = { levels: [], match: 'code' as const, codes: [], sources: [] };
    expect(mergeSurgeries([{ ...s }, { ...s }])).toHaveLength(2);
  });
});

describe('case medication entries (adapter for src/case/medications.ts)', () => {
  it('one to two tablets of a 5 mg product every 4 h -> 10 mg, 6 per day, as needed', async () => {
    const { toCaseMedication } = await import('./to-case.js');
    const mr = {
      resourceType: 'MedicationRequest', id: 'm1', status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, authoredOn: '2024-01-02',
      medicationCodeableConcept: { text: 'oxycodone hydrochloride 5 MG Oral Tablet' },
      dosageInstruction: [{ asNeededBoolean: true, timing: { repeat: { frequency: 1, period: 4, periodUnit: 'h' } }, doseAndRate: [{ doseRange: { low: { value: 1, unit: 'TAB' }, high: { value: 2, unit: 'TAB' } } }] }],
    };
    const m = importBundle(bundle(patient, mr)).patients[0]!.medications[0]!;
    expect(toCaseMedication(m)).toMatchObject({ name: 'oxycodone', dose: 10, unit: 'mg', frequencyPerDay: 6, asNeeded: true, start: '2024-01-02' });
  });
});

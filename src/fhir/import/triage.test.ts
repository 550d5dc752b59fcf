/**
 * Triage findings from FHIR (docs/fhir.md, "Triage findings"): body temperature, CRP/ESR/white cell count, diagnoses
 * and long-term oral corticosteroids, each with its date, counted only at or after the latest operation where the
 * criterion is post-operative, and produced as the case format expects (findings, or testResults under their test).
 */
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../case/validate.js';
import { assess } from '../../engine/assess.js';
import { importBundle, toCaseDraft } from '../index.js';
import { TRIAGE_CONDITION_CODES } from '../triage-codes.js';
import type { ImportResult } from './types.js';

const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const SCT = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const CPT = 'http://www.ama-assn.org/go/cpt';
const REF = '2024-06-30';

const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1958-03-02' };
const subject = { reference: 'Patient/p1' };
/** An instrumented lumbar fusion L4-L5 on 2024-05-01 (CMS A57654 and Int J Spine Surg CPT codes). */
const fusion = [
  { resourceType: 'Procedure', id: 'op1', status: 'completed', subject, performedDateTime: '2024-05-01', code: { coding: [{ system: CPT, code: '22612' }] }, bodySite: [{ text: 'L4-L5' }] },
  { resourceType: 'Procedure', id: 'op2', status: 'completed', subject, performedDateTime: '2024-05-01', code: { coding: [{ system: CPT, code: '22842' }] } },
];
let n = 0;
const temp = (value: number, unit: string, date: string, code = '8310-5') => ({
  resourceType: 'Observation',
  id: `t${++n}`,
  status: 'final',
  subject,
  effectiveDateTime: `${date}T08:00:00Z`,
  code: { coding: [{ system: LOINC, code }] },
  valueQuantity: { value, unit, system: UCUM, code: unit },
});
const lab = (code: string, value: number, unit: string, date: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation',
  id: `l${++n}`,
  status: 'final',
  subject,
  effectiveDateTime: date,
  code: { coding: [{ system: LOINC, code }] },
  valueQuantity: { value, unit, system: UCUM, code: unit },
  ...extra,
});
const range = (high: number, unit: string) => ({ referenceRange: [{ high: { value: high, unit, system: UCUM, code: unit } }] });
const condition = (system: string, code: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Condition',
  id: `c${++n}`,
  subject,
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
  code: { coding: [{ system, code }] },
  ...extra,
});
const only = (r: ImportResult) => {
  expect(r.ok, JSON.stringify(r.report.issues)).toBe(true);
  expect(r.patients).toHaveLength(1);
  return r.patients[0]!;
};
const finding = (r: ImportResult, id: string) => only(r).findings.find((f) => f.id === id);
const messages = (r: ImportResult) => r.report.issues.map((i) => i.message).join('\n');

describe('body temperature -> fever (>= 38.0 degrees C, the finding definition)', () => {
  it('38.6 Cel after the operation is fever present at its date; a later 37.2 makes it absent, naming the earlier fever', () => {
    const r = importBundle(bundle(patient, ...fusion, temp(38.6, 'Cel', '2024-05-20')), { referenceDate: REF });
    expect(finding(r, 'fever')).toMatchObject({ status: 'present', date: '2024-05-20', because: expect.stringContaining('38.6 Cel on 2024-05-20: >= 38.0') });
    expect(r.report.mapped.find((m) => m.code === '8310-5')).toMatchObject({ to: 'finding:fever', match: 'code' });
    const later = importBundle(bundle(patient, ...fusion, temp(38.6, 'Cel', '2024-05-20'), temp(37.2, 'Cel', '2024-05-22')), { referenceDate: REF });
    expect(finding(later, 'fever')).toMatchObject({ status: 'absent', date: '2024-05-22', because: expect.stringContaining('earlier 38.6 degrees C on 2024-05-20') });
  });

  it('converts [degF] (101.5 [degF] = 38.61 degrees C; 100.4 [degF] = 38.0 is fever) and reads the other body sites of the VSAC value set', () => {
    expect(finding(importBundle(bundle(patient, ...fusion, temp(101.5, '[degF]', '2024-05-20')), { referenceDate: REF }), 'fever')).toMatchObject({
      status: 'present',
      because: expect.stringContaining('101.5 [degF] (38.61 degrees C)'),
    });
    expect(finding(importBundle(bundle(patient, temp(100.4, '[degF]', '2024-05-20', '8331-1')), { referenceDate: REF }), 'fever')!.status).toBe('present');
    expect(finding(importBundle(bundle(patient, temp(99.9, '[degF]', '2024-05-20', '8332-9')), { referenceDate: REF }), 'fever')!.status).toBe('absent');
  });

  it('temperatures before the latest operation do not count (post-operative criterion), and are reported', () => {
    const r = importBundle(bundle(patient, ...fusion, temp(39.1, 'Cel', '2024-04-20')), { referenceDate: REF });
    expect(finding(r, 'fever')).toBeUndefined();
    expect(r.report.unmapped.find((u) => u.code === '8310-5')!.reason).toBe('body temperature 39.1 Cel of 2024-04-20 is before the latest operation (2024-05-01): not used (post-operative criterion)');
    expect(r.report.mapped.some((m) => m.code === '8310-5')).toBe(false);
  });

  it('refuses a unit it does not know and an implausible value, and says so (never guesses the unit)', () => {
    const r = importBundle(bundle(patient, ...fusion, temp(38.9, 'K', '2024-05-20'), temp(98.6, 'Cel', '2024-05-21')), { referenceDate: REF });
    expect(finding(r, 'fever')).toBeUndefined();
    expect(r.report.unmapped.map((u) => u.reason)).toEqual([
      'body temperature unit "K" is not UCUM Cel or [degF]: not read',
      'body temperature 98.6 Cel (98.6 degrees C) is not a plausible body temperature: unit wrong? not read',
    ]);
  });
});

describe('CRP, ESR and white cell count -> crp-esr test results (knowledge-base definitions)', () => {
  it('ESR 62 mm/h on day 20 with a reference range up to 20: esr-raised and esr-over-50-after-2-weeks, as a crp-esr result', () => {
    const r = importBundle(bundle(patient, ...fusion, lab('4537-7', 62, 'mm/h', '2024-05-21', range(20, 'mm/h'))), { referenceDate: REF });
    const p = only(r);
    expect(p.testResults).toEqual([
      {
        test: 'crp-esr',
        date: '2024-05-21',
        results: [
          expect.objectContaining({ id: 'esr-raised', status: 'present', because: expect.stringContaining('ESR 62 mm/h: above the reference range high 20 mm/h; CRP not measured that day (day 20 after the operation of 2024-05-01)') }),
          expect.objectContaining({ id: 'esr-over-50-after-2-weeks', status: 'present' }),
        ],
      },
    ]);
    expect(p.findings.some((f) => f.id.startsWith('esr'))).toBe(false);
  });

  it('CRP in mg/dL is converted to mg/L; CRP and ESR of one day give crp-and-esr-both-raised; a later higher CRP is crp-rising-after-day-6', () => {
    const r = importBundle(
      bundle(
        patient,
        ...fusion,
        lab('1988-5', 4.5, 'mg/dL', '2024-05-09', range(0.5, 'mg/dL')),
        lab('30341-2', 48, 'mm/h', '2024-05-09', { interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'H' }] }] }),
        lab('1988-5', 61, 'mg/L', '2024-05-12', range(5, 'mg/L')),
      ),
      { referenceDate: REF },
    );
    const [d9, d12] = only(r).testResults!;
    expect(d9).toMatchObject({ test: 'crp-esr', date: '2024-05-09' });
    expect(d9!.results).toEqual([
      expect.objectContaining({ id: 'crp-and-esr-both-raised', status: 'present', because: expect.stringContaining('CRP 4.5 mg/dL (= 45 mg/L): above the reference range high 5 mg/L; ESR 48 mm/h: above the interpretation H') }),
    ]);
    expect(d12!.results.map((x) => [x.id, x.status])).toEqual([
      ['crp-raised', 'present'],
      ['crp-rising-after-day-6', 'present'],
    ]);
    expect(d12!.results[1]!.because).toMatch(/CRP 61 mg\/L on 2024-05-12 higher than 45 mg\/L on 2024-05-09/);
  });

  it('first-week values give no raised result (expected after surgery); values before the operation, without a reference range or in another unit are reported', () => {
    const r = importBundle(
      bundle(
        patient,
        ...fusion,
        lab('1988-5', 80, 'mg/L', '2024-05-03', range(5, 'mg/L')),
        lab('1988-5', 90, 'mg/L', '2024-04-20', range(5, 'mg/L')),
        lab('1988-5', 70, 'nmol/L', '2024-05-15'),
        lab('6690-2', 14.2, '10*3/uL', '2024-05-15'),
      ),
      { referenceDate: REF },
    );
    expect(only(r).testResults).toEqual([]);
    expect(r.report.mapped.filter((x) => x.to === 'test:crp-esr')).toEqual([]);
    expect(r.report.unmapped.map((u) => `${u.code}: ${u.reason}`)).toEqual([
      '1988-5: CRP in "nmol/L": mg/L (or mg/dL, converted) expected, value not used',
      '1988-5: CRP 80 mg/L of 2024-05-03 is day 2 after the operation of 2024-05-01: raised values are expected in the first week (normal kinetics), so no raised result is recorded',
      '1988-5: CRP 90 mg/L of 2024-04-20 is before the latest operation (2024-05-01): not used',
      '6690-2: white cell count 14.2 10*3/uL on 2024-05-15: no reference range or interpretation, so whether it is raised cannot be judged',
    ]);
    expect(messages(r)).toMatch(/CRP 70 nmol\/L: unit not accepted \(mg\/L \(or mg\/dL, converted\)\), value not used/);
  });

  it('ESR under 50 two weeks after surgery records esr-over-50-after-2-weeks absent; a white cell count above its range is wbc-raised', () => {
    const r = importBundle(bundle(patient, ...fusion, lab('82477-1', 35, 'mm/h', '2024-05-30'), lab('6690-2', 13.1, '10*3/uL', '2024-05-30', range(11, '10*3/uL'))), { referenceDate: REF });
    expect(only(r).testResults![0]!.results.map((x) => [x.id, x.status])).toEqual([
      ['esr-over-50-after-2-weeks', 'absent'],
      ['wbc-raised', 'present'],
    ]);
  });
});

describe('conditions -> findings, by ICD-10-CM and SNOMED CT codes with sources', () => {
  it('every table entry names its source', () => {
    for (const c of TRIAGE_CONDITION_CODES) expect(c.source.url, `${c.system}|${c.code}`).toMatch(/^https?:\/\//);
  });

  it('cauda equina syndrome (G83.4, also undotted) after the operation: urinary-retention-or-saddle-anaesthesia present at its onset', () => {
    const r = importBundle(bundle(patient, ...fusion, condition(ICD, 'G834', { onsetDateTime: '2024-05-02' })), { referenceDate: REF });
    expect(finding(r, 'urinary-retention-or-saddle-anaesthesia')).toMatchObject({ status: 'present', date: '2024-05-02', because: 'coded Cauda equina syndrome (G83.4) on 2024-05-02' });
    expect(r.report.mapped.find((m) => m.code === 'G834')).toMatchObject({ to: 'finding:urinary-retention-or-saddle-anaesthesia' });
  });

  it('a current finding dated before the latest operation, or no longer active, is not recorded (and is reported)', () => {
    const before = importBundle(bundle(patient, ...fusion, condition(ICD, 'R33.9', { onsetDateTime: '2024-03-01' })), { referenceDate: REF });
    expect(finding(before, 'urinary-retention-or-saddle-anaesthesia')).toBeUndefined();
    expect(messages(before)).toMatch(/coded Retention of urine \(R33.9\) dated 2024-03-01, before the latest operation \(2024-05-01\): not recorded/);
    const resolved = importBundle(
      bundle(patient, ...fusion, condition(ICD, 'R33.8', { onsetDateTime: '2024-05-10', clinicalStatus: { coding: [{ code: 'resolved' }] } })),
      { referenceDate: REF },
    );
    expect(finding(resolved, 'urinary-retention-or-saddle-anaesthesia')).toBeUndefined();
    expect(messages(resolved)).toMatch(/\(R33.8\) is resolved: recognised, but urinary-retention-or-saddle-anaesthesia is not recorded/);
  });

  it('history findings count whatever their date: history of cancer (Z85.-, C..), osteoporosis (M81.-, M80.-, SNOMED)', () => {
    const r = importBundle(
      bundle(
        patient,
        ...fusion,
        condition(ICD, 'Z85.3', { onsetDateTime: '2015-02-01', clinicalStatus: { coding: [{ code: 'resolved' }] } }),
        condition(SCT, '64859006', { recordedDate: '2019-01-10' }),
        condition(ICD, 'R63.4', { onsetDateTime: '2024-06-01' }),
      ),
      { referenceDate: REF },
    );
    expect(finding(r, 'history-of-cancer')).toMatchObject({ status: 'present', date: '2015-02-01' });
    expect(finding(r, 'osteoporosis-or-long-term-steroids')).toMatchObject({ status: 'present', date: '2019-01-10' });
    expect(finding(r, 'unexplained-weight-loss')).toMatchObject({ status: 'present', date: '2024-06-01' });
    expect(finding(importBundle(bundle(patient, condition(ICD, 'C50.911')), { referenceDate: REF }), 'history-of-cancer')!.status).toBe('present');
    expect(finding(importBundle(bundle(patient, condition(ICD, 'M80.08XA')), { referenceDate: REF }), 'osteoporosis-or-long-term-steroids')!.status).toBe('present');
  });

  it('fever and a fall as coded conditions; a fracture of a lumbar vertebra records the trauma', () => {
    const r = importBundle(
      bundle(patient, ...fusion, condition(ICD, 'R50.82', { onsetDateTime: '2024-05-04' }), condition(ICD, 'W19.XXXA', { onsetDateTime: '2024-06-10' })),
      { referenceDate: REF },
    );
    expect(finding(r, 'fever')).toMatchObject({ status: 'present', date: '2024-05-04' });
    expect(finding(r, 'significant-trauma-or-fall')).toMatchObject({ status: 'present', date: '2024-06-10' });
    expect(finding(importBundle(bundle(patient, condition(ICD, 'S32.010A', { onsetDateTime: '2024-06-10' })), { referenceDate: REF }), 'significant-trauma-or-fall')).toBeDefined();
  });

  it('the latest dated value wins: a fever condition is superseded by a later normal temperature', () => {
    const r = importBundle(bundle(patient, ...fusion, condition(SCT, '386661006', { onsetDateTime: '2024-05-04' }), temp(36.9, 'Cel', '2024-05-06')), { referenceDate: REF });
    expect(finding(r, 'fever')).toMatchObject({ status: 'absent', date: '2024-05-06' });
  });

  it('an intraspinal abscess (G06.1) or discitis (M46.4-) is the MRI result of the knowledge base, at its date', () => {
    const r = importBundle(bundle(patient, ...fusion, condition(ICD, 'G06.1', { onsetDateTime: '2024-05-25' }), condition(ICD, 'M46.46', { onsetDateTime: '2024-05-25' })), { referenceDate: REF });
    expect(only(r).testResults).toEqual([
      {
        test: 'mri-gadolinium',
        date: '2024-05-25',
        results: [
          expect.objectContaining({ id: 'epidural-collection-on-mri', status: 'present' }),
          expect.objectContaining({ id: 'discitis-pattern-on-mri', status: 'present' }),
        ],
      },
    ]);
  });

  it('recognised without a finding: history of falling (includes "at risk"), ankylosing spondylitis; unknown codes stay unmapped', () => {
    const r = importBundle(bundle(patient, condition(ICD, 'Z91.81'), condition(ICD, 'M45.6'), condition(SCT, '999999')), { referenceDate: REF });
    const p = only(r);
    expect(p.findings).toEqual([]);
    expect(p.conditions.map((c) => c.meaning)).toEqual(['fall-risk', 'ankylosing-spondylitis']);
    expect(r.report.unmapped.map((u) => u.code)).toEqual(['999999']);
  });
});

describe('medications -> long-term oral corticosteroids (drug dictionary class oral-corticosteroid; 3 months, FRAX)', () => {
  const statement = (name: string, start: string, end: string | undefined, extra: Record<string, unknown> = {}) => ({
    resourceType: 'MedicationStatement',
    id: `m${++n}`,
    status: end ? 'completed' : 'active',
    subject,
    medicationCodeableConcept: { text: name },
    effectivePeriod: { start, ...(end ? { end } : {}) },
    ...extra,
  });

  it('prednisone by mouth for 5 months is present; 30 days is not; eye drops are not oral', () => {
    const r = importBundle(bundle(patient, statement('prednisone 10 MG Oral Tablet', '2023-01-01', '2023-06-01')), { referenceDate: REF });
    expect(finding(r, 'osteoporosis-or-long-term-steroids')).toMatchObject({ status: 'present', date: '2023-06-01', because: expect.stringContaining('151 days') });
    expect(r.report.mapped.find((m) => m.to === 'medication:oral-corticosteroid')).toMatchObject({ match: 'ingredient-name' });
    const short = importBundle(bundle(patient, statement('prednisolone 5 MG Oral Tablet', '2024-01-01', '2024-01-31')), { referenceDate: REF });
    expect(finding(short, 'osteoporosis-or-long-term-steroids')).toBeUndefined();
    expect(messages(short)).toMatch(/30 days from 2024-01-01 to 2024-01-31, under 3 months/);
    const eye = importBundle(bundle(patient, statement('prednisolone acetate 10 MG/ML Ophthalmic Suspension', '2023-01-01', undefined)), { referenceDate: REF });
    expect(finding(eye, 'osteoporosis-or-long-term-steroids')).toBeUndefined();
    expect(messages(eye)).toMatch(/route not known to be oral/);
  });

  it('an ongoing course counts up to the reference date', () => {
    const r = importBundle(bundle(patient, statement('dexamethasone 4 MG Oral Tablet', '2024-02-01', undefined)), { referenceDate: REF });
    expect(finding(r, 'osteoporosis-or-long-term-steroids')).toMatchObject({ status: 'present', date: REF, because: expect.stringContaining('(ongoing)') });
  });
});

describe('case drafts: valid cases whose red flags fire from FHIR data', () => {
  it('fever after an instrumented fusion plus ESR > 50 at 3 weeks: a valid case; RF03 fires (urgent)', () => {
    const r = importBundle(bundle(patient, ...fusion, temp(38.4, 'Cel', '2024-05-22'), lab('4537-7', 64, 'mm/h', '2024-05-22', range(20, 'mm/h'))), { referenceDate: REF });
    const draft = toCaseDraft(only(r), { assessmentDate: '2024-05-23' });
    expect(draft.missing).toEqual([]);
    expect(draft.valid).toBe(true);
    expect(draft.case.testResults).toEqual([
      expect.objectContaining({ test: 'crp-esr', date: '2024-05-22', results: [expect.objectContaining({ id: 'esr-raised' }), expect.objectContaining({ id: 'esr-over-50-after-2-weeks', status: 'present' })] }),
    ]);
    const v = validateCase(draft.case);
    expect(v.ok).toBe(true);
    const a = assess(draft.validated!);
    const rf03 = a.triage.redFlags.find((f) => f.id === 'postoperative-infection')!;
    expect(rf03).toBeDefined();
    expect(rf03.urgency).toBe('urgent');
  });

  it('findings and test results dated after the assessment date are left out, and said so', () => {
    const r = importBundle(bundle(patient, ...fusion, temp(38.4, 'Cel', '2024-06-20'), condition(ICD, 'G06.1', { onsetDateTime: '2024-06-20' })), { referenceDate: REF });
    const draft = toCaseDraft(only(r), { assessmentDate: '2024-06-01' });
    expect(draft.case.findings).toEqual([]);
    expect(draft.case.testResults).toBeUndefined();
    expect(draft.missing.map((m) => m.message).join('\n')).toMatch(/1 finding\(s\) dated after the assessment date left out \(fever 2024-06-20\)/);
  });
});

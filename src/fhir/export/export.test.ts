/**
 * Every exported resource passes @medplum/core validateResource() and the official R4 JSON schema; the export
 * round-trips through the importer.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../case/schema.js';
import { validateCase } from '../../case/validate.js';
import { assessWithCitations } from '../../engine/assess.js';
import { importBundle } from '../import/importer.js';
import { toCaseDraft } from '../import/to-case.js';
import { fhirIssues, prepareMedplum } from '../test-support/validators.js';
import { exportPatientBundle, nameUuid } from './exporter.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url);
const cases = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const v = validateCase(JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')));
    if (!v.ok) throw new Error(`${f}: ${JSON.stringify(v.errors)}`);
    return [f, v.case] as const;
  });

beforeAll(() => prepareMedplum());

const withQuestionnaires = (c: Case): Case => ({
  ...c,
  questionnaires: [
    { instrument: 'peg', date: c.assessmentDate, answers: { '75893-8': 7, '91145-3': 5, '91146-1': 4 } },
    { instrument: 'nrs', date: c.assessmentDate, answers: { 'nrs-back': 3, 'nrs-leg': 7 } },
    { instrument: 'phq9', date: c.assessmentDate, score: 12 },
    { instrument: 'dn4', date: c.assessmentDate, score: 5 },
  ],
});

describe('export: every resource valid (medplum and the R4 JSON schema)', () => {
  it.each(cases.map(([f, c]) => [f, c] as const))('%s', (_f, c0) => {
    const c = withQuestionnaires(c0);
    const a = assessWithCitations(c);
    const { bundle, issues } = exportPatientBundle({ case: c, assessment: a, patient: { birthDate: '1970-01-01', identifiers: [{ system: 'urn:clinic', value: '42' }] } });
    expect(issues).toEqual([]);
    const types = new Set<string>();
    for (const e of bundle.entry ?? []) {
      const r = e.resource as Resource;
      types.add(r.resourceType);
      expect(fhirIssues(r), `${r.resourceType}/${r.id}`).toEqual([]);
      expect(e.fullUrl).toBe(`urn:uuid:${r.id}`);
    }
    expect([...types].sort()).toEqual(['CarePlan', 'ClinicalImpression', 'Condition', 'Observation', 'Patient', 'Procedure', 'QuestionnaireResponse', 'RiskAssessment']);
    expect(fhirIssues(bundle)).toEqual([]);
  });

  it('the Condition carries ICD-10-CM M96.1 and ICD-11 MG30.21; the RiskAssessment one prediction per cause', () => {
    const [, c] = cases[0]!;
    const a = assessWithCitations(c);
    const { bundle } = exportPatientBundle({ case: c, assessment: a });
    const cond = bundle.entry!.find((e) => e.resource?.resourceType === 'Condition')!.resource as { code: { coding: { system: string; code: string }[] } };
    expect(cond.code.coding.map((x) => [x.system, x.code])).toEqual([
      ['http://hl7.org/fhir/sid/icd-10-cm', 'M96.1'],
      ['http://id.who.int/icd/release/11/mms', 'MG30.21'],
    ]);
    const risk = bundle.entry!.find((e) => e.resource?.resourceType === 'RiskAssessment')!.resource as { prediction: { probabilityDecimal: number; rationale: string; outcome: { coding: { code: string }[] } }[] };
    expect(risk.prediction.map((p) => p.outcome.coding[0]!.code)).toEqual(a.causes.map((x) => x.id));
    expect(risk.prediction[0]!.probabilityDecimal).toBe(a.causes[0]!.probability);
    expect(risk.prediction[0]!.rationale).toMatch(/^Prior \d+% .*posterior \d+%/);
  });

  it('a transaction bundle carries requests and is valid; the same input gives the same ids', () => {
    const [, c] = cases[0]!;
    const one = exportPatientBundle({ case: c, bundleType: 'transaction' }).bundle;
    expect(fhirIssues(one)).toEqual([]);
    expect(one.entry!.every((e) => e.request?.method === 'POST')).toBe(true);
    expect(exportPatientBundle({ case: c, bundleType: 'transaction' }).bundle).toEqual(one);
    expect(nameUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('a plan gives the CarePlan its steps', () => {
    const [, c] = cases[0]!;
    const { bundle } = exportPatientBundle({ case: c, plan: { steps: [{ id: 'supervised-exercise', title: 'Supervised exercise programme', rationale: 'NICE NG59', status: 'scheduled' }] } });
    const plan = bundle.entry!.find((e) => e.resource?.resourceType === 'CarePlan')!.resource!;
    expect(fhirIssues(plan)).toEqual([]);
    expect((plan as { activity: { detail: { status: string } }[] }).activity[0]!.detail.status).toBe('scheduled');
  });
});

describe('round trip: export -> import keeps what it should', () => {
  it.each(cases.map(([f, c]) => [f, c] as const))('%s', (_f, c0) => {
    const c = withQuestionnaires(c0);
    const { bundle } = exportPatientBundle({ case: c, assessment: assessWithCitations(c), patient: { birthDate: '1970-01-01' } });
    const r = importBundle(bundle, { referenceDate: c.assessmentDate });
    expect(r.ok).toBe(true);
    expect(r.patients).toHaveLength(1);
    const p = r.patients[0]!;
    expect(p.sex).toBe(c.patient.sex);
    expect(p.conditions.map((x) => x.meaning)).toEqual(['psps-t2']);
    expect(p.surgeries.map((s) => [s.date, s.region, s.procedure, s.levels, s.instrumented ?? false, s.fusion])).toEqual(
      c.surgeries.map((s) => [s.date, s.region, s.procedure, s.levels, s.instrumented, s.fusion]).sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    const back = toCaseDraft(p, { assessmentDate: c.assessmentDate, id: c.id });
    const q = back.case.questionnaires as { instrument: string; answers?: Record<string, number>; score?: number }[];
    expect(q).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ instrument: 'peg', answers: { '75893-8': 7, '91145-3': 5, '91146-1': 4 } }),
        expect.objectContaining({ instrument: 'nrs', answers: { 'nrs-back': 3, 'nrs-leg': 7 } }),
        expect.objectContaining({ instrument: 'phq9', score: 12 }),
      ]),
    );
    // DN4 has no LOINC score code: its bare total goes out with a SpinePath code and comes back as unmapped, listed.
    expect(r.report.unmapped.some((u) => u.code === 'dn4-total')).toBe(true);
    // RiskAssessment, ClinicalImpression and CarePlan are SpinePath's output, not input: counted, not read.
    expect(r.report.unsupported.map((u) => u.resourceType).sort()).toEqual(['CarePlan', 'ClinicalImpression', 'RiskAssessment'].filter((t) => (bundle.entry ?? []).some((e) => e.resource?.resourceType === t)));
    expect(back.case.patient).toEqual({ age: expect.any(Number), sex: c.patient.sex });
  });
});

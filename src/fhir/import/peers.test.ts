/**
 * Real input nobody here wrote (../shared/peers): the AHRQ Pain Management Summary test patient and two Synthea
 * patients import without error, with their opioids, pain observations and conditions recognised and the rest
 * reported. Counts are pinned from the files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBundleText, toCaseDraft } from '../index.js';

const PEERS = new URL('../../../../shared/peers/', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, PEERS), 'utf8');

describe('AHRQ Pain Management Summary test patient (Brenda Jackson)', () => {
  const r = importBundleText(read('fhir/ahrq-pms-brenda-jackson.json'), { referenceDate: '2024-01-01' });
  const p = r.patients[0]!;

  it('imports without error: one patient, 64 entries, every type supported', () => {
    expect(r.ok).toBe(true);
    expect(r.report.issues.filter((i) => i.severity === 'error' || i.severity === 'fatal')).toEqual([]);
    expect(r.patients).toHaveLength(1);
    expect(r.report.bundleType).toBe('collection');
    expect(r.report.entries).toBe(64);
    expect(r.report.resourcesByType).toEqual({ Patient: 1, Condition: 4, Observation: 21, MedicationRequest: 33, Procedure: 5 });
    expect(r.report.unsupported).toEqual([]);
    expect(p).toMatchObject({ sex: 'female', birthDate: '1961-01-25', age: 62, identity: 'Patient/5c41cecf-cf81-434f-9da7-e24e5a99dbc2' });
    expect(p.resources).toHaveLength(64);
  });

  it('recognises the opioids with the fields an MME calculation needs', () => {
    const opioids = p.medications.filter((m) => m.classes.includes('opioid'));
    expect(opioids).toHaveLength(22);
    const er = opioids.filter((m) => m.code?.code === '1049593');
    expect(er).toHaveLength(11);
    expect(er[0]).toMatchObject({
      match: 'code',
      ingredients: ['oxycodone'],
      strengths: [{ ingredient: 'oxycodone', value: 60, unit: 'mg' }],
      doseForm: 'Extended Release Oral Tablet',
      extendedRelease: true,
      status: 'active',
      intent: 'order',
      start: '2023-08-01',
    });
    const ir = opioids.filter((m) => m.code?.code === '1049717');
    expect(ir).toHaveLength(11);
    expect(ir[0]!.strengths).toEqual([{ ingredient: 'oxycodone', value: 10, unit: 'mg' }]);
    expect(ir[0]!.extendedRelease).toBeUndefined();
    // No dosageInstruction in this patient: no dose or frequency is invented.
    expect(opioids.every((m) => m.dose === undefined && m.frequency === undefined)).toBe(true);
    // The other safety classes.
    const cls = (c: string) => p.medications.filter((m) => m.classes.includes(c as never)).map((m) => m.code?.code);
    expect(cls('benzodiazepine')).toEqual(['905505']);
    expect(cls('nsaid')).toEqual(['197806', '197806']);
    expect(cls('antidepressant')).toEqual(['596930']);
    expect(cls('paracetamol')).toEqual(['198440', '198440']);
    // AHRQ's own MME/day observations: latest 220 -> high-dose-opioids present.
    expect(p.mme.map((m) => m.value)).toEqual([220, 220, 220, 190, 160]);
    expect(p.findings).toEqual([expect.objectContaining({ id: 'high-dose-opioids', status: 'present', date: '2023-08-01' })]);
  });

  it('recognises PEG (with item answers), PHQ-9, STarT Back and the Wong-Baker pain scores', () => {
    const q = (i: string) => p.questionnaires.filter((x) => x.instrument === i);
    expect(q('peg')).toHaveLength(3);
    expect(q('peg').find((x) => x.date === '2023-01-25')).toMatchObject({ score: 5, answers: { '75893-8': 7, '91145-3': 5, '91146-1': 4 } });
    expect(q('phq9').map((x) => [x.date, x.score])).toEqual([['2021-03-20', 18], ['2022-03-03', 15], ['2023-01-01', 8]]);
    expect(q('start-back').map((x) => x.score)).toEqual([5, 3, 4]);
    expect(p.painScores).toHaveLength(4);
    expect(p.painScores.every((s) => s.code === '38221-8')).toBe(true);
    expect(p.painScores.map((s) => s.value)).toEqual([10, 6, 6, 6]);
    // Latest PHQ-9 is 8 and there is no GAD-7: depression-or-anxiety is not recorded either way.
    expect(p.findings.some((f) => f.id === 'depression-or-anxiety')).toBe(false);
  });

  it('recognises the conditions and reports the rest, every unmapped code with its path', () => {
    expect(p.conditions.map((c) => [c.meaning, c.code, c.onset])).toEqual([
      ['low-back-pain', 'M54.5', '2013-02-28'],
      ['psps-t2', '202725007', '2016-05-19'],
    ]);
    const un = r.report.unmapped;
    expect(un).toHaveLength(15);
    const codes = (rt: string) => [...new Set(un.filter((u) => u.resourceType === rt).map((u) => u.code))];
    expect(codes('Condition')).toEqual(['203082005', '832007']);
    expect(codes('Procedure')).toEqual(['308449000', '444831000124102', '81294000']);
    expect(codes('MedicationRequest')).toEqual(['876193']);
    expect(codes('Observation')).toEqual(['19295-5']);
    expect(un[0]).toMatchObject({ path: 'entry[1].resource.code.coding[0]', system: 'http://snomed.info/sct', code: '203082005', display: 'Fibromyalgia (disorder)' });
    // Every resource's codes are accounted for: mapped + unmapped cover all clinical entries.
    const seen = new Set([...r.report.mapped, ...un].map((x) => x.path.split('.resource')[0]));
    expect(seen.size).toBe(63);
  });

  it('case draft: valid except for the missing operation, which the report names', () => {
    const cd = toCaseDraft(p, { assessmentDate: '2024-01-01' });
    expect(cd.valid).toBe(false);
    expect(cd.missing.map((m) => m.path)).toEqual(['surgeries', 'surgeries']);
    expect(cd.missing[1]!.message).toMatch(/Lumbar post-laminectomy syndrome.*implies an earlier lumbar spine operation/);
    expect(cd.case).toMatchObject({ patient: { age: 62, sex: 'female' }, pain: { sites: [{ site: 'low-back' }] } });
    expect((cd.case.questionnaires as unknown[]).length).toBe(9);
    expect(cd.notInCase[0]).toMatch(/^33 medication record\(s\)/);
  });
});

describe('Synthea patients', () => {
  it('Jacki Feil: chronic pain, oxycodone ER, NRS pain scores, never smoker; 154 codes reported', () => {
    const r = importBundleText(read('synthea/Jacki_Feil.json'), { referenceDate: '2020-08-10' });
    expect(r.ok).toBe(true);
    expect(r.report.bundleType).toBe('transaction');
    expect(r.patients).toHaveLength(1);
    const p = r.patients[0]!;
    expect(p).toMatchObject({ sex: 'female', birthDate: '1968-05-19', age: 52 });
    expect(p.identity).toBe('Patient?identifier=https://github.com/synthetichealth/synthea|2dfcf7a9-5fb8-4f56-9cf3-a35a74c60438');
    expect(p.conditions.map((c) => [c.code, c.onset])).toEqual([['82423001', '2011-12-19']]);
    const opioid = p.medications.find((m) => m.classes.includes('opioid'))!;
    expect(opioid).toMatchObject({ code: { code: '1860154' }, strengths: [{ ingredient: 'oxycodone', value: 15, unit: 'mg' }], extendedRelease: true, status: 'stopped', start: '2011-12-19' });
    expect(p.medications.find((m) => m.classes.includes('nsaid'))!.code?.code).toBe('310965');
    expect(p.painScores).toHaveLength(8);
    expect(p.painScores[0]).toMatchObject({ code: '72514-3', date: '2011-12-05' });
    expect(p.painScores[0]!.note).toMatch(/no body site/);
    expect(p.findings).toEqual([expect.objectContaining({ id: 'smoking', status: 'absent', date: '2020-08-10' })]);
    expect(r.report.unmapped).toHaveLength(154);
    // The 2 white cell counts (LOINC 6690-2) are read, but with no spine operation they give no crp-esr result: listed, with why.
    expect(r.report.unmapped.filter((u) => u.code === '6690-2').map((u) => u.reason)).toEqual([
      expect.stringMatching(/^white cell count [\d.]+ 10\*3\/uL of 2013-12-09: no spine operation date, so the post-operative results of crp-esr cannot be judged$/),
      expect.stringMatching(/no spine operation date/),
    ]);
    expect(p.testResults).toEqual([]);
    expect(r.report.unsupported.map((u) => [u.resourceType, u.count])).toEqual([
      ['CarePlan', 2], ['Claim', 31], ['Encounter', 23], ['ExplanationOfBenefit', 23], ['Goal', 5], ['ImagingStudy', 1], ['Immunization', 11], ['Organization', 1], ['Practitioner', 1],
    ]);
    expect(p.surgeries).toEqual([]);
    const cd = toCaseDraft(p, { assessmentDate: '2020-08-10' });
    expect(cd.missing.at(-1)!.message).toMatch(/no spine operation found/);
  });

  it('Randolph Wisoky: chronic pain, clopidogrel (antiplatelet), deceased warning; 88 codes reported', () => {
    const r = importBundleText(read('synthea/Randolph_Wisoky.json'), { referenceDate: '2006-05-08' });
    expect(r.ok).toBe(true);
    const p = r.patients[0]!;
    expect(p).toMatchObject({ sex: 'male', age: 46, deceased: '2006-05-08' });
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => i.message)).toEqual(['the patient is recorded as deceased on 2006-05-08']);
    expect(p.conditions.map((c) => c.code)).toEqual(['82423001']);
    expect(p.medications.filter((m) => m.classes.length > 0).map((m) => [m.code?.code, m.classes])).toEqual([['309362', ['antiplatelet']]]);
    expect(p.medications).toHaveLength(7);
    expect(p.painScores).toHaveLength(9);
    expect(r.report.unmapped).toHaveLength(88);
    expect(r.report.unmapped.some((u) => u.code === '55680006' && u.display === 'Drug overdose')).toBe(true);
  });
});

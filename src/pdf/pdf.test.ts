/**
 * The PDF documents read back as text (src/pdf/test-support/extract-text.ts): the clinician letter carries red flags
 * first, the top cause with its uncertainty, the work-up, plan, safety notes, sign-off and every citation, with the
 * knowledge-base version and hash; the patient plan carries its six sections; output is byte-for-byte reproducible;
 * an output from an older engine (no plan, no safety stage) still prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Case } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { assessWithCitations, type CitedAssessment } from '../engine/assess.js';
import { knowledgeBase } from '../knowledge/index.js';
import { renderClinicianLetter, type ClinicianLetterInput } from './clinician-letter.js';
import { renderPatientPlan } from './patient-plan.js';
import { patientVersionFromOutput } from './patient-version.js';
import { extractPdfText } from './test-support/extract-text.js';
import { toWinAnsi } from './winansi.js';

const example = (name: string): Case => {
  const v = validateCase(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.case;
};

const patient = { id: 'p-1', familyName: 'Able', givenName: 'Anna', birthDate: '1984-06-02', sex: 'female', mrn: 'A-1' };

function letterInput(output: CitedAssessment | Record<string, unknown>, over: Partial<ClinicianLetterInput> = {}): ClinicianLetterInput {
  const o = output as CitedAssessment;
  return {
    patient,
    assessment: {
      id: 'a-1',
      assessmentDate: o.case.assessmentDate,
      knowledgeBase: o.knowledgeBase,
      engineVersion: o.engine.version,
      urgency: o.triage.urgency,
      timeZone: 'Europe/London',
      createdAt: '2026-04-14T09:00:00.000Z',
      createdBy: 'Dr In',
      output,
    },
    signOff: [],
    compress: false,
    ...over,
  };
}

const treatmentText = (id: string) => knowledgeBase().treatments.find((t) => t.id === id)?.patient;

describe('text extraction and WinAnsi', () => {
  it('spells signs the standard fonts lack and keeps Latin-1', () => {
    expect(toWinAnsi('PVR ≥ 200 mL, 2–3 × daily, naïve → “ok”, łódź')).toBe('PVR >= 200 mL, 2–3 × daily, naïve -> “ok”, lódz');
  });
});

describe('clinician letter', () => {
  const emergency = assessWithCitations(example('cauda-equina-after-decompression.json'));

  it('prints red flags first, then classification, causes, work-up, plan, safety, sign-off and references', async () => {
    const pdf = await renderClinicianLetter(
      letterInput(emergency, {
        signOff: [
          { key: 'red-flag:cauda-equina-syndrome', kind: 'red-flag', title: 'Cauda equina syndrome: emergency MRI', decision: { decision: 'accept', reason: null, clinician: 'Dr In', at: '2026-04-14T10:00:00.000Z' } },
          { key: 'workup:mri-gadolinium', kind: 'workup', title: 'MRI with gadolinium', decision: null },
        ],
      }),
    );
    const x = extractPdfText(pdf);
    const text = x.text;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(x.info.Title).toBe('SpinePath assessment letter: ABLE, Anna (2026-03-04)');
    // Identifiers, knowledge-base version and hash.
    expect(text).toContain('ABLE, Anna (female), born 1984-06-02');
    expect(text).toContain('MRN A-1');
    expect(text).toContain(`version ${emergency.knowledgeBase.version}, hash ${emergency.knowledgeBase.hash}`);
    // Red flag boxed and first.
    const flag = emergency.triage.redFlags[0]!;
    expect(text).toContain(`RED FLAG ${flag.code}: ${flag.name.split(' (')[0]}`);
    expect(text).toContain(flag.actions[0]!);
    const order = ['Red flags', 'RED FLAG RF01', 'Classification', 'Likely causes, ranked', 'Work-up', 'Treatment plan', 'Safety notes', 'recommendations decided', 'References'].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Top cause with its probability and uncertainty range.
    const top = emergency.causes[0]!;
    expect(text).toContain(`1. ${top.name} (${top.code}): ${Math.round(top.probability * 100)}%`);
    expect(text).toContain(`Uncertainty range ${Math.round(top.range.low * 100)}% to ${Math.round(top.range.high * 100)}%`);
    expect(text).toContain('Main evidence');
    // Work-up, plan, safety, sign-off.
    expect(text).toContain(emergency.workup[0]!.name);
    expect(text).toContain(emergency.plan[0]!.name);
    expect(text).toContain('Do not proceed until resolved');
    expect(text).toContain('PARTLY SIGNED OFF (1 of 2 decided)');
    expect(text).toContain('ACCEPTED: Cauda equina syndrome: emergency MRI - Dr In');
    expect(text).toContain('OPEN: MRI with gadolinium');
    // Every citation in full.
    for (const c of emergency.citations) expect(text, c.id).toContain(`(${c.id}): ${toWinAnsi(c.citation).replace(/\s+/g, ' ')}`.slice(0, 60));
    // Page numbers on every page.
    expect(x.pages.length).toBeGreaterThan(1);
    expect(text).toContain(`Page ${x.pages.length} of ${x.pages.length}`);
  });

  it('is byte-for-byte reproducible, compressed or not, and the compressed text reads the same', async () => {
    const a = await renderClinicianLetter(letterInput(emergency, { compress: true }));
    const b = await renderClinicianLetter(letterInput(emergency, { compress: true }));
    expect(a.equals(b)).toBe(true);
    const plain = await renderClinicianLetter(letterInput(emergency));
    expect(a.length).toBeLessThan(plain.length);
    expect(extractPdfText(a).text).toBe(extractPdfText(plain).text);
    expect(extractPdfText(a).info.CreationDate).toBe('D:20260414090000Z');
  });

  it('prints the stored output as it is: an older engine without plan and safety, and a stored text the current engine would not produce', async () => {
    const c = example('recurrent-disc-after-discectomy.json');
    const a = assessWithCitations(c) as unknown as Record<string, unknown>;
    const { plan: _p, safety: _s, planSummary: _ps, medications: _m, ...old } = a;
    const causes = (old.causes as { name: string }[]).map((x, i) => (i === 0 ? { ...x, name: 'A cause name as an earlier knowledge base worded it' } : x));
    const stored = { ...old, causes, knowledgeBase: { version: '2025.01.1', hash: '0123456789abcdef' } };
    const x = extractPdfText(await renderClinicianLetter(letterInput(stored as never)));
    expect(x.text).toContain('A cause name as an earlier knowledge base worded it');
    expect(x.text).toContain('version 2025.01.1, hash 0123456789abcdef');
    expect(x.text).toContain('This assessment has no treatment plan');
    expect(x.text).toContain('This assessment has no safety checks');
    expect(x.text).toContain('No red flag fired');
  });
});

describe('patient plan', () => {
  it('has the six sections in plain language, the options with benefits and risks, and urgent help', async () => {
    const a = assessWithCitations(example('facet-pain-after-fusion-with-blocks.json'));
    const version = patientVersionFromOutput(a, treatmentText);
    const pdf = await renderPatientPlan({
      patient,
      assessment: { id: 'a-2', assessmentDate: a.case.assessmentDate, createdAt: '2026-04-14T09:00:00.000Z', knowledgeBase: a.knowledgeBase },
      version,
      compress: false,
    });
    const x = extractPdfText(pdf);
    for (const h of ['Your care plan', 'What we think is going on', 'Tests and why', 'Your options', 'What you can do', 'When to get urgent help']) expect(x.text).toContain(h);
    const offered = a.plan.find((p) => p.recommendation === 'recommended' || p.recommendation === 'consider')!;
    const words = treatmentText(offered.treatment)!;
    expect(x.text).toContain(words.name);
    expect(x.text).toContain(`How it may help: ${words.benefits}`.slice(0, 50));
    expect(x.text).toContain(`Risks and downsides: ${words.risks}`.slice(0, 50));
    expect(x.text).toContain('go to an emergency department now');
    expect(x.text).toContain('Anna Able, born 1984-06-02');
    expect(x.text).not.toContain('likelihood ratio');
  });

  it('puts an active red flag and a PHQ-9 item 9 alert with its help lines at the top', async () => {
    const a = assessWithCitations(example('cauda-equina-after-decompression.json')) as unknown as Record<string, unknown>;
    const outcomes = { ...(a.outcomes as object), alerts: [{ id: 'phq9-item9', level: 'urgent', message: 'clinician text', patientMessage: 'Please talk to someone today about how you feel.', resources: [{ region: 'UK', name: 'Samaritans', contact: '116 123' }], instrument: 'phq9', date: '2026-03-04', path: 'questionnaires[0]' }] };
    const version = patientVersionFromOutput({ ...a, outcomes }, treatmentText);
    expect(version.actNow[0]).toContain('emergency department');
    const x = extractPdfText(
      await renderPatientPlan({ patient, assessment: { id: 'a-3', assessmentDate: '2026-03-04', createdAt: '2026-04-14T09:00:00.000Z', knowledgeBase: { version: 'v', hash: 'h' } }, version, compress: false }),
    );
    expect(x.text.indexOf('Please act on this today')).toBeLessThan(x.text.indexOf('What we think is going on'));
    expect(x.text).toContain('Please talk to someone today about how you feel.');
    expect(x.text).toContain('Samaritans (UK): 116 123');
  });
});

/**
 * Scores feed the engine: findings from DN4, painDETECT, STarT Back, PHQ-9/GAD-7 and PCS with their origin; the
 * screening tests counted as done within their validity; NRS fills missing pain ratings; recorded findings win.
 */
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { lumbarDiscectomyCase, cervicalAcdfCase } from '../test-support/cases.js';
import { assess } from './assess.js';
import { compiledKb } from './compiled-kb.js';
import { clinicalContext } from './context.js';
import { collectObservations } from './observations.js';

type Q = NonNullable<CaseInput['questionnaires']>[number];

function parsed(input: CaseInput) {
  const r = validateCase(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}
function obsOf(input: CaseInput) {
  const c = parsed(input).case;
  return collectObservations(c, clinicalContext(c), compiledKb());
}
const withQ = (q: Q[], over: Partial<CaseInput> = {}) => lumbarDiscectomyCase({ questionnaires: q, ...over });
const status = (input: CaseInput, id: string) => obsOf(input).byFinding.get(id)?.[0]?.status;

const DN4 = ['burning', 'painful-cold', 'electric-shocks', 'tingling', 'pins-and-needles', 'numbness', 'itching', 'hypoesthesia-touch', 'hypoesthesia-pinprick', 'brushing'];
const dn4 = (yes: number, date = '2026-05-01'): Q => ({ instrument: 'dn4', date, answers: Object.fromEntries(DN4.map((l, i) => [l, i < yes ? 1 : 0])) });

describe('neuropathic screening from DN4 and painDETECT', () => {
  it('DN4 4 is present, 3 absent, with the questionnaire as origin', () => {
    expect(status(withQ([dn4(4)]), 'dn4-4-or-more')).toBe('present');
    expect(status(withQ([dn4(3)]), 'dn4-4-or-more')).toBe('absent');
    const o = obsOf(withQ([dn4(6)])).byFinding.get('dn4-4-or-more')![0]!;
    expect(o.origin).toEqual({ kind: 'questionnaire', instrument: 'dn4', date: '2026-05-01', score: '6', path: 'questionnaires[0]' });
  });

  it('painDETECT bands: 12 unlikely, 13 and 18 uncertain, 19 likely', () => {
    const pd = (s: number): CaseInput => withQ([{ instrument: 'paindetect', date: '2026-05-01', score: s }]);
    expect([status(pd(12), 'paindetect-12-or-less'), status(pd(12), 'paindetect-19-or-more')]).toEqual(['present', 'absent']);
    expect([status(pd(13), 'paindetect-12-or-less'), status(pd(13), 'paindetect-19-or-more')]).toEqual(['absent', 'absent']);
    expect([status(pd(18), 'paindetect-12-or-less'), status(pd(18), 'paindetect-19-or-more')]).toEqual(['absent', 'absent']);
    expect([status(pd(19), 'paindetect-12-or-less'), status(pd(19), 'paindetect-19-or-more')]).toEqual(['absent', 'present']);
  });

  it('a scored DN4 counts as neuropathic-screening done while valid (90 days), and the latest score wins', () => {
    const o = obsOf(withQ([dn4(6, '2026-03-05'), dn4(2, '2026-04-01')]));
    expect(o.doneTests.get('neuropathic-screening')).toEqual({ test: 'neuropathic-screening', date: '2026-04-01', validUntil: '2026-06-30' });
    expect(o.byFinding.get('dn4-4-or-more')![0]!.status).toBe('absent');
    const a = assess(parsed(withQ([dn4(6, '2026-04-01')])).case);
    expect(a.workupDetail.alreadyDone.map((d) => d.test)).toContain('neuropathic-screening');
    expect(a.workup.map((w) => w.test)).not.toContain('neuropathic-screening');
  });

  it('an expired or pre-operative DN4 is set aside and not used', () => {
    const expired = obsOf(withQ([dn4(6, '2026-01-01')]));
    expect(expired.byFinding.has('dn4-4-or-more')).toBe(false);
    expect(expired.unusedTests).toEqual([{ test: 'neuropathic-screening', date: '2026-01-01', path: 'questionnaires[0]', reason: 'expired', validUntil: '2026-04-01' }]);
    const before = obsOf(withQ([dn4(6, '2025-05-01')]));
    expect(before.unusedTests[0]!.reason).toBe('before-latest-operation');
  });

  it('a later recorded test result of the same test replaces the questionnaire finding, and vice versa', () => {
    const tr = { test: 'neuropathic-screening', date: '2026-05-10', results: [{ id: 'dn4-4-or-more', status: 'absent' as const }] };
    expect(status(withQ([dn4(6, '2026-05-01')], { testResults: [tr] }), 'dn4-4-or-more')).toBe('absent');
    expect(status(withQ([dn4(6, '2026-05-20')], { testResults: [tr] }), 'dn4-4-or-more')).toBe('present');
  });

  it('a recorded finding wins, with a validation warning when the score disagrees', () => {
    const input = withQ([dn4(6)], { findings: [{ id: 'dn4-4-or-more', status: 'absent' }] });
    expect(status(input, 'dn4-4-or-more')).toBe('absent');
    expect(parsed(input).warnings).toEqual([
      expect.objectContaining({ path: 'findings[0].status', message: expect.stringMatching(/recorded absent but the DN4 6 on 2026-05-01 \(questionnaires\[0\]\) says present/) }),
    ]);
  });

  it('shows the origin in the evidence trail', () => {
    const a = assess(parsed(withQ([dn4(7)])).case);
    const ev = a.causes.flatMap((c) => c.evidence).find((e) => e.finding === 'dn4-4-or-more')!;
    expect(ev.origin).toMatchObject({ kind: 'questionnaire', instrument: 'dn4', score: '7' });
  });
});

describe('psychosocial findings from the latest scores', () => {
  const phq = (s: number, date = '2026-05-01'): Q => ({ instrument: 'phq9', date, score: s });
  const gad = (s: number, date = '2026-05-01'): Q => ({ instrument: 'gad7', date, score: s });
  it('PHQ-9 ≥10 or GAD-7 ≥10: depression-or-anxiety present', () => {
    expect(status(withQ([phq(10)]), 'depression-or-anxiety')).toBe('present');
    expect(status(withQ([gad(10), phq(3)]), 'depression-or-anxiety')).toBe('present');
  });
  it('absent only when both screens are below 10; one screen alone is not enough', () => {
    expect(status(withQ([phq(9), gad(9)]), 'depression-or-anxiety')).toBe('absent');
    expect(status(withQ([phq(9)]), 'depression-or-anxiety')).toBeUndefined();
  });
  it('the latest score counts', () => {
    expect(status(withQ([phq(15, '2026-01-01'), phq(4, '2026-04-01'), gad(2, '2026-04-01')]), 'depression-or-anxiety')).toBe('absent');
  });
  it('PCS 30 present, 29 absent', () => {
    expect(status(withQ([{ instrument: 'pcs', date: '2026-05-01', score: 30 }]), 'pcs-30-or-more')).toBe('present');
    expect(status(withQ([{ instrument: 'pcs', date: '2026-05-01', score: 29 }]), 'pcs-30-or-more')).toBe('absent');
  });
  it('STarT Back: high risk present and the screening done; a total above 3 without answers gives neither', () => {
    const high: Q = { instrument: 'start-back', date: '2026-05-01', answers: { '91340-0': 1, '91341-8': 0, '91342-6': 0, '91343-4': 0, '91344-2': 1, '91345-9': 1, '91346-7': 1, '91347-5': 1, '91348-3': 4 } };
    const o = obsOf(withQ([high]));
    expect(o.byFinding.get('start-back-high-risk')![0]!.status).toBe('present');
    expect(o.doneTests.has('start-back-screening')).toBe(true);
    expect(status(withQ([{ instrument: 'start-back', date: '2026-05-01', score: 3 }]), 'start-back-high-risk')).toBe('absent');
    const unknown = obsOf(withQ([{ instrument: 'start-back', date: '2026-05-01', score: 6 }]));
    expect(unknown.byFinding.has('start-back-high-risk')).toBe(false);
    expect(unknown.doneTests.has('start-back-screening')).toBe(false);
  });
});

describe('NRS fills missing pain ratings', () => {
  it('the latest NRS per site derives leg- or axial-dominance, with its origin', () => {
    const input = withQ(
      [
        { instrument: 'nrs', date: '2026-02-01', answers: { 'nrs-back': 7, 'nrs-leg': 3 } },
        { instrument: 'nrs', date: '2026-05-01', answers: { 'nrs-back': 3, 'nrs-leg': 8 } },
      ],
      { pain: {} },
    );
    const o = obsOf(input).byFinding.get('leg-pain-dominant')![0]!;
    expect(o.status).toBe('present');
    expect(o.origin).toEqual({ kind: 'derived', from: 'NRS back 3 (questionnaires[1], 2026-05-01), NRS leg 8 (questionnaires[1], 2026-05-01)' });
    const a = assess(parsed(input).case);
    expect(a.outcomes.current.pain.leg).toEqual({ value: 8, date: '2026-05-01', source: 'questionnaire', path: 'questionnaires[1]' });
    expect(a.outcomes.current.vasFromNrs.leg).toMatchObject({ mm: 80, atLeast50Since: '2026-05-01' });
    expect(a.outcomes.current.vasBasis.kind).toBe('expert-estimate');
  });
  it('the case rating wins over a questionnaire score', () => {
    const c = parsed(withQ([{ instrument: 'nrs', date: '2026-05-01', answers: { 'nrs-back': 9, 'nrs-leg': 1 } }])).case;
    expect(assess(c).outcomes.current.pain.leg).toMatchObject({ value: 7, source: 'case.pain' });
  });
  it('cervical cases read neck and arm', () => {
    const c = parsed(cervicalAcdfCase({ pain: {}, questionnaires: [{ instrument: 'nrs', date: '2026-05-01', answers: { 'nrs-neck': 2, 'nrs-arm': 6 } }] })).case;
    expect(collectObservations(c, clinicalContext(c), compiledKb()).byFinding.get('arm-pain-dominant')![0]!.status).toBe('present');
  });
});

describe('assessment output', () => {
  it('a case without questionnaires or treatments asks for the baseline and escalates nothing', () => {
    const a = assess(parsed(lumbarDiscectomyCase()).case);
    expect(a.outcomes).toMatchObject({ trends: [], courses: [], escalations: [], alerts: [], pgic: null });
    expect(a.outcomes.followUp.dueNow[0]).toMatchObject({ id: 'baseline', status: 'due' });
    expect(a.outcomes.current.pain.leg).toMatchObject({ value: 7, source: 'case.pain' });
  });
  it('is deterministic', () => {
    const input = withQ([dn4(5), { instrument: 'phq9', date: '2026-05-01', score: 12 }], { treatments: [{ treatment: 'medication', start: '2026-01-01', status: 'ongoing', response: { reliefPercent: 5 } }] });
    expect(JSON.stringify(assess(parsed(input).case))).toBe(JSON.stringify(assess(parsed(input).case)));
  });
});

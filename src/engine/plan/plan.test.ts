/**
 * The plan rules: every contraindication and caution both ways, NICE TA159 and MTG41 at their boundaries, RF
 * denervation only after positive comparative blocks, revision surgery only for a confirmed concordant lesion, prior
 * courses and escalations, red-flag suppression, goals and the NG59 do-not-offer entries.
 */
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../case/schema.js';
import { validateCase } from '../../case/validate.js';
import { lumbarDiscectomyCase, lumbarFusionCase } from '../../test-support/cases.js';
import { assess } from '../assess.js';
import type { Escalation } from '../contracts.js';

function run(input: CaseInput, escalations: Escalation[] = []) {
  const v = validateCase(input);
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return assess(v.case, { escalations });
}
const item = (a: ReturnType<typeof run>, id: string) => {
  const i = a.plan.find((x) => x.treatment === id);
  if (!i) throw new Error(`no plan item ${id}`);
  return i;
};
const active = (r: string) => r === 'recommended' || r === 'consider';

/** Radicular neuropathic leg pain after discectomy: SCS candidate profile (no correctable lesion suspected). */
function neuropathicLeg(over: Partial<CaseInput> = {}, pain: Record<string, unknown> = {}): CaseInput {
  return lumbarDiscectomyCase({
    assessmentDate: '2026-06-01',
    surgeries: [{ date: '2024-01-10', region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false }],
    pain: { back: 2, leg: 7, durationMonths: 18, character: ['burning', 'tingling'], sites: [{ site: 'leg-below-knee', side: 'left' }], ...pain },
    findings: [
      { id: 'never-improved-after-surgery', status: 'present' },
      { id: 'dermatomal-radiating-pain', status: 'present', level: 'S1', side: 'left' },
      { id: 'dermatomal-sensory-deficit', status: 'present', level: 'S1', side: 'left' },
      { id: 'dn4-4-or-more', status: 'present' },
      { id: 'pain-free-interval-then-recurrence', status: 'absent' },
    ],
    testResults: [
      {
        test: 'mri-gadolinium',
        date: '2026-03-01',
        results: [
          { id: 'no-neural-compression-on-mri', status: 'present' },
          { id: 'non-enhancing-disc-fragment-on-gadolinium-mri', status: 'absent' },
          { id: 'neural-compression-at-operated-level-on-imaging', status: 'absent' },
          { id: 'foraminal-stenosis-on-imaging', status: 'absent' },
        ],
      },
    ],
    scsAssessment: { conventionalManagementTried: true, mdtAssessment: true, trial: { date: '2026-05-01', reliefPercent: 60 } },
    ...over,
  });
}

describe('exercise therapy', () => {
  it('is in every plan, recommended now', () => {
    const a = run(lumbarDiscectomyCase());
    expect(item(a, 'exercise-therapy')).toMatchObject({ recommendation: 'recommended', step: 'now' });
  });
  it('carries the after-fusion caution only after a fusion', () => {
    expect(item(run(lumbarFusionCase()), 'exercise-therapy').cautions?.[0]).toMatch(/After a fusion/);
    expect(item(run(lumbarDiscectomyCase()), 'exercise-therapy').cautions).toBeUndefined();
  });
});

describe('contraindications and cautions, both ways', () => {
  const scsBase = neuropathicLeg();
  it('SCS is recommended for the profile that meets every TA159 criterion', () => {
    expect(item(run(scsBase), 'spinal-cord-stimulation')).toMatchObject({ recommendation: 'recommended', step: 'now' });
  });

  it('suspected infection: needle procedures and implants contraindicated; not without it', () => {
    const infected = run({ ...scsBase, findings: [...scsBase.findings!, { id: 'wound-drainage', status: 'present' }] });
    for (const id of ['spinal-cord-stimulation', 'high-frequency-scs']) {
      const i = item(infected, id);
      expect(i.recommendation, id).not.toMatch(/^(recommended|consider)$/);
      expect(i.contraindications?.[0], id).toMatch(/Infection suspected.*wound-drainage/);
    }
    expect(item(infected, 'spinal-cord-stimulation').recommendation).toBe('contraindicated');
    expect(item(run(scsBase), 'spinal-cord-stimulation').contraindications).toBeUndefined();
  });

  it('an active infection recorded as a comorbidity also contraindicates injections', () => {
    const esiCase = neuropathicLeg({}, { durationMonths: 2 });
    expect(item(run(esiCase), 'epidural-steroid-injection').recommendation).toBe('consider');
    const a = run({ ...esiCase, comorbidities: [{ id: 'active-infection' }] });
    expect(item(a, 'epidural-steroid-injection').recommendation).toBe('contraindicated');
  });

  it('unresolved major psychiatric disorder contraindicates SCS; absent, it does not', () => {
    expect(item(run({ ...scsBase, comorbidities: [{ id: 'uncontrolled-major-psychiatric-disorder' }] }), 'spinal-cord-stimulation').recommendation).toBe('contraindicated');
    expect(item(run({ ...scsBase, comorbidities: [{ id: 'liver-disease' }] }), 'spinal-cord-stimulation').recommendation).toBe('recommended');
  });

  it('bleeding disorder caps procedures at "consider"', () => {
    const i = item(run({ ...scsBase, comorbidities: [{ id: 'bleeding-disorder' }] }), 'spinal-cord-stimulation');
    expect(i.recommendation).toBe('consider');
    expect(i.cautions?.join(' ')).toMatch(/Bleeding disorder/);
  });

  it('cognitive impairment and substance use disorder cap SCS at "consider"', () => {
    expect(item(run({ ...scsBase, comorbidities: [{ id: 'cognitive-impairment' }] }), 'spinal-cord-stimulation').recommendation).toBe('consider');
    expect(item(run({ ...scsBase, comorbidities: [{ id: 'substance-use-disorder' }] }), 'spinal-cord-stimulation').recommendation).toBe('consider');
  });

  it('pregnancy defers elective procedures to later', () => {
    const i = item(run({ ...scsBase, patient: { age: 35, sex: 'female', pregnant: true } }), 'spinal-cord-stimulation');
    expect(i).toMatchObject({ recommendation: 'consider', step: 'later' });
    expect(item(run({ ...scsBase, patient: { age: 35, sex: 'female', pregnant: false } }), 'spinal-cord-stimulation').step).toBe('now');
  });

  it('a pseudomeningocele warns before needle procedures (a caution, not a block)', () => {
    const pm = run({ ...scsBase, findings: [...scsBase.findings!, { id: 'fluctuant-mass-under-scar', status: 'present' }] });
    expect(item(pm, 'spinal-cord-stimulation').cautions?.join(' ')).toMatch(/Pseudomeningocele/);
    expect(item(run(scsBase), 'spinal-cord-stimulation').cautions ?? []).not.toContainEqual(expect.stringMatching(/Pseudomeningocele/));
  });

  it('an anticoagulant adds the hold caution to procedures; not without one', () => {
    const a = run({ ...scsBase, medications: [{ name: 'apixaban', dose: 5, unit: 'mg', frequencyPerDay: 2 }] });
    expect(item(a, 'spinal-cord-stimulation').cautions?.join(' ')).toMatch(/anticoagulant or antiplatelet/);
    expect(item(run(scsBase), 'spinal-cord-stimulation').cautions).toBeUndefined();
  });

  it('a dural tear at surgery adds the adhesiolysis tear caution', () => {
    const fib = neuropathicLeg({ treatments: [{ treatment: 'epidural-steroid-injection', start: '2025-06-01', status: 'completed', response: { reliefPercent: 0 } }] });
    const withTear = run({ ...fib, surgeries: [{ ...fib.surgeries![0]!, duralTear: true }] });
    const without = run({ ...fib, surgeries: [{ ...fib.surgeries![0]!, duralTear: false }] });
    expect(item(withTear, 'epidural-adhesiolysis').cautions?.join(' ') ?? '').toMatch(/tear the dura/);
    expect(item(without, 'epidural-adhesiolysis').cautions?.join(' ') ?? '').not.toMatch(/tear the dura/);
  });
});

describe('NICE TA159 criteria at their boundaries', () => {
  const crit = (a: ReturnType<typeof run>, id: string, cid: string) => item(a, id).criteria?.find((k) => k.id === cid);

  it('VAS 49 mm is not met, 50 mm is met', () => {
    expect(crit(run(neuropathicLeg({}, { vasMm: 49 })), 'spinal-cord-stimulation', 'pain-50mm')?.status).toBe('not-met');
    expect(item(run(neuropathicLeg({}, { vasMm: 49 })), 'spinal-cord-stimulation').recommendation).toBe('not-recommended');
    expect(crit(run(neuropathicLeg({}, { vasMm: 50 })), 'spinal-cord-stimulation', 'pain-50mm')?.status).toBe('met');
    expect(item(run(neuropathicLeg({}, { vasMm: 50 })), 'spinal-cord-stimulation').recommendation).toBe('recommended');
  });

  it('5 months is not met, 6 months is met', () => {
    expect(crit(run(neuropathicLeg({}, { durationMonths: 5 })), 'spinal-cord-stimulation', 'six-months')?.status).toBe('not-met');
    expect(item(run(neuropathicLeg({}, { durationMonths: 5 })), 'spinal-cord-stimulation')).toMatchObject({ recommendation: 'consider', step: 'later' });
    expect(crit(run(neuropathicLeg({}, { durationMonths: 6 })), 'spinal-cord-stimulation', 'six-months')?.status).toBe('met');
  });

  it('reads an NRS of 5 as 50 mm and 4 as 40 mm, labelled approximate (expert estimate)', () => {
    const five = crit(run(neuropathicLeg({}, { leg: 5 })), 'spinal-cord-stimulation', 'pain-50mm')!;
    expect(five).toMatchObject({ status: 'met', approximate: true });
    expect(five.reason).toMatch(/approximation, expert estimate/);
    expect(crit(run(neuropathicLeg({}, { leg: 4, back: 1 })), 'spinal-cord-stimulation', 'pain-50mm')).toMatchObject({ status: 'not-met', approximate: true });
  });

  it('a trial of 49% fails, 50% succeeds; no trial leaves the referral at "consider"', () => {
    const trial = (reliefPercent: number) => neuropathicLeg({ scsAssessment: { conventionalManagementTried: true, mdtAssessment: true, trial: { date: '2026-05-01', reliefPercent } } });
    expect(item(run(trial(49)), 'spinal-cord-stimulation').recommendation).toBe('not-recommended');
    expect(item(run(trial(50)), 'spinal-cord-stimulation').recommendation).toBe('recommended');
    const none = item(run(neuropathicLeg({ scsAssessment: { conventionalManagementTried: true } })), 'spinal-cord-stimulation');
    expect(none).toMatchObject({ recommendation: 'consider', step: 'now' });
    expect(none.criteria?.map((k) => `${k.id}:${k.status}`)).toEqual(['neuropathic-origin:met', 'pain-50mm:met', 'six-months:met', 'despite-cmm:met', 'mdt-assessment:unknown', 'successful-trial:unknown']);
  });

  it('Thomson 2020 factors lower the advice and name what to address first', () => {
    const a = run(neuropathicLeg({ findings: [...neuropathicLeg().findings!, { id: 'depression-or-anxiety', status: 'present' }] }));
    const i = item(a, 'spinal-cord-stimulation');
    expect(i).toMatchObject({ recommendation: 'consider', step: 'next' });
    expect(i.reasons.join(' ')).toMatch(/psychological distress.*Address these first/);
  });

  it('MTG41: 10 kHz SCS is at most "consider", and only after back surgery', () => {
    expect(item(run(neuropathicLeg()), 'high-frequency-scs').recommendation).toBe('consider');
  });

  it('no neuropathic component: SCS not recommended', () => {
    const a = run(lumbarFusionCase({ findings: [{ id: 'mechanical-pain-on-loading', status: 'present' }] }));
    expect(item(a, 'spinal-cord-stimulation').recommendation).toBe('not-recommended');
  });
});

describe('radiofrequency denervation only after positive comparative medial branch blocks', () => {
  const facet = (results: { id: string; status: 'present' | 'absent' }[], over: Partial<CaseInput> = {}) =>
    lumbarFusionCase({
      surgeries: [{ date: '2023-03-01', region: 'lumbar', procedure: 'decompression-and-fusion', levels: ['L4-L5'], instrumented: true, fusion: true, fusionToSacrum: false }],
      pain: { back: 6, leg: 1 },
      findings: [
        { id: 'new-different-pain', status: 'present' },
        { id: 'pain-worse-extension-rotation', status: 'present' },
      ],
      testResults: results.length ? [{ test: 'medial-branch-blocks', date: '2026-05-01', results: results.map((r) => ({ ...r, level: 'L3-L4', side: 'bilateral' })) }] : [],
      treatments: [{ treatment: 'exercise-therapy', start: '2025-09-01', end: '2025-12-01', status: 'completed', response: { global: 'no-change' } }],
      ...over,
    });

  it('recommended when dual blocks are positive and every NG59 criterion is met', () => {
    const i = item(run(facet([{ id: 'positive-dual-medial-branch-blocks', status: 'present' }])), 'radiofrequency-denervation');
    expect(i.recommendation).toBe('recommended');
    expect(i.criteria?.every((k) => k.status === 'met')).toBe(true);
  });

  it('never recommended after a single positive block (a second block first)', () => {
    const i = item(run(facet([{ id: 'positive-single-medial-branch-block', status: 'present' }])), 'radiofrequency-denervation');
    // "next", brought forward to "now" because the exercise course did not improve.
    expect(i).toMatchObject({ recommendation: 'consider', step: 'now' });
    expect(i.reasons.join(' ')).toMatch(/Moved to now/);
    expect(i.missing).toContain('a second (comparative) medial branch block');
  });

  it('not for the facets after a negative block (a possible SIJ source stays "later, after SIJ blocks")', () => {
    const i = item(run(facet([{ id: 'negative-medial-branch-block', status: 'present' }])), 'radiofrequency-denervation');
    expect(i.recommendation).not.toBe('recommended');
    expect(i.reasons[0]).toMatch(/Facet: medial branch block negative: no radiofrequency denervation of the facets/);
    expect(i.procedures).not.toContain('lumbar-medial-branch-block-or-rfa');
  });

  it('back pain below 5 fails the NG59 criterion', () => {
    const a = run(facet([{ id: 'positive-dual-medial-branch-blocks', status: 'present' }], { pain: { back: 4, leg: 1 } }));
    const i = item(a, 'radiofrequency-denervation');
    expect(i.recommendation).not.toBe('recommended');
    expect(i.criteria?.find((k) => k.id === 'localised-pain-5')).toMatchObject({ status: 'not-met', approximate: true });
    expect(i.reasons[0]).toMatch(/NG59 criteria not met/);
  });

  it('without a failed conservative course the first criterion is unknown: consider, with what is missing', () => {
    const a = run(facet([{ id: 'positive-dual-medial-branch-blocks', status: 'present' }], { treatments: [] }));
    const i = item(a, 'radiofrequency-denervation');
    expect(i.recommendation).toBe('consider');
    expect(i.missing?.[0]).toMatch(/record the exercise or medication course/);
  });
});

describe('revision surgery', () => {
  const recurrent = (fragment: { level?: string; side?: 'left' | 'right' } | null, over: Partial<CaseInput> = {}) =>
    lumbarDiscectomyCase({
      assessmentDate: '2026-06-01',
      surgeries: [{ date: '2023-06-01', region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false }],
      pain: { back: 2, leg: 8, durationMonths: 2, sites: [{ site: 'leg-below-knee', side: 'left' }] },
      findings: [
        { id: 'pain-free-interval-then-recurrence', status: 'present' },
        { id: 'relief-lasted-6-months-or-more', status: 'present' },
        { id: 'dermatomal-radiating-pain', status: 'present', level: 'S1', side: 'left' },
        { id: 'positive-straight-leg-raise', status: 'present', side: 'left' },
      ],
      testResults: fragment ? [{ test: 'mri-gadolinium', date: '2026-05-01', results: [{ id: 'non-enhancing-disc-fragment-on-gadolinium-mri', status: 'present', ...fragment }] }] : [],
      ...over,
    });

  it('a fragment at the level and side of the symptoms confirms the lesion: surgical review recommended, with the prognosis by previous operations', () => {
    const i = item(run(recurrent({ level: 'L5-S1', side: 'left' })), 'revision-surgery');
    expect(i).toMatchObject({ recommendation: 'recommended', step: 'now' });
    expect(i.reasons.join(' ')).toMatch(/1 previous lumbar operation: NORspine 2023 odds .* 2.1 times/);
    expect(i.reasons.join(' ')).toMatch(/Waddell 1979: about 40 in 100 second operations/);
  });

  it('the wrong side or level is not confirmation: at most consider, naming what is missing', () => {
    for (const f of [{ level: 'L5-S1', side: 'right' as const }, { level: 'L2-L3', side: 'left' as const }, {}]) {
      const i = item(run(recurrent(f)), 'revision-surgery');
      expect(i.recommendation, JSON.stringify(f)).toBe('consider');
      expect(i.missing?.length, JSON.stringify(f)).toBeGreaterThan(0);
    }
  });

  it('without imaging: consider, and the missing test is named', () => {
    const i = item(run(recurrent(null)), 'revision-surgery');
    expect(i.recommendation).toBe('consider');
    expect(i.missing?.join(' ')).toMatch(/non-enhancing-disc-fragment-on-gadolinium-mri.*mri-gadolinium/);
  });

  it('psychosocial factors lower a confirmed lesion to "consider" (Waddell 1979)', () => {
    const c = recurrent({ level: 'L5-S1', side: 'left' });
    const a = run({ ...c, findings: [...c.findings!, { id: 'compensation-or-litigation', status: 'present' }] });
    expect(item(a, 'revision-surgery').recommendation).toBe('consider');
  });

  it('scar alone is not an indication', () => {
    const a = run(
      lumbarDiscectomyCase({
        findings: [
          { id: 'pain-free-interval-then-recurrence', status: 'present' },
          { id: 'dermatomal-radiating-pain', status: 'present', level: 'L5', side: 'left' },
        ],
        testResults: [
          {
            test: 'mri-gadolinium',
            date: '2026-05-01',
            results: [
              { id: 'enhancing-scar-on-gadolinium-mri', status: 'present', level: 'L4-L5', side: 'left' },
              { id: 'non-enhancing-disc-fragment-on-gadolinium-mri', status: 'absent' },
              { id: 'neural-compression-at-operated-level-on-imaging', status: 'absent' },
              { id: 'foraminal-stenosis-on-imaging', status: 'absent' },
              { id: 'adjacent-level-stenosis-or-herniation-on-imaging', status: 'absent' },
            ],
          },
        ],
      }),
    );
    const i = item(a, 'revision-surgery');
    expect(i.recommendation).toBe('not-recommended');
    expect(i.reasons[0]).toMatch(/Scar .* alone is not an indication/);
  });
});

describe('stepped care: prior courses and escalations', () => {
  it('a course that did not improve is marked, and the next step moves to now', () => {
    const base = neuropathicLeg({ scsAssessment: undefined });
    const before = run(base);
    expect(item(before, 'psychological-therapy').step).toBe('next');
    const a = run({ ...base, treatments: [{ treatment: 'exercise-therapy', start: '2025-09-01', end: '2025-12-01', status: 'completed', response: { reliefPercent: 10 } }] });
    expect(item(a, 'exercise-therapy').notImproving).toBe(true);
    const psych = item(a, 'psychological-therapy');
    expect(psych.step).toBe('now');
  });

  it('an escalation from outcome tracking marks the course and brings the next step forward', () => {
    const base = neuropathicLeg({ scsAssessment: undefined });
    const esc: Escalation = {
      treatment: 'exercise-therapy',
      courseIndex: 0,
      courseStart: '2026-01-05',
      reviewDue: '2026-03-30',
      measure: 'nrs:leg',
      baseline: 7,
      latest: 7,
      change: { absolute: 0, percent: 0 },
      threshold: '>= 30% reduction (IMMPACT moderately important)',
      reason: 'no improvement after 12 weeks',
      sources: ['dworkin-2008'],
    };
    const a = run({ ...base, treatments: [{ treatment: 'exercise-therapy', start: '2026-01-05', status: 'ongoing' }] }, [esc]);
    const ex = item(a, 'exercise-therapy');
    expect(ex.notImproving).toBe(true);
    expect(ex.reasons.join(' ')).toMatch(/Outcome tracking: no improvement after 12 weeks/);
    expect(item(a, 'psychological-therapy').step).toBe('now');
    expect(a.planSummary.escalations).toEqual([{ treatment: 'exercise-therapy', reviewDue: '2026-03-30', reason: 'no improvement after 12 weeks' }]);
  });

  it('an intervention that did not help is not repeated', () => {
    const a = run(
      neuropathicLeg({ treatments: [{ treatment: 'epidural-steroid-injection', start: '2026-04-01', end: '2026-04-01', status: 'completed', response: { global: 'no-change' } }] }, { durationMonths: 2 }),
    );
    const i = item(a, 'epidural-steroid-injection');
    expect(i).toMatchObject({ recommendation: 'not-recommended', notImproving: true });
  });
});

describe('red flags override everything', () => {
  it('an emergency suppresses every plan item', () => {
    const a = run(lumbarDiscectomyCase({ findings: [{ id: 'urinary-retention-or-saddle-anaesthesia', status: 'present' }] }));
    expect(a.triage.urgency).toBe('emergency');
    for (const i of a.plan.filter((x) => x.code !== 'T15')) expect(i, i.treatment).toMatchObject({ suppressed: expect.stringMatching(/^Emergency/), step: 'later' });
  });

  it('an urgent flag suppresses elective interventions but keeps conservative care', () => {
    const a = run(lumbarFusionCase({ findings: [{ id: 'wound-drainage', status: 'present' }] }));
    expect(a.triage.urgency).toBe('urgent');
    expect(item(a, 'diagnostic-blocks').suppressed).toMatch(/^Urgent/);
    expect(item(a, 'exercise-therapy').suppressed).toBeUndefined();
    expect(item(a, 'exercise-therapy').reasons.join(' ')).toMatch(/confirm with the urgent review/);
  });

  it('a reviewed flag no longer suppresses', () => {
    const a = run(
      lumbarDiscectomyCase({
        findings: [{ id: 'urinary-retention-or-saddle-anaesthesia', status: 'present', date: '2026-05-20' }],
        redFlagReviews: [{ redFlag: 'cauda-equina-syndrome', date: '2026-05-25', outcome: 'excluded' }],
      }),
    );
    expect(a.plan.some((i) => i.suppressed)).toBe(false);
  });
});

describe('nociplastic picture and psychosocial load', () => {
  it('recommend the combined physical and psychological programme now', () => {
    const a = run(lumbarDiscectomyCase({ findings: [{ id: 'pcs-30-or-more', status: 'present' }] }));
    expect(item(a, 'psychological-therapy')).toMatchObject({ recommendation: 'recommended', step: 'now' });
    const quiet = run(lumbarDiscectomyCase());
    expect(item(quiet, 'psychological-therapy')).toMatchObject({ recommendation: 'consider', step: 'next' });
  });
});

describe('goals, preferences and the NG59 list', () => {
  it('shows goals and preferences beside the items', () => {
    const a = run({ ...neuropathicLeg(), goals: ['reduce-leg-pain'], preferences: ['no-implanted-device'] });
    expect(item(a, 'spinal-cord-stimulation').goals).toEqual({ supports: ['reduce-leg-pain'], conflicts: ['no-implanted-device'] });
    expect(item(a, 'exercise-therapy').goals).toBeUndefined();
  });

  it('orders options of equal standing by the patient goals', () => {
    const a = run({ ...lumbarDiscectomyCase({ findings: [{ id: 'pcs-30-or-more', status: 'present' }] }), goals: ['sleep-better', 'return-to-work', 'reduce-medicines'] });
    const now = a.plan.filter((i) => i.step === 'now' && i.recommendation === 'recommended').map((i) => i.treatment);
    expect(now.indexOf('psychological-therapy')).toBeLessThan(now.indexOf('exercise-therapy'));
  });

  it('lists the NG59 do-not-offer entries as not recommended for lumbar cases, and names the drugs being taken', () => {
    const a = run(lumbarDiscectomyCase({ medications: [{ name: 'pregabalin', dose: 75, unit: 'mg', frequencyPerDay: 2 }] }));
    const t15 = a.plan.filter((i) => i.code === 'T15');
    expect(t15.length).toBeGreaterThanOrEqual(12);
    expect(t15.every((i) => i.recommendation === 'not-recommended')).toBe(true);
    expect(t15.find((i) => i.treatment === 'gabapentinoids-for-sciatica')!.reasons.join(' ')).toMatch(/Currently taking pregabalin/);
  });

  it('gives every recommended or considered item a review time', () => {
    const a = run(neuropathicLeg());
    for (const i of a.plan.filter((x) => active(x.recommendation) && x.treatment !== 'diagnostic-blocks')) expect(i.review, i.treatment).toMatch(/weeks/);
  });
});

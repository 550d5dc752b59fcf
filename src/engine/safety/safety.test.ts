/**
 * Safety checks, each both ways: ASRA/ESRA holds per procedure class with unverified cells flagged, MME and its
 * thresholds, opioid with benzodiazepine or sedatives, naloxone, the CG173/NG59 conflicts, NSAID cautions, gadolinium,
 * MRI with devices, pregnancy, suspected infection, pseudomeningocele, unknown medicines.
 */
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../case/schema.js';
import { validateCase } from '../../case/validate.js';
import { lumbarDiscectomyCase, lumbarFusionCase } from '../../test-support/cases.js';
import { assess } from '../assess.js';

function run(input: CaseInput) {
  const v = validateCase(input);
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return assess(v.case);
}
const ids = (a: ReturnType<typeof run>) => a.safety.map((s) => s.id);
const get = (a: ReturnType<typeof run>, id: string) => a.safety.find((s) => s.id === id);

/** Facet pain after fusion with positive comparative blocks: radiofrequency denervation (lumbar: low risk) is planned. */
const facetRfa = (over: Partial<CaseInput> = {}) =>
  lumbarFusionCase({
    surgeries: [{ date: '2023-03-01', region: 'lumbar', procedure: 'decompression-and-fusion', levels: ['L4-L5'], instrumented: true, fusion: true, fusionToSacrum: false }],
    pain: { back: 6, leg: 1 },
    findings: [{ id: 'new-different-pain', status: 'present' }],
    testResults: [{ test: 'medial-branch-blocks', date: '2026-05-01', results: [{ id: 'positive-dual-medial-branch-blocks', status: 'present', level: 'L3-L4', side: 'bilateral' }] }],
    treatments: [{ treatment: 'exercise-therapy', start: '2025-09-01', end: '2025-12-01', status: 'completed', response: { global: 'no-change' } }],
    ...over,
  });

/** Acute severe sciatica: an epidural (intermediate risk) is considered. */
const sciatica = (over: Partial<CaseInput> = {}) =>
  lumbarDiscectomyCase({
    pain: { back: 2, leg: 8, durationMonths: 1, sites: [{ site: 'leg-below-knee', side: 'left' }] },
    findings: [
      { id: 'pain-free-interval-then-recurrence', status: 'present' },
      { id: 'dermatomal-radiating-pain', status: 'present', level: 'L5', side: 'left' },
    ],
    ...over,
  });

describe('anticoagulants and antiplatelets before procedures (ASRA/ESRA 2018)', () => {
  it('warfarin before an intermediate-risk epidural: stop 5 days with a normal INR, restart 6 h (read in a secondary copy: no verify flag)', () => {
    const s = get(run(sciatica({ medications: [{ name: 'warfarin', dose: 5, unit: 'mg', frequencyPerDay: 1 }] })), 'hold:warfarin:intermediate')!;
    expect(s.message).toMatch(/stop 5 days before and check that the INR is normal; restart 6 h after/);
    expect(s).toMatchObject({ severity: 'warn', verify: false, procedures: expect.arrayContaining(['epidural-steroid-injection']) });
  });

  it('apixaban: values from memory in evidence.md are flagged "verify against Narouze 2018", never silently', () => {
    const s = get(run(sciatica({ medications: [{ name: 'Eliquis', dose: 5, unit: 'mg', frequencyPerDay: 2 }] })), 'hold:apixaban:intermediate')!;
    expect(s.verify).toBe(true);
    expect(s.message).toMatch(/UNVERIFIED: verify against Narouze 2018/);
  });

  it('low-risk lumbar RF: warfarin needs no hold per the table but a shared assessment; aspirin for primary prevention needs none', () => {
    const a = run(facetRfa({ medications: [{ name: 'warfarin', dose: 3, unit: 'mg', frequencyPerDay: 1 }, { name: 'aspirin', dose: 75, unit: 'mg', frequencyPerDay: 1, purpose: 'primary-prevention' }] }));
    expect(get(a, 'hold:warfarin:low')!.message).toMatch(/no hold listed \(shared assessment\)/);
    const asp = get(a, 'hold:aspirin:low')!;
    expect(asp.message).toMatch(/no need to stop; restart 24 h after/);
    expect(asp.procedures).toContain('lumbar-medial-branch-block-or-rfa');
    // The hardware block of the work-up is classed low only by analogy: the whole line says verify.
    expect(asp.verify).toBe(asp.procedures.includes('hardware-local-anaesthetic-block'));
  });

  it('aspirin depends on its purpose: primary prevention stops 6 days before high-risk procedures, secondary prevention is a shared assessment', () => {
    const scs = (purpose: 'primary-prevention' | 'secondary-prevention' | undefined) =>
      lumbarDiscectomyCase({
        surgeries: [{ date: '2024-01-10', region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false }],
        pain: { back: 2, leg: 7, durationMonths: 18, sites: [{ site: 'leg-below-knee', side: 'left' }] },
        findings: [
          { id: 'never-improved-after-surgery', status: 'present' },
          { id: 'dermatomal-radiating-pain', status: 'present', level: 'S1', side: 'left' },
          { id: 'dermatomal-sensory-deficit', status: 'present', level: 'S1', side: 'left' },
        ],
        scsAssessment: { conventionalManagementTried: true },
        medications: [{ name: 'aspirin', dose: 75, unit: 'mg', frequencyPerDay: 1, ...(purpose ? { purpose } : {}) }],
      });
    expect(get(run(scs('primary-prevention')), 'hold:aspirin:high')!.message).toMatch(/stop 6 days before/);
    expect(get(run(scs('secondary-prevention')), 'hold:aspirin:high')!.message).toMatch(/shared assessment/);
    expect(get(run(scs(undefined)), 'hold:aspirin:high')!.message).toMatch(/depends on the purpose \(not recorded\)/);
  });

  it('dabigatran uses the impaired-kidney row when renal impairment is recorded', () => {
    const a = (renal: boolean) =>
      run(sciatica({ medications: [{ name: 'dabigatran', dose: 150, unit: 'mg', frequencyPerDay: 2 }], ...(renal ? { comorbidities: [{ id: 'renal-impairment', egfr: 40 }] } : {}) }));
    expect(get(a(false), 'hold:dabigatran:intermediate')!.message).toMatch(/normal kidney function.*4-5 days/);
    expect(get(a(true), 'hold:dabigatran:intermediate')!.message).toMatch(/impaired kidney function.*no value retrieved/);
  });

  it('covers the needle tests of the work-up, and says when no anticoagulant drug is recorded', () => {
    const a = run(facetRfa({ findings: [{ id: 'new-different-pain', status: 'present' }, { id: 'anticoagulant-or-coagulopathy', status: 'present' }] }));
    expect(get(a, 'hold:drug-not-recorded')?.severity).toBe('warn');
    expect(ids(run(facetRfa()))).not.toContain('hold:drug-not-recorded');
  });

  it('gives no hold items without a procedure or without an antithrombotic', () => {
    expect(ids(run(facetRfa())).filter((x) => x.startsWith('hold:'))).toEqual([]);
    const noProc = run(lumbarDiscectomyCase({ medications: [{ name: 'warfarin', dose: 5, unit: 'mg', frequencyPerDay: 1 }] }));
    expect(noProc.safety.filter((s) => s.id.startsWith('hold:warfarin:'))).toEqual(
      noProc.safety.filter((s) => s.id.startsWith('hold:warfarin:') && s.procedures.length > 0),
    );
  });
});

describe('opioids (CDC 2022)', () => {
  it('MME/day and the >= 50 precautions: 49.5 below, 60 at or above', () => {
    const below = run(lumbarDiscectomyCase({ medications: [{ name: 'oxycodone', dose: 11, unit: 'mg', frequencyPerDay: 3 }] }));
    expect(get(below, 'opioid-mme')!.message).toMatch(/49\.5 MME\/day/);
    expect(ids(below)).not.toContain('opioid-mme-50');
    const above = run(lumbarDiscectomyCase({ medications: [{ name: 'oxycodone', dose: 20, unit: 'mg', frequencyPerDay: 2 }] }));
    expect(get(above, 'opioid-mme-50')!.severity).toBe('warn');
    expect(ids(above)).not.toContain('opioid-mme-90');
  });

  it('at 90 MME/day or more, the 90 question is shown as unverified', () => {
    const a = run(lumbarDiscectomyCase({ medications: [{ name: 'morphine', dose: 45, unit: 'mg', frequencyPerDay: 2 }] }));
    expect(get(a, 'opioid-mme-90')).toMatchObject({ verify: true, message: expect.stringMatching(/UNVERIFIED/) });
  });

  it('an opioid that cannot be converted is named and the total called a lower bound', () => {
    const a = run(lumbarDiscectomyCase({ medications: [{ name: 'buprenorphine', dose: 10, unit: 'mcg/h', route: 'transdermal' }] }));
    expect(get(a, 'opioid-not-converted:0')!.message).toMatch(/not in the CDC 2022 MME table/);
  });

  it('opioid plus benzodiazepine: alert; either alone: none', () => {
    const both = run(lumbarDiscectomyCase({ medications: [{ name: 'tramadol', dose: 50, unit: 'mg', frequencyPerDay: 2 }, { name: 'Valium', dose: 5, unit: 'mg', frequencyPerDay: 1 }] }));
    expect(get(both, 'opioid-benzodiazepine')).toMatchObject({ severity: 'warn', drugs: ['tramadol', 'diazepam'] });
    expect(ids(run(lumbarDiscectomyCase({ medications: [{ name: 'diazepam', dose: 5, unit: 'mg', frequencyPerDay: 1 }] })))).not.toContain('opioid-benzodiazepine');
    expect(ids(run(lumbarDiscectomyCase({ medications: [{ name: 'tramadol', dose: 50, unit: 'mg', frequencyPerDay: 2 }] })))).not.toContain('opioid-benzodiazepine');
  });

  it('opioid plus another CNS depressant (z-drug, gabapentinoid): alert; without the opioid: none', () => {
    expect(get(run(lumbarDiscectomyCase({ medications: [{ name: 'codeine', dose: 30, unit: 'mg', frequencyPerDay: 4 }, { name: 'zopiclone', dose: 7.5, unit: 'mg', frequencyPerDay: 1 }] })), 'opioid-cns-depressant')).toBeDefined();
    expect(ids(run(lumbarDiscectomyCase({ medications: [{ name: 'zopiclone', dose: 7.5, unit: 'mg', frequencyPerDay: 1 }] })))).not.toContain('opioid-cns-depressant');
  });

  it('naloxone: a warning with a risk factor, information without, acknowledgement when prescribed', () => {
    const opioid = { name: 'codeine', dose: 30, unit: 'mg' as const, frequencyPerDay: 2 };
    expect(get(run(lumbarDiscectomyCase({ medications: [opioid] })), 'naloxone')!.severity).toBe('info');
    expect(get(run(lumbarDiscectomyCase({ medications: [opioid], comorbidities: [{ id: 'sleep-disordered-breathing' }] })), 'naloxone')!.severity).toBe('warn');
    expect(get(run(lumbarDiscectomyCase({ medications: [opioid, { name: 'naloxone' }], comorbidities: [{ id: 'opioid-overdose-history' }] })), 'naloxone')!.message).toMatch(/Naloxone is in the medication list/);
  });

  it('shows NICE and CDC side by side with their jurisdictions', () => {
    const s = get(run(lumbarDiscectomyCase({ medications: [{ name: 'morphine', dose: 10, unit: 'mg', frequencyPerDay: 2 }] })), 'opioid-guidelines')!;
    expect(s.jurisdictions?.map((j) => j.jurisdiction)).toEqual(['England (NICE)', 'United States (CDC)']);
  });
});

describe('medicine conflicts and NSAID cautions', () => {
  it('shows CG173 and NG59 side by side for a gabapentinoid in sciatica (warn), without resolving it', () => {
    const s = get(run(sciatica({ medications: [{ name: 'gabapentin', dose: 300, unit: 'mg', frequencyPerDay: 3 }] })), 'gabapentinoid-guideline-conflict')!;
    expect(s.severity).toBe('warn');
    expect(s.message).toMatch(/NICE CG173 .* NICE NG59/);
    expect(s.message).toMatch(/SpinePath does not choose/);
    expect(s.jurisdictions).toHaveLength(2);
  });

  it('no gabapentinoid conflict after cervical surgery or without neuropathic pain or a gabapentinoid', () => {
    expect(ids(run(lumbarFusionCase()))).not.toContain('gabapentinoid-guideline-conflict');
  });

  for (const [comorbidity, id] of [
    ['renal-impairment', 'nsaid-renal'],
    ['gi-bleeding-history', 'nsaid-gi-bleeding'],
    ['liver-disease', 'nsaid-liver'],
    ['cardiovascular-disease', 'nsaid-cardiovascular'],
  ] as const) {
    it(`NSAID with ${comorbidity}: caution; without: none`, () => {
      const nsaid = { name: 'naproxen', dose: 500, unit: 'mg' as const, frequencyPerDay: 2 };
      expect(get(run(lumbarDiscectomyCase({ medications: [nsaid], comorbidities: [{ id: comorbidity }] })), id)!.severity).toBe('warn');
      expect(ids(run(lumbarDiscectomyCase({ medications: [nsaid] })))).not.toContain(id);
    });
  }

  it('NSAID with an anticoagulant: caution; aspirin alone: none', () => {
    expect(get(run(lumbarDiscectomyCase({ medications: [{ name: 'ibuprofen', dose: 400, unit: 'mg', frequencyPerDay: 3 }, { name: 'rivaroxaban', dose: 20, unit: 'mg', frequencyPerDay: 1 }] })), 'nsaid-anticoagulant')).toBeDefined();
    expect(ids(run(lumbarDiscectomyCase({ medications: [{ name: 'aspirin', dose: 75, unit: 'mg', frequencyPerDay: 1 }] })))).not.toContain('nsaid-anticoagulant');
  });
});

describe('work-up safety', () => {
  const mriCase = (over: Partial<CaseInput> = {}) => sciatica(over);
  it('gadolinium with reduced kidney function: warn, without inventing a threshold; normal kidneys: none', () => {
    const a = run(mriCase({ comorbidities: [{ id: 'renal-impairment', egfr: 25 }] }));
    expect(a.workup.map((w) => w.test)).toContain('mri-gadolinium');
    expect(get(a, 'gadolinium-renal')!.message).toMatch(/eGFR 25.*no sourced eGFR threshold/);
    expect(ids(run(mriCase()))).not.toContain('gadolinium-renal');
  });

  it('MRI with a device: block when not MR-conditional, warn when conditional or unknown', () => {
    const sev = (mrConditional?: boolean) => get(run(mriCase({ devices: [{ kind: 'pacemaker', ...(mrConditional === undefined ? {} : { mrConditional }) }] })), 'mri-device:0')!;
    expect(sev(false).severity).toBe('block');
    expect(sev(true)).toMatchObject({ severity: 'warn', message: expect.stringMatching(/MR-conditional pacemaker/) });
    expect(sev(undefined).message).toMatch(/unknown MR status/);
    expect(ids(run(mriCase())).some((x) => x.startsWith('mri-device'))).toBe(false);
  });

  it('pregnancy: imaging, needle procedures and medicines flagged; not otherwise', () => {
    const a = run(mriCase({ patient: { age: 32, sex: 'female', pregnant: true }, medications: [{ name: 'paracetamol', dose: 1, unit: 'g', frequencyPerDay: 4 }] }));
    expect(ids(a)).toEqual(expect.arrayContaining(['pregnancy-imaging', 'pregnancy-medicines']));
    expect(ids(run(mriCase({ patient: { age: 32, sex: 'female', pregnant: false } })))).not.toContain('pregnancy-imaging');
  });
});

describe('red flags in the safety section', () => {
  it('suspected infection blocks injections', () => {
    const a = run(sciatica({ findings: [...sciatica().findings!, { id: 'fever', status: 'present' }] }));
    const s = get(a, 'suspected-infection')!;
    expect(s.severity).toBe('block');
    expect(s.procedures).toContain('epidural-steroid-injection');
    expect(ids(run(sciatica()))).not.toContain('suspected-infection');
  });

  it('an emergency is a block naming the suppressed items', () => {
    const a = run(lumbarDiscectomyCase({ findings: [{ id: 'loss-of-anal-tone', status: 'present' }] }));
    expect(get(a, 'red-flag-suppression')).toMatchObject({ severity: 'block', procedures: expect.arrayContaining(['exercise-therapy', 'revision-surgery']) });
    expect(a.safety[0]!.id).toBe('red-flag-suppression');
  });

  it('a pseudomeningocele warns before needle procedures', () => {
    const a = run(sciatica({ findings: [...sciatica().findings!, { id: 'fluctuant-mass-under-scar', status: 'present' }] }));
    expect(get(a, 'pseudomeningocele-needle')!.severity).toBe('warn');
    expect(ids(run(sciatica()))).not.toContain('pseudomeningocele-needle');
  });
});

describe('medicines SpinePath does not know', () => {
  it('are listed as not checked, with the nearest known names', () => {
    const s = get(run(lumbarDiscectomyCase({ medications: [{ name: 'Movicol' }] })), 'unchecked-medicine:0')!;
    expect(s.message).toMatch(/'Movicol' .* is not checked by SpinePath.*Nearest known names/);
  });
});

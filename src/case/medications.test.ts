/**
 * The plan inputs of the case format: medications (dose, unit, frequency; errors name the field; unknown drugs are
 * warned, never rejected), comorbidities, devices, goals, preferences, the SCS assessment and treatment ids.
 */
import { describe, expect, it } from 'vitest';
import { lumbarDiscectomyCase } from '../test-support/cases.js';
import { validateCase } from './validate.js';

const withMeds = (medications: unknown[], extra: Record<string, unknown> = {}) => validateCase({ ...lumbarDiscectomyCase(), medications, ...extra });
const errorsOf = (r: ReturnType<typeof validateCase>) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`));

describe('case medications', () => {
  it('accepts a complete medication', () => {
    const r = withMeds([{ name: 'oxycodone', dose: 10, unit: 'mg', frequencyPerDay: 2, route: 'oral' }]);
    expect(errorsOf(r)).toEqual([]);
  });

  it('rejects a dose without a unit, naming the unit field', () => {
    expect(errorsOf(withMeds([{ name: 'oxycodone', dose: 10, frequencyPerDay: 2 }]))).toEqual([expect.stringMatching(/^medications\[0\]\.unit: a dose needs its unit/)]);
  });

  it('rejects a unit without a dose, naming the dose field', () => {
    expect(errorsOf(withMeds([{ name: 'oxycodone', unit: 'mg' }]))).toEqual([expect.stringMatching(/^medications\[0\]\.dose: unit mg is given without a dose/)]);
  });

  it('rejects doses out of range (zero, negative, past the sanity bound of the unit), naming the dose field', () => {
    for (const m of [
      { name: 'morphine', dose: 0, unit: 'mg', frequencyPerDay: 1 },
      { name: 'morphine', dose: -5, unit: 'mg', frequencyPerDay: 1 },
      { name: 'morphine', dose: 10_001, unit: 'mg', frequencyPerDay: 1 },
      { name: 'fentanyl', dose: 1_500, unit: 'mcg/h', route: 'transdermal' },
    ]) {
      expect(errorsOf(withMeds([m])), JSON.stringify(m)).toEqual([expect.stringMatching(/^medications\[0\]\.dose: dose .* is out of range/)]);
    }
    expect(errorsOf(withMeds([{ name: 'morphine', dose: 10_000, unit: 'mg', frequencyPerDay: 1 }]))).toEqual([]);
  });

  it('rejects a frequency out of range and two frequency forms at once', () => {
    expect(errorsOf(withMeds([{ name: 'morphine', dose: 10, unit: 'mg', frequencyPerDay: 25 }]))).toEqual([expect.stringMatching(/^medications\[0\]\.frequencyPerDay: /)]);
    expect(errorsOf(withMeds([{ name: 'morphine', dose: 10, unit: 'mg', frequencyPerDay: 0 }]))).toEqual([expect.stringMatching(/^medications\[0\]\.frequencyPerDay: /)]);
    expect(errorsOf(withMeds([{ name: 'morphine', dose: 10, unit: 'mg', frequencyPerDay: 2, intervalHours: 12 }]))).toEqual([
      expect.stringMatching(/^medications\[0\]\.intervalHours: give frequencyPerDay or intervalHours, not both/),
    ]);
  });

  it('rejects an unknown unit and an unknown field', () => {
    expect(errorsOf(withMeds([{ name: 'morphine', dose: 10, unit: 'mL', frequencyPerDay: 2 }]))).toEqual([expect.stringMatching(/^medications\[0\]\.unit: /)]);
    expect(errorsOf(withMeds([{ name: 'morphine', dose: 10, unit: 'mg', frequencyPerDay: 2, strength: 5 }]))).toEqual(['medications[0].strength: unknown field']);
  });

  it('accepts an unknown drug with a "not checked by SpinePath" warning and the nearest known names, never silently', () => {
    const r = withMeds([{ name: 'oxycodon', dose: 5, unit: 'mg', frequencyPerDay: 2 }, { name: 'Movicol' }]);
    expect(r.ok).toBe(true);
    const w = r.warnings.filter((x) => x.path.startsWith('medications'));
    expect(w.map((x) => x.path)).toEqual(['medications[0].name', 'medications[1].name']);
    expect(w[0]!.message).toMatch(/'oxycodon' is not checked by SpinePath/);
    expect(w[0]!.message).toMatch(/nearest known names: oxycodone/);
    expect(w[0]!.suggestion).toBe('oxycodone');
  });

  it('matches brand names and salts, and does not warn for them', () => {
    const r = withMeds([
      { name: 'OxyContin', dose: 10, unit: 'mg', frequencyPerDay: 2 },
      { name: 'Morphine sulfate MR tablets', dose: 10, unit: 'mg', frequencyPerDay: 2 },
      { name: 'Eliquis', dose: 5, unit: 'mg', frequencyPerDay: 2 },
    ]);
    expect(r.ok).toBe(true);
    expect(r.warnings.filter((x) => x.path.startsWith('medications'))).toEqual([]);
  });

  it('warns that MME cannot be computed when an opioid lacks its frequency', () => {
    const r = withMeds([{ name: 'tramadol', dose: 50, unit: 'mg' }]);
    expect(r.ok).toBe(true);
    expect(r.warnings).toContainEqual(expect.objectContaining({ path: 'medications[0]', message: expect.stringMatching(/MME\/day cannot be computed without frequencyPerDay or intervalHours/) }));
  });
});

describe('case comorbidities, devices, goals and the SCS assessment', () => {
  it('accepts the controlled lists', () => {
    const r = validateCase({
      ...lumbarDiscectomyCase(),
      comorbidities: [{ id: 'renal-impairment', egfr: 38 }, { id: 'gi-bleeding-history' }],
      devices: [{ kind: 'pacemaker', mrConditional: false }],
      goals: ['return-to-work'],
      preferences: ['fear-of-needles'],
      scsAssessment: { conventionalManagementTried: true, mdtAssessment: true, trial: { date: '2026-05-01', reliefPercent: 60 }, psychosocialFactors: { 'lack-of-engagement': false } },
    });
    expect(errorsOf(r)).toEqual([]);
  });

  it('names the field of each bad entry', () => {
    const r = validateCase({
      ...lumbarDiscectomyCase(),
      comorbidities: [{ id: 'kidney-trouble' }, { id: 'gi-bleeding-history', egfr: 50 }, { id: 'renal-impairment', egfr: 250 }],
      devices: [{ kind: 'pacemaker', mrConditional: 'yes' }],
      goals: ['win-the-lottery'],
      scsAssessment: { trial: { date: '2026-07-01', reliefPercent: 120 } },
    });
    const e = errorsOf(r);
    expect(e).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^comorbidities\[0\]\.id: /),
        expect.stringMatching(/^comorbidities\[1\]\.egfr: egfr belongs with renal-impairment/),
        expect.stringMatching(/^comorbidities\[2\]\.egfr: /),
        expect.stringMatching(/^devices\[0\]\.mrConditional: /),
        expect.stringMatching(/^goals\[0\]: /),
        expect.stringMatching(/^scsAssessment\.trial\.reliefPercent: /),
      ]),
    );
  });

  it('rejects a trial dated after the assessment and a comorbidity listed twice', () => {
    const r = validateCase({ ...lumbarDiscectomyCase(), comorbidities: [{ id: 'liver-disease' }, { id: 'liver-disease' }], scsAssessment: { trial: { date: '2026-07-01', reliefPercent: 60 } } });
    expect(errorsOf(r)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^scsAssessment\.trial\.date: trial date 2026-07-01 is after/), expect.stringMatching(/^comorbidities\[1\]\.id: 'liver-disease' is listed twice/)]),
    );
  });
});

describe('treatment ids in the treatment history', () => {
  it('accepts treatments and NG59 do-not-offer entries of the knowledge base', () => {
    const r = validateCase({
      ...lumbarDiscectomyCase(),
      treatments: [
        { treatment: 'exercise-therapy', start: '2025-09-01', status: 'completed' },
        { treatment: 'acupuncture', start: '2025-10-01', status: 'stopped', stoppedBecause: 'not-effective' },
      ],
    });
    expect(errorsOf(r)).toEqual([]);
  });

  it('rejects an unknown id with the nearest valid id', () => {
    const r = validateCase({ ...lumbarDiscectomyCase(), treatments: [{ treatment: 'spinal-cord-stimulator', start: '2025-09-01', status: 'planned' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({ path: 'treatments[0].treatment', suggestion: 'spinal-cord-stimulation' });
      expect(r.errors[0]!.message).toMatch(/did you mean 'spinal-cord-stimulation'/);
    }
  });
});

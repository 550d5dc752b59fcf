/**
 * Properties of the plan over generated cases (style of src/engine/assess.property.test.ts), with medicines,
 * comorbidities, devices, goals, preferences, treatment history and the SCS assessment:
 * - a contraindicated item never appears as recommended or considered, and suspected infection (checked here from the
 *   case data, independently of the engine's rule code) always blocks every needle procedure and implant;
 * - red-flag suppression always holds: an emergency suppresses every item, an urgent flag every intervention;
 * - exercise therapy is in every plan and recommended unless suppressed;
 * - the output is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../case/schema.js';
import { validateCase } from '../../case/validate.js';
import { knowledgeBase } from '../../knowledge/index.js';
import { COMORBIDITIES, DEVICE_KINDS, GOALS, PREFERENCES } from '../../knowledge/schema.js';
import { INFECTION_FINDINGS } from '../../knowledge/treatments/shared.js';
import { assess } from '../assess.js';
import { addDays } from '../context.js';

const kb = knowledgeBase();
const DERIVED = new Set(kb.findings.filter((f) => f.derivedFrom).map((f) => f.id));
const RECORDABLE = kb.findings.filter((f) => f.category !== 'test-result' && !DERIVED.has(f.id)).map((f) => f.id);
/** Findings that move the plan, drawn more often so that the interesting branches are reached. */
const PLAN_FINDINGS = [
  'dermatomal-radiating-pain',
  'dermatomal-sensory-deficit',
  'dn4-4-or-more',
  'never-improved-after-surgery',
  'fever',
  'wound-drainage',
  'fluctuant-mass-under-scar',
  'pcs-30-or-more',
  'depression-or-anxiety',
  'compensation-or-litigation',
  'urinary-retention-or-saddle-anaesthesia',
  'pain-disproportionate-to-findings',
  'anticoagulant-or-coagulopathy',
];
const exclusive = new Map(kb.findings.map((f) => [f.id, new Set(f.exclusiveWith ?? [])]));
const ASSESSED = '2026-06-01';
const NEEDLE_OR_IMPLANT = kb.treatments.filter((t) => t.contraindications.some((r) => r.id === 'suspected-infection')).map((t) => t.id);
const INTERVENTIONAL = new Set(kb.treatments.filter((t) => t.interventional).map((t) => t.id));
const DRUG_NAMES = ['oxycodone', 'OxyContin', 'diazepam', 'apixaban', 'warfarin', 'aspirin', 'naproxen', 'pregabalin', 'zopiclone', 'Durogesic', 'buprenorphine', 'Movicol', 'tramadol', 'clopidogrel'];
const TREATMENT_IDS = [...kb.treatments.map((t) => t.id), 'acupuncture'];

const SURGERIES = [
  { region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false },
  { region: 'lumbar', procedure: 'decompression-and-fusion', levels: ['L4-L5', 'L5-S1'], instrumented: true, fusion: true, fusionToSacrum: true, iliacCrestGraft: false },
  { region: 'cervical', procedure: 'acdf', levels: ['C5-C6'], instrumented: true, fusion: true },
] as const;

const status = fc.constantFrom('present', 'absent', 'unknown') as fc.Arbitrary<'present' | 'absent' | 'unknown'>;
const nrs = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });

function consistent<T extends { id: string; status: string }>(list: T[]): T[] {
  const out: T[] = [];
  const present = new Set<string>();
  for (const f of list) {
    if (out.some((o) => o.id === f.id)) continue;
    if (f.status === 'present' && [...present].some((p) => exclusive.get(p)?.has(f.id))) continue;
    if (f.status === 'present') present.add(f.id);
    out.push(f);
  }
  return out;
}

const medArb = fc.record({
  name: fc.constantFrom(...DRUG_NAMES),
  dose: fc.integer({ min: 1, max: 200 }),
  frequencyPerDay: fc.integer({ min: 1, max: 4 }),
});

const caseArb: fc.Arbitrary<CaseInput> = fc
  .record({
    surgery: fc.constantFrom(...SURGERIES),
    daysAgo: fc.integer({ min: 20, max: 4000 }),
    age: fc.integer({ min: 18, max: 90 }),
    female: fc.boolean(),
    pregnant: fc.boolean(),
    pain: fc.record({ back: nrs, leg: nrs, neck: nrs, arm: nrs, durationMonths: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) }),
    findings: fc.array(fc.record({ id: fc.oneof(fc.constantFrom(...PLAN_FINDINGS), fc.constantFrom(...RECORDABLE)), status }), { maxLength: 14 }),
    meds: fc.array(medArb, { maxLength: 4 }),
    comorbidities: fc.uniqueArray(fc.constantFrom(...COMORBIDITIES), { maxLength: 3 }),
    devices: fc.array(fc.record({ kind: fc.constantFrom(...DEVICE_KINDS), mr: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 1 }),
    goals: fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: 3 }),
    preferences: fc.uniqueArray(fc.constantFrom(...PREFERENCES), { maxLength: 2 }),
    treatments: fc.array(fc.record({ id: fc.constantFrom(...TREATMENT_IDS), relief: fc.integer({ min: 0, max: 100 }), done: fc.boolean() }), { maxLength: 3 }),
    scs: fc.option(fc.record({ cmm: fc.boolean(), mdt: fc.boolean(), trial: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }), { nil: undefined }),
  })
  .map((g) => {
    const surgeryDate = addDays(ASSESSED, -g.daysAgo);
    const unitFor = (n: string) => (n === 'Durogesic' || n === 'buprenorphine' ? 'mcg/h' : 'mg');
    return {
      id: 'generated',
      assessmentDate: ASSESSED,
      patient: { age: g.age, sex: g.female ? 'female' : 'male', ...(g.female ? { pregnant: g.pregnant } : {}) },
      surgeries: [{ ...g.surgery, levels: [...g.surgery.levels], date: surgeryDate }],
      pain: Object.fromEntries(Object.entries(g.pain).filter(([, v]) => v !== undefined)),
      findings: consistent(g.findings),
      medications: g.meds.map((m) =>
        unitFor(m.name) === 'mcg/h' ? { name: m.name, dose: Math.min(m.dose, 100), unit: 'mcg/h', route: 'transdermal' } : { name: m.name, dose: m.dose, unit: 'mg', frequencyPerDay: m.frequencyPerDay },
      ),
      comorbidities: g.comorbidities.map((id) => ({ id })),
      devices: g.devices.map((d) => ({ kind: d.kind, ...(d.mr === undefined ? {} : { mrConditional: d.mr }) })),
      goals: g.goals,
      preferences: g.preferences,
      treatments: g.treatments.map((t) => ({
        treatment: t.id,
        start: addDays(ASSESSED, -200),
        status: t.done ? 'completed' : 'ongoing',
        ...(t.done ? { end: addDays(ASSESSED, -100), response: { reliefPercent: t.relief } } : {}),
      })),
      ...(g.scs ? { scsAssessment: { conventionalManagementTried: g.scs.cmm, mdtAssessment: g.scs.mdt, ...(g.scs.trial === undefined ? {} : { trial: { date: addDays(ASSESSED, -10), reliefPercent: g.scs.trial } }) } } : {}),
    } as CaseInput;
  });

function validOrSkip(c: CaseInput) {
  const v = validateCase(c);
  return v.ok ? v.case : undefined;
}

describe('plan properties', () => {
  it('never recommends or considers a contraindicated item, and suspected infection blocks every needle procedure and implant', () => {
    let valid = 0;
    let infected = 0;
    fc.assert(
      fc.property(caseArb, (input) => {
        const c = validOrSkip(input);
        if (!c) return;
        valid++;
        const a = assess(c);
        for (const i of a.plan) {
          if (i.contraindications?.length) expect(['not-recommended', 'contraindicated'], `${i.treatment}: ${i.contraindications.join('; ')}`).toContain(i.recommendation);
          if (i.recommendation === 'contraindicated') expect(i.contraindications?.length, i.treatment).toBeGreaterThan(0);
        }
        // Independent check of the infection rule from the case data.
        const present = new Set([...c.findings.filter((f) => f.status === 'present').map((f) => f.id)]);
        const flags = a.triage.redFlags.filter((f) => !f.review).map((f) => f.id);
        const suspected =
          INFECTION_FINDINGS.some((f) => present.has(f)) || c.comorbidities.some((x) => x.id === 'active-infection') || flags.includes('epidural-abscess') || flags.includes('postoperative-infection');
        if (suspected) {
          infected++;
          for (const id of NEEDLE_OR_IMPLANT) {
            const i = a.plan.find((x) => x.treatment === id)!;
            expect(['not-recommended', 'contraindicated'], id).toContain(i.recommendation);
          }
          expect(a.safety.some((s) => s.id === 'suspected-infection' && s.severity === 'block')).toBe(true);
        }
      }),
      { numRuns: 400, seed: 20261126 },
    );
    expect(valid).toBeGreaterThan(250);
    expect(infected).toBeGreaterThan(30);
  });

  it('always holds red-flag suppression, and keeps exercise therapy in every plan', () => {
    let emergencies = 0;
    let urgents = 0;
    fc.assert(
      fc.property(caseArb, (input) => {
        const c = validOrSkip(input);
        if (!c) return;
        const a = assess(c);
        const main = a.plan.filter((i) => i.code !== 'T15');
        expect(main.map((i) => i.treatment).sort()).toEqual(kb.treatments.map((t) => t.id).sort());
        const exercise = main.find((i) => i.treatment === 'exercise-therapy')!;
        if (a.triage.urgency === 'emergency') {
          emergencies++;
          for (const i of main) expect(i, i.treatment).toMatchObject({ suppressed: expect.any(String), step: 'later' });
          expect(a.safety[0]).toMatchObject({ id: 'red-flag-suppression', severity: 'block' });
        } else {
          expect(exercise.recommendation).toBe('recommended');
          if (a.triage.urgency === 'urgent') {
            urgents++;
            for (const i of main) {
              if (INTERVENTIONAL.has(i.treatment)) expect(i, i.treatment).toMatchObject({ suppressed: expect.stringMatching(/^Urgent/), step: 'later' });
              else expect(i.suppressed, i.treatment).toBeUndefined();
            }
          } else {
            for (const i of main) expect(i.suppressed, i.treatment).toBeUndefined();
          }
        }
        // Not-recommended and contraindicated items never sit in "now" or "next".
        for (const i of a.plan) if (i.recommendation === 'not-recommended' || i.recommendation === 'contraindicated') expect(i.step, i.treatment).toBe('later');
      }),
      { numRuns: 400, seed: 7311 },
    );
    expect(emergencies).toBeGreaterThan(10);
    expect(urgents).toBeGreaterThan(10);
  });

  it('is deterministic with medicines, history and preferences', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const c = validOrSkip(input);
        if (!c) return;
        const first = JSON.stringify(assess(c));
        expect(JSON.stringify(assess(structuredClone(c)))).toBe(first);
      }),
      { numRuns: 120, seed: 99 },
    );
  });
});

/**
 * Property-based tests over generated cases: any valid case gives a valid assessment without throwing; a finding
 * recorded as unknown (not recorded) changes nothing; the output is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { knowledgeBase } from '../knowledge/index.js';
import { assess } from './assess.js';
import { addDays } from './context.js';

const kb = knowledgeBase();
const DERIVED = new Set(kb.findings.filter((f) => f.derivedFrom).map((f) => f.id));
const RECORDABLE = kb.findings.filter((f) => f.category !== 'test-result' && !DERIVED.has(f.id)).map((f) => f.id);
const exclusive = new Map(kb.findings.map((f) => [f.id, new Set(f.exclusiveWith ?? [])]));
const ASSESSED = '2026-06-01';

const SURGERIES = [
  { region: 'lumbar', procedure: 'discectomy', levels: ['L4-L5'], instrumented: false, fusion: false },
  { region: 'lumbar', procedure: 'decompression', levels: ['L3-L4', 'L4-L5'], instrumented: false, fusion: false },
  { region: 'lumbar', procedure: 'decompression-and-fusion', levels: ['L4-L5', 'L5-S1'], instrumented: true, fusion: true, fusionToSacrum: true, iliacCrestGraft: false },
  { region: 'lumbar', procedure: 'fusion', levels: ['L2-L3', 'L3-L4', 'L4-L5'], instrumented: true, fusion: true, fusionToSacrum: false },
  { region: 'cervical', procedure: 'acdf', levels: ['C5-C6'], instrumented: true, fusion: true },
  { region: 'cervical', procedure: 'cervical-decompression', levels: ['C6'], instrumented: false, fusion: false },
] as const;

const status = fc.constantFrom('present', 'absent', 'unknown') as fc.Arbitrary<'present' | 'absent' | 'unknown'>;
const nrs = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });

/** Drops findings that would contradict an exclusive partner recorded present. */
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

const caseArb: fc.Arbitrary<CaseInput> = fc
  .record({
    surgery: fc.constantFrom(...SURGERIES),
    daysAgo: fc.integer({ min: 1, max: 4000 }),
    age: fc.integer({ min: 16, max: 100 }),
    sex: fc.constantFrom('female', 'male', 'other', 'unknown') as fc.Arbitrary<'female' | 'male' | 'other' | 'unknown'>,
    pain: fc.record({ back: nrs, leg: nrs, neck: nrs, arm: nrs }),
    findings: fc.array(fc.record({ id: fc.constantFrom(...RECORDABLE), status }), { maxLength: 25 }),
    tests: fc.array(
      fc.record({
        test: fc.constantFrom(...kb.tests),
        after: fc.integer({ min: 0, max: 4000 }),
        picks: fc.array(fc.record({ index: fc.nat(), status }), { maxLength: 4 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ surgery, daysAgo, age, sex, pain, findings, tests }) => {
    const surgeryDate = addDays(ASSESSED, -daysAgo);
    const cleanPain = Object.fromEntries(Object.entries(pain).filter(([, v]) => v !== undefined));
    return {
      id: 'generated',
      assessmentDate: ASSESSED,
      patient: { age, sex },
      surgeries: [{ ...surgery, levels: [...surgery.levels], date: surgeryDate }],
      pain: cleanPain,
      findings: consistent(findings),
      testResults: tests.map((t) => ({
        test: t.test.id,
        date: addDays(surgeryDate, Math.min(t.after, daysAgo)),
        results: consistent(t.picks.map((p) => ({ id: t.test.resultFindings[p.index % t.test.resultFindings.length]!, status: p.status }))),
      })),
    } as CaseInput;
  });

function validOrSkip(c: CaseInput) {
  const v = validateCase(c);
  return v.ok ? v.case : undefined;
}

describe('assessment properties', () => {
  it('gives a valid assessment for any valid case', () => {
    let valid = 0;
    fc.assert(
      fc.property(caseArb, (input) => {
        const c = validOrSkip(input);
        if (!c) return;
        valid++;
        const a = assess(c);
        expect(['emergency', 'urgent', 'routine']).toContain(a.triage.urgency);
        for (let i = 0; i < a.causes.length; i++) {
          const k = a.causes[i]!;
          expect(k.probability).toBeGreaterThanOrEqual(0);
          expect(k.probability).toBeLessThanOrEqual(1);
          expect(k.range.low).toBeLessThanOrEqual(k.probability + 1e-9);
          expect(k.range.high).toBeGreaterThanOrEqual(k.probability - 1e-9);
          if (i > 0) expect(k.probability).toBeLessThanOrEqual(a.causes[i - 1]!.probability);
        }
        expect(a.causes.length + a.excludedCauses.length).toBe(kb.causes.length);
        const ids = new Set(kb.tests.map((t) => t.id));
        for (const w of a.workup) expect(ids.has(w.test)).toBe(true);
        const done = new Set(a.workupDetail.alreadyDone.map((d) => d.test));
        for (const w of a.workup.filter((x) => !x.redFlag)) expect(done.has(w.test)).toBe(false);
        if (a.triage.urgency === 'emergency') expect(a.workup.every((w) => w.redFlag)).toBe(true);
        expect(a.knowledgeBase.version).toBe(kb.version);
      }),
      { numRuns: 400, seed: 20261125 },
    );
    expect(valid).toBeGreaterThan(200);
  });

  it('ignores a finding that is not recorded (status unknown)', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...RECORDABLE), (input, extra) => {
        const c = validOrSkip(input);
        if (!c || c.findings.some((f) => f.id === extra)) return;
        const withUnknown = validOrSkip({ ...input, findings: [...(input.findings ?? []), { id: extra, status: 'unknown' }] });
        expect(withUnknown).toBeDefined();
        expect(JSON.stringify(assess(withUnknown!))).toBe(JSON.stringify(assess(c)));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('is deterministic: the same case gives byte-identical output', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const c = validOrSkip(input);
        if (!c) return;
        const first = JSON.stringify(assess(c));
        expect(JSON.stringify(assess(structuredClone(c)))).toBe(first);
        expect(JSON.stringify(assess(validOrSkip(JSON.parse(JSON.stringify(input)))!))).toBe(first);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

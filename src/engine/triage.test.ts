/**
 * Every red-flag trigger in the knowledge base, tested both ways: it fires with its findings present and its
 * urgency, and it does not fire when one required finding is missing. Plus the suppression and review rules.
 */
import { describe, expect, it } from 'vitest';
import { validateCase } from '../case/validate.js';
import type { CaseInput } from '../case/schema.js';
import { knowledgeBase } from '../knowledge/index.js';
import { lumbarDiscectomyCase, lumbarFusionCase } from '../test-support/cases.js';
import { assess } from './assess.js';
import { compiledKb } from './compiled-kb.js';

const kb = knowledgeBase();

/** Puts each finding where the case format wants it: test results under their test, the rest as findings. */
function withFindings(base: CaseInput, present: string[], absent: string[] = []): CaseInput {
  const ckb = compiledKb();
  const findings: NonNullable<CaseInput['findings']> = [...(base.findings ?? [])];
  const byTest = new Map<string, { id: string; status: 'present' | 'absent' }[]>();
  const put = (id: string, status: 'present' | 'absent') => {
    if (id === 'spinal-implant-in-place') return; // derived from the operation record
    if (ckb.findingById.get(id)?.category === 'test-result') {
      const test = ckb.testsOfFinding.get(id)![0]!;
      byTest.set(test, [...(byTest.get(test) ?? []), { id, status }]);
    } else findings.push({ id, status });
  };
  for (const id of present) put(id, 'present');
  for (const id of absent) put(id, 'absent');
  const testResults = [...byTest].map(([test, results]) => ({ test, date: base.assessmentDate, results }));
  return { ...base, findings, testResults: [...(base.testResults ?? []), ...testResults] };
}

/** A case that fits a trigger: implants when the trigger needs them, and no contradiction with derived findings. */
function baseFor(findings: string[]): CaseInput {
  const base = findings.includes('spinal-implant-in-place') ? lumbarFusionCase() : lumbarDiscectomyCase();
  // Bilateral leg symptoms are derived from pain sites: record them that way.
  if (findings.includes('bilateral-leg-symptoms')) {
    return { ...base, pain: { ...base.pain, sites: [{ site: 'leg-below-knee', side: 'bilateral' }] } };
  }
  return base;
}

function run(c: CaseInput) {
  const v = validateCase(c);
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return assess(v.case);
}

const DERIVED = new Set(['bilateral-leg-symptoms', 'spinal-implant-in-place']);

describe('red-flag triggers', () => {
  for (const flag of kb.redFlags) {
    flag.triggers.forEach((t, i) => {
      const needed = [...t.allOf, ...(t.anyOf.length ? [t.anyOf[0]!] : [])];
      it(`${flag.code} ${flag.id} trigger ${i + 1} fires as ${t.urgency}: ${t.description}`, () => {
        const a = run(withFindings(baseFor(needed), needed.filter((f) => !DERIVED.has(f))));
        const fired = a.triage.redFlags.find((f) => f.id === flag.id);
        expect(fired, `${flag.id} should fire`).toBeDefined();
        expect(fired!.firedBy.some((x) => x.description === t.description)).toBe(true);
        expect(fired!.firedBy.find((x) => x.description === t.description)!.urgency).toBe(t.urgency);
      });
      if (t.allOf.length > 0) {
        it(`${flag.code} ${flag.id} trigger ${i + 1} does not fire without ${t.allOf[0]}`, () => {
          const without = needed.filter((f) => f !== t.allOf[0] && !DERIVED.has(f));
          const base = t.allOf[0] === 'spinal-implant-in-place' ? lumbarDiscectomyCase() : baseFor(needed.filter((f) => f !== t.allOf[0]));
          const a = run(withFindings(base, without));
          const fired = a.triage.redFlags.find((f) => f.id === flag.id);
          expect(fired?.firedBy.some((x) => x.description === t.description) ?? false).toBe(false);
        });
      }
      if (t.unlessAbsent.length > 0) {
        it(`${flag.code} ${flag.id} trigger ${i + 1} stands down when ${t.unlessAbsent[0]} is recorded absent`, () => {
          const a = run(withFindings(baseFor(needed), needed.filter((f) => !DERIVED.has(f)), [t.unlessAbsent[0]!]));
          const fired = a.triage.redFlags.find((f) => f.id === flag.id);
          expect(fired?.firedBy.some((x) => x.description === t.description) ?? false).toBe(false);
        });
      }
    });
  }
});

describe('triage rules', () => {
  it('is routine when nothing fires, and says so', () => {
    const a = run(lumbarDiscectomyCase());
    expect(a.triage.urgency).toBe('routine');
    expect(a.triage.redFlags).toEqual([]);
    expect(a.triage.suppression).toBeNull();
  });

  it('makes a rapidly progressive deficit an emergency and a slowly progressive one urgent (evidence.md §3 RF04)', () => {
    const rapid = run(withFindings(lumbarDiscectomyCase(), ['new-or-progressive-motor-deficit', 'rapidly-progressive-motor-deficit']));
    expect(rapid.triage.redFlags.find((f) => f.id === 'progressive-neurological-deficit')?.urgency).toBe('emergency');
    const slow = run(withFindings(lumbarDiscectomyCase(), ['new-or-progressive-motor-deficit']));
    expect(slow.triage.redFlags.find((f) => f.id === 'progressive-neurological-deficit')?.urgency).toBe('urgent');
  });

  it('suppresses all elective work-up in an emergency and puts the flag tests first', () => {
    const a = run(withFindings(lumbarDiscectomyCase(), ['urinary-retention-or-saddle-anaesthesia']));
    expect(a.triage.urgency).toBe('emergency');
    expect(a.workup[0]).toMatchObject({ test: 'mri-gadolinium', priority: 'emergency', redFlag: 'cauda-equina-syndrome' });
    expect(a.workup.every((w) => w.redFlag !== undefined)).toBe(true);
    expect(a.workupDetail.suppressed.length).toBeGreaterThan(0);
  });

  it('suppresses elective interventional tests under an urgent flag, but not bedside ones', () => {
    const a = run(withFindings(lumbarDiscectomyCase(), ['wound-drainage']));
    expect(a.triage.urgency).toBe('urgent');
    const proposed = a.workup.filter((w) => !w.redFlag);
    expect(proposed.every((w) => w.invasiveness !== 'needle-procedure' && w.invasiveness !== 'invasive')).toBe(true);
  });

  it('lets a recorded review stand a flag down, but only one made after its findings', () => {
    const base = withFindings(lumbarDiscectomyCase(), ['wound-drainage']);
    const reviewed = run({ ...base, redFlagReviews: [{ redFlag: 'postoperative-infection', date: base.assessmentDate, outcome: 'excluded' }] });
    expect(reviewed.triage.urgency).toBe('routine');
    expect(reviewed.triage.redFlags[0]?.review?.outcome).toBe('excluded');
    const f = { id: 'wound-drainage', status: 'present' as const, date: '2026-05-20' };
    const stale = run({ ...lumbarDiscectomyCase(), findings: [f], redFlagReviews: [{ redFlag: 'postoperative-infection', date: '2026-05-01', outcome: 'excluded' }] });
    expect(stale.triage.urgency).toBe('urgent');
  });

  it('uses CT first for a deficit when implants are in place', () => {
    const a = run(withFindings(lumbarFusionCase(), ['new-or-progressive-motor-deficit']));
    expect(a.workup[0]?.test).toBe('ct-thin-slice');
    const b = run(withFindings(lumbarDiscectomyCase(), ['new-or-progressive-motor-deficit']));
    expect(b.workup[0]?.test).toBe('mri-gadolinium');
  });

  it('never lets a low posterior hide a red flag', () => {
    const a = run(withFindings(lumbarDiscectomyCase({ assessmentDate: '2030-06-01' }), ['wound-drainage']));
    expect(a.causes.find((c) => c.id === 'spinal-infection')!.probability).toBeLessThan(0.05);
    expect(a.triage.redFlags.map((f) => f.id)).toContain('postoperative-infection');
  });
});

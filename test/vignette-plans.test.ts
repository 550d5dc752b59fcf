/**
 * Treatment-plan expectations per vignette (test/vignette-plans.json): items that must appear with their allowed
 * recommendation and step, items that must not be offered, and the red-flag suppression. The vignette files and their
 * own expected blocks are not changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../src/case/validate.js';
import { assess } from '../src/engine/assess.js';
import { loadVignettes } from './vignette-harness.js';

interface PlanExpectation {
  file: string;
  evidence: string[];
  suppression: 'all' | 'interventions' | null;
  expect: { treatment: string; recommendation: string[]; step?: string[] }[];
  mustNotAppear: string[];
}

const spec: { plans: PlanExpectation[] } = JSON.parse(readFileSync(new URL('./vignette-plans.json', import.meta.url), 'utf8'));
const vignettes = new Map(loadVignettes().map((v) => [v.file, v]));

describe('vignette plans', () => {
  it('covers every vignette, each with its evidence', () => {
    expect(spec.plans.map((p) => p.file).sort()).toEqual([...vignettes.keys()].sort());
    for (const p of spec.plans) expect(p.evidence.length, p.file).toBeGreaterThan(0);
  });

  for (const p of spec.plans) {
    it(`${p.file}`, () => {
      const v = vignettes.get(p.file)!;
      const r = validateCase(v.case);
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join());
      const a = assess(r.case);
      const main = a.plan.filter((i) => i.code !== 'T15');
      for (const e of p.expect) {
        const i = main.find((x) => x.treatment === e.treatment);
        expect(i, e.treatment).toBeDefined();
        expect(e.recommendation, `${e.treatment} recommendation`).toContain(i!.recommendation);
        if (e.step) expect(e.step, `${e.treatment} step`).toContain(i!.step);
      }
      for (const id of p.mustNotAppear) {
        const i = main.find((x) => x.treatment === id)!;
        expect(['not-recommended', 'contraindicated'], `${id} must not be offered`).toContain(i.recommendation);
      }
      const suppressed = main.filter((i) => i.suppressed).map((i) => i.treatment);
      if (p.suppression === 'all') expect(suppressed.length).toBe(main.length);
      else if (p.suppression === 'interventions') {
        expect(suppressed.length).toBeGreaterThan(0);
        expect(suppressed).not.toContain('exercise-therapy');
      } else expect(suppressed).toEqual([]);
    });
  }
});

/** The differential's arithmetic, against hand computation from findings-matrix.md numbers. */
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { cervicalAcdfCase, lumbarDiscectomyCase, lumbarFusionCase } from '../test-support/cases.js';
import { assess } from './assess.js';
import { bandOf } from './differential.js';

function run(c: CaseInput) {
  const v = validateCase(c);
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return assess(v.case);
}
const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const cause = (a: ReturnType<typeof run>, id: string) => a.causes.find((c) => c.id === id)!;

describe('differential', () => {
  it('adds the prior and the log-LRs of recorded findings (C05 after discectomy, 6-24 months)', () => {
    // 12 months after discectomy: C05 prior 0.22 (findings-matrix §2.1). Course: interval LR 3.0.
    // Radicular signs: SLR 1.23, dermatomal 2.5, leg-dominant (derived from back 3 / leg 7) 2.0: product 6.15 < 10.
    const a = run(
      lumbarDiscectomyCase({
        findings: [
          { id: 'pain-free-interval-then-recurrence', status: 'present' },
          { id: 'positive-straight-leg-raise', status: 'present' },
          { id: 'dermatomal-radiating-pain', status: 'present', level: 'L5', side: 'left' },
        ],
      }),
    );
    const c = cause(a, 'recurrent-disc-herniation');
    const expected = sigmoid(logit(0.22) + Math.log(3) + Math.log(1.23 * 2.5 * 2.0));
    expect(c.probability).toBeCloseTo(expected, 4);
    expect(c.prior.probability).toBe(0.22);
    expect(c.prior.window).toBe('6-to-24-months');
    const leg = c.evidence.find((e) => e.finding === 'leg-pain-dominant')!;
    expect(leg.origin).toEqual({ kind: 'derived', from: 'pain.back = 3, pain.leg = 7' });
    expect(c.evidence.find((e) => e.finding === 'dermatomal-radiating-pain')).toMatchObject({ level: 'L5', side: 'left', likelihoodRatio: 2.5 });
  });

  it('caps a group of dependent findings at ln 10 (findings-matrix §1 item 5)', () => {
    const a = run(
      lumbarDiscectomyCase({
        findings: [
          { id: 'positive-straight-leg-raise', status: 'present' },
          { id: 'dermatomal-radiating-pain', status: 'present' },
          { id: 'positive-crossed-straight-leg-raise', status: 'present' },
        ],
      }),
    );
    const c = cause(a, 'recurrent-disc-herniation');
    const g = c.groups.find((x) => x.group === 'radicular-signs')!;
    expect(g.raw).toBeCloseTo(Math.log(1.23 * 2.5 * 2.0 * 2.4), 3);
    expect(g.capped).toBe(true);
    expect(g.applied).toBeCloseTo(Math.log(10), 3);
    expect(c.probability).toBeCloseTo(sigmoid(logit(0.22) + Math.log(10)), 4);
  });

  it('scores a finding recorded absent with its LR if absent, and a not-recorded one not at all', () => {
    const absent = run(lumbarDiscectomyCase({ findings: [{ id: 'positive-straight-leg-raise', status: 'absent' }] }));
    const none = run(lumbarDiscectomyCase());
    const unknown = run(lumbarDiscectomyCase({ findings: [{ id: 'positive-straight-leg-raise', status: 'unknown' }] }));
    const p0 = cause(none, 'recurrent-disc-herniation').probability;
    expect(cause(absent, 'recurrent-disc-herniation').probability).toBeCloseTo(sigmoid(logit(p0) + Math.log(0.35)), 4);
    expect(JSON.stringify(unknown)).toBe(JSON.stringify(none));
  });

  it('scores a test result, and ignores results from before the latest operation', () => {
    const mri = { test: 'mri-gadolinium', date: '2026-05-01', results: [{ id: 'non-enhancing-disc-fragment-on-gadolinium-mri', status: 'present' as const, level: 'L4-L5', side: 'left' as const }] };
    const withMri = run(lumbarDiscectomyCase({ testResults: [mri] }));
    const base = run(lumbarDiscectomyCase());
    const pBase = cause(base, 'recurrent-disc-herniation').probability;
    expect(cause(withMri, 'recurrent-disc-herniation').probability).toBeCloseTo(sigmoid(logit(pBase) + Math.log(10)), 4);
    expect(cause(withMri, 'epidural-fibrosis').probability).toBeLessThan(cause(base, 'epidural-fibrosis').probability);
    const before = run(lumbarDiscectomyCase({ testResults: [{ ...mri, date: '2025-01-01' }] }));
    expect(cause(before, 'recurrent-disc-herniation').probability).toBe(pBase);
    expect(before.testResultsNotUsed[0]).toMatchObject({ reason: 'before-latest-operation' });
    expect(before.workup.map((w) => w.test)).toContain('mri-gadolinium');
    expect(withMri.workup.map((w) => w.test)).not.toContain('mri-gadolinium');
  });

  it('scores only the fragment when an MRI reports both fragment and scar (findings-matrix §3 C05)', () => {
    const a = run(
      lumbarDiscectomyCase({
        testResults: [
          {
            test: 'mri-gadolinium',
            date: '2026-05-01',
            results: [
              { id: 'non-enhancing-disc-fragment-on-gadolinium-mri', status: 'present' },
              { id: 'enhancing-scar-on-gadolinium-mri', status: 'present' },
            ],
          },
        ],
      }),
    );
    const c = cause(a, 'recurrent-disc-herniation');
    expect(c.evidence.map((e) => e.finding)).not.toContain('enhancing-scar-on-gadolinium-mri');
    expect(c.notScored).toContainEqual(expect.objectContaining({ finding: 'enhancing-scar-on-gadolinium-mri', reason: 'overridden' }));
  });

  it('excludes causes impossible after the operation, with the reason', () => {
    const disc = run(lumbarDiscectomyCase());
    expect(disc.excludedCauses.map((c) => c.id)).toEqual(expect.arrayContaining(['implant-related-pain', 'pseudarthrosis', 'malpositioned-hardware']));
    expect(disc.causes.map((c) => c.id)).not.toContain('pseudarthrosis');
    const neck = run(cervicalAcdfCase());
    expect(neck.excludedCauses.map((c) => c.id)).toEqual(expect.arrayContaining(['sacroiliac-joint-pain', 'cluneal-nerve-entrapment']));
    const graft = run(cervicalAcdfCase({ surgeries: [{ date: '2021-05-01', region: 'cervical', procedure: 'acdf', levels: ['C5-C6'], instrumented: true, fusion: true, iliacCrestGraft: true }] }));
    expect(graft.causes.map((c) => c.id)).toContain('cluneal-nerve-entrapment');
    expect(disc.excludedCauses.find((c) => c.id === 'epidural-hematoma')?.reason).toMatch(/prior 0/);
  });

  it('scores arm-dominant pain through the leg-dominant rows after cervical surgery', () => {
    const a = run(cervicalAcdfCase());
    const c = cause(a, 'recurrent-disc-herniation');
    const e = c.evidence.find((x) => x.finding === 'arm-pain-dominant')!;
    expect(e).toMatchObject({ viaEquivalentOf: 'leg-pain-dominant', likelihoodRatio: 2.0 });
  });

  it('does not score lumbar-only findings after cervical surgery, and says so', () => {
    const a = run(cervicalAcdfCase({ findings: [{ id: 'positive-straight-leg-raise', status: 'present' }] }));
    const c = cause(a, 'recurrent-disc-herniation');
    expect(c.evidence.map((e) => e.finding)).not.toContain('positive-straight-leg-raise');
    expect(c.notScored).toContainEqual(expect.objectContaining({ finding: 'positive-straight-leg-raise', reason: 'other-region' }));
  });

  it('uses the weaker LR for absent bridging bone before 12 months (fusion still maturing)', () => {
    const early = run(lumbarFusionCase({ surgeries: [{ date: '2026-01-01', region: 'lumbar', procedure: 'fusion', levels: ['L4-L5'], instrumented: true, fusion: true }], testResults: [{ test: 'ct-thin-slice', date: '2026-05-20', results: [{ id: 'absent-bridging-bone-on-ct', status: 'present' }] }] }));
    const e = cause(early, 'pseudarthrosis').evidence.find((x) => x.finding === 'absent-bridging-bone-on-ct')!;
    expect(e).toMatchObject({ likelihoodRatio: 1.5, earlyValue: true });
    const late = run(lumbarFusionCase({ testResults: [{ test: 'ct-thin-slice', date: '2026-05-20', results: [{ id: 'absent-bridging-bone-on-ct', status: 'present' }] }] }));
    expect(cause(late, 'pseudarthrosis').evidence.find((x) => x.finding === 'absent-bridging-bone-on-ct')!.likelihoodRatio).toBe(3.0);
  });

  it('gives an uncertainty range that contains the estimate, and bands with documented cut-points', () => {
    const a = run(lumbarFusionCase({ findings: [{ id: 'focal-tenderness-over-implant', status: 'present' }] }));
    for (const c of a.causes) {
      expect(c.range.low).toBeLessThanOrEqual(c.probability + 1e-9);
      expect(c.range.high).toBeGreaterThanOrEqual(c.probability - 1e-9);
      expect(c.band).toBe(bandOf(c.probability));
    }
    expect([bandOf(0.5), bandOf(0.49), bandOf(0.2), bandOf(0.08), bandOf(0.02), bandOf(0.019)]).toEqual(['likely', 'possible', 'possible', 'less-likely', 'unlikely', 'very-unlikely']);
  });

  it('sorts causes by probability and records the knowledge-base version', () => {
    const a = run(lumbarFusionCase());
    const ps = a.causes.map((c) => c.probability);
    expect(ps).toEqual([...ps].sort((x, y) => y - x));
    expect(a.knowledgeBase.version).toMatch(/^\d{4}\./);
    expect(a.knowledgeBase.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});

/** Bad input: every error names its field path; unknown ids come with the nearest valid id. */
import { describe, expect, it } from 'vitest';
import { lumbarDiscectomyCase, lumbarFusionCase } from '../test-support/cases.js';
import { parseCaseJson, validateCase } from './validate.js';

const errorsOf = (data: unknown) => {
  const r = validateCase(data);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('case validation', () => {
  it('accepts a valid case', () => {
    expect(validateCase(lumbarDiscectomyCase()).ok).toBe(true);
  });

  it('reports malformed JSON with line and column', () => {
    const r = parseCaseJson('{\n  "assessmentDate": "2026-01-01",\n  "patient": { "age": 40 ,, }\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/malformed JSON at line 3, column \d+/);
  });

  it('names the field of wrong types and out-of-range values, all at once', () => {
    const c = lumbarDiscectomyCase({ patient: { age: 15, sex: 'female' }, pain: { back: 11, leg: 3.5 } });
    const e = errorsOf({ ...c, assessmentDate: '2026-02-30', surgeries: [{ ...c.surgeries![0]!, levels: ['L3-L5'] }] });
    expect(e.join('\n')).toMatch(/patient\.age: .*16/);
    expect(e.join('\n')).toMatch(/pain\.back: /);
    expect(e.join('\n')).toMatch(/pain\.leg: pain ratings are whole numbers/);
    expect(e.join('\n')).toMatch(/assessmentDate: not a real calendar date/);
    expect(e.join('\n')).toMatch(/surgeries\[0\]\.levels\[0\]: expected a nerve root/);
  });

  it('refuses unknown fields', () => {
    expect(errorsOf({ ...lumbarDiscectomyCase(), paitn: {} })).toContain('paitn: unknown field');
  });

  it('suggests the nearest valid id for an unknown finding or test', () => {
    const e = errorsOf(lumbarDiscectomyCase({ findings: [{ id: 'positive-straight-leg-rise', status: 'present' }], testResults: [{ test: 'mri-gadolinum', date: '2026-05-01', results: [] }] }));
    expect(e).toContain("findings[0].id: unknown finding id 'positive-straight-leg-rise'; did you mean 'positive-straight-leg-raise'?");
    expect(e).toContain("testResults[0].test: unknown test 'mri-gadolinum'; did you mean 'mri-gadolinium'?");
  });

  it('rejects impossible dates: operation or test after the assessment', () => {
    const c = lumbarDiscectomyCase();
    const e = errorsOf({ ...c, surgeries: [{ ...c.surgeries![0]!, date: '2026-07-01' }], testResults: [{ test: 'crp-esr', date: '2026-07-02', results: [] }] });
    expect(e).toContain('surgeries[0].date: operation date 2026-07-01 is after the assessment date 2026-06-01');
    expect(e).toContain('testResults[0].date: test date 2026-07-02 is after the assessment date 2026-06-01');
  });

  it('keeps test results with their test and findings in their place', () => {
    const e = errorsOf(
      lumbarDiscectomyCase({
        findings: [{ id: 'solid-fusion-on-ct', status: 'present' }],
        testResults: [{ test: 'crp-esr', date: '2026-05-01', results: [{ id: 'solid-fusion-on-ct', status: 'present' }] }],
      }),
    );
    expect(e[0]).toMatch(/^findings\[0\]\.id: 'solid-fusion-on-ct' is a test result: record it under testResults with its test \(ct-thin-slice\)/);
    expect(e[1]).toMatch(/^testResults\[0\]\.results\[0\]\.id: 'solid-fusion-on-ct' is not a result of crp-esr \(it is reported by ct-thin-slice\)/);
  });

  it('rejects contradictions: exclusive findings, present and absent, derived data', () => {
    const e = errorsOf(
      lumbarDiscectomyCase({
        findings: [
          { id: 'never-improved-after-surgery', status: 'present' },
          { id: 'pain-free-interval-then-recurrence', status: 'present' },
          { id: 'fever', status: 'present' },
          { id: 'fever', status: 'absent' },
          { id: 'age-over-70', status: 'present' },
        ],
      }),
    );
    expect(e.join('\n')).toMatch(/mutually exclusive/);
    expect(e).toContain("findings[3].status: 'fever' is recorded both present and absent");
    expect(e).toContain("findings[4].status: 'age-over-70' is recorded present but the case data say absent (patient.age = 45)");
  });

  it('rejects operations that contradict themselves', () => {
    const c = lumbarFusionCase();
    const e = errorsOf({ ...c, surgeries: [{ ...c.surgeries![0]!, fusion: false }, { date: '2020-01-01', region: 'cervical', procedure: 'discectomy', levels: ['L4-L5'], instrumented: false, fusion: false }] });
    expect(e).toContain("surgeries[0].fusion: 'decompression-and-fusion' is a fusion operation: fusion must be true");
    expect(e.join('\n')).toMatch(/surgeries\[1\]\.procedure: 'discectomy' is a lumbar operation but region is cervical/);
    expect(e.join('\n')).toMatch(/surgeries\[1\]\.levels\[0\]: L4-L5 is a lumbar or sacral level/);
  });

  it('warns, without failing, about findings not scored in this region and tests before the operation', () => {
    const r = validateCase(lumbarDiscectomyCase({ findings: [{ id: 'positive-spurling-test', status: 'present' }], testResults: [{ test: 'crp-esr', date: '2025-01-01', results: [] }] }));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toEqual(['findings[0].id', 'testResults[0].date']);
  });
});

/** Small case builders for tests: a valid lumbar or cervical case that a test then adjusts. */
import type { CaseInput } from '../case/schema.js';

export function lumbarDiscectomyCase(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    id: 'test-lumbar',
    assessmentDate: '2026-06-01',
    patient: { age: 45, sex: 'female' },
    surgeries: [{ date: '2025-06-01', region: 'lumbar', procedure: 'discectomy', levels: ['L4-L5'], side: 'left', instrumented: false, fusion: false }],
    pain: { back: 3, leg: 7 },
    findings: [],
    testResults: [],
    ...overrides,
  };
}

export function lumbarFusionCase(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    id: 'test-fusion',
    assessmentDate: '2026-06-01',
    patient: { age: 62, sex: 'male' },
    surgeries: [
      { date: '2023-03-01', region: 'lumbar', procedure: 'decompression-and-fusion', levels: ['L4-L5', 'L5-S1'], instrumented: true, fusion: true, fusionToSacrum: true },
    ],
    pain: { back: 6, leg: 3 },
    findings: [],
    testResults: [],
    ...overrides,
  };
}

export function cervicalAcdfCase(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    id: 'test-cervical',
    assessmentDate: '2026-06-01',
    patient: { age: 55, sex: 'male' },
    surgeries: [{ date: '2021-05-01', region: 'cervical', procedure: 'acdf', levels: ['C5-C6'], instrumented: true, fusion: true }],
    pain: { neck: 4, arm: 6 },
    findings: [],
    testResults: [],
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import { planFromAssessment, stepPatientText, stepTitle } from './from-assessment.js';

describe('planFromAssessment', () => {
  it('is null when the assessment has no plan', () => {
    expect(planFromAssessment({ causes: [] })).toBeNull();
    expect(planFromAssessment(null)).toBeNull();
  });

  it('takes plan.steps with unique keys', () => {
    const p = planFromAssessment({ plan: { steps: [{ id: 'physio' }, { treatment: 'gabapentinoid' }, { id: 'physio' }, { note: 'x' }] } });
    expect(p?.steps.map((s) => s.key)).toEqual(['physio', 'gabapentinoid', 'physio#2', 'step-4']);
  });

  it('flattens staged plans and keeps the stage on each step', () => {
    const p = planFromAssessment({ plan: { stages: [{ id: 'first-line', steps: [{ id: 'a' }] }, { id: 'second-line', items: [{ id: 'b' }] }] } });
    expect(p?.steps).toEqual([
      { key: 'a', data: { id: 'a', stage: 'first-line' } },
      { key: 'b', data: { id: 'b', stage: 'second-line' } },
    ]);
  });

  it('reads the plan stage output: a list of plan items keyed by treatment', () => {
    const p = planFromAssessment({ plan: [{ treatment: 'exercise-therapy', step: 'now' }, { treatment: 'medication', step: 'now' }] });
    expect(p?.steps.map((s) => s.key)).toEqual(['exercise-therapy', 'medication']);
  });

  it('finds titles and patient text', () => {
    expect(stepTitle({ name: 'Physiotherapy' }, 'k')).toBe('Physiotherapy');
    expect(stepTitle({}, 'k')).toBe('k');
    expect(stepPatientText({ patientText: 'Exercise with a physiotherapist' })).toBe('Exercise with a physiotherapist');
    expect(stepPatientText({ plainLanguage: { text: 'Walk daily' } })).toBe('Walk daily');
    expect(stepPatientText({})).toBeNull();
  });
});

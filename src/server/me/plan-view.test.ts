import { describe, expect, it } from 'vitest';
import { patientPlanView } from './plan-view.js';

describe('patientPlanView', () => {
  it('shows what may be offered, not what the plan advises against', () => {
    const step = (key: string, data: Record<string, unknown>) => ({ id: key, key, position: 0, status: 'proposed', data, note: null, updatedAt: 't', updatedBy: null });
    const v = patientPlanView({
      id: 'p',
      patientId: 'x',
      assessmentId: 'a',
      status: 'active',
      data: [],
      createdAt: 't',
      steps: [
        step('exercise-therapy', { name: 'Exercise therapy', recommendation: 'recommended', step: 'now' }),
        step('opioids', { name: 'Long-term opioids', recommendation: 'not-recommended', step: 'now' }),
        step('scs', { name: 'Spinal cord stimulation', recommendation: 'consider', step: 'later' }),
        step('x', { name: 'X', recommendation: 'contraindicated' }),
      ],
    });
    expect(v.steps.map((s) => [s.title, s.when])).toEqual([
      ['Exercise therapy', 'now'],
      ['Spinal cord stimulation', 'later'],
    ]);
  });
});

/**
 * CarePlan activities. The plan engine (being added) will put `plan` on the assessment; until its shape is final the
 * exporter takes this small local interface, and the adapter is one function. Without a plan, the activities are the
 * proposed work-up (tests, with their rationale).
 */
import type { CarePlanActivity } from '@medplum/fhirtypes';
import type { Assessment } from '../../engine/assess.js';
import { SPINEPATH_CODES } from '../spinepath-codes.js';

export interface PlanStepForExport {
  /** Knowledge-base treatment or step id. */
  readonly id: string;
  readonly title: string;
  readonly status?: 'not-started' | 'scheduled' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'stopped';
  /** Why, in words (with its sources). */
  readonly rationale?: string;
  /** Whether the step is a referral, a test, a medication change, an exercise programme... (free text). */
  readonly kind?: string;
}

export interface PlanForExport {
  readonly steps: readonly PlanStepForExport[];
}

export function planActivities(plan: PlanForExport | undefined, a: Assessment | undefined): CarePlanActivity[] {
  if (plan) {
    return plan.steps.map((s) => ({
      detail: {
        ...(s.kind === 'test' ? { kind: 'ServiceRequest' as const } : {}),
        code: { coding: [{ system: SPINEPATH_CODES.planStep, code: s.id, display: s.title }], text: s.title },
        status: s.status ?? 'not-started',
        ...(s.rationale ? { description: s.rationale } : {}),
      },
    }));
  }
  if (!a) return [];
  return a.workup.map((w) => ({
    detail: {
      kind: 'ServiceRequest' as const,
      code: { coding: [{ system: SPINEPATH_CODES.test, code: w.test, display: w.name }], text: w.name },
      status: 'not-started' as const,
      description: `${w.priority}: ${w.rationale}`,
    },
  }));
}

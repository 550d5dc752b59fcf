/**
 * Reading the treatment plan out of an engine assessment, for storage as a care plan with steps. The plan stage
 * (src/engine/plan) adds `plan` to the Assessment; this is the one place that knows where its steps are, so a change
 * of its shape touches only this file (and its test). Steps are found as `plan.steps`, or the steps of
 * `plan.stages[]`/`plan.phases[]`, or `plan.items`/`plan.recommendations`; each step's key is its `id`, `key` or
 * `treatment`, made unique.
 */

export interface ExtractedStep {
  key: string;
  data: Record<string, unknown>;
}

export interface ExtractedPlan {
  data: Record<string, unknown>;
  steps: ExtractedStep[];
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function stepsOf(plan: Record<string, unknown>): Record<string, unknown>[] {
  for (const k of ['steps', 'items', 'recommendations']) {
    const v = plan[k];
    if (Array.isArray(v)) return v.filter(isObj);
  }
  for (const k of ['stages', 'phases', 'tiers']) {
    const v = plan[k];
    if (Array.isArray(v)) {
      return v.filter(isObj).flatMap((stage) => {
        const inner = stepsOf(stage);
        const stageId = stage.id ?? stage.key ?? stage.name;
        return inner.map((s) => (stageId !== undefined && s.stage === undefined ? { ...s, stage: stageId } : s));
      });
    }
  }
  return [];
}

export function planFromAssessment(output: unknown): ExtractedPlan | null {
  if (!isObj(output)) return null;
  // The plan stage gives a list of plan items (src/engine/plan); an object with steps/stages is read as well.
  const plan = Array.isArray(output.plan) ? { steps: output.plan } : output.plan;
  if (!isObj(plan)) return null;
  const used = new Map<string, number>();
  const steps = stepsOf(plan).map((s, i) => {
    const raw = [s.id, s.key, s.treatment, s.code].find((v) => typeof v === 'string' && v) as string | undefined;
    const base = raw ?? `step-${i + 1}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, data: s };
  });
  return { data: plan, steps };
}

/** A short title for a step, for lists and the patient view. */
export function stepTitle(data: unknown, key: string): string {
  if (isObj(data)) {
    for (const k of ['title', 'name', 'label', 'summary', 'treatmentName', 'treatment']) {
      const v = data[k];
      if (typeof v === 'string' && v) return v;
    }
  }
  return key;
}

/** The patient's words for a step, where the plan gives them. */
export function stepPatientText(data: unknown): string | null {
  if (isObj(data)) {
    for (const k of ['patientText', 'plainLanguage', 'patientSummary', 'forPatient']) {
      const v = data[k];
      if (typeof v === 'string' && v) return v;
      if (isObj(v) && typeof v.text === 'string') return v.text;
    }
  }
  return null;
}

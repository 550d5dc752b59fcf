/** Evaluation of the knowledge base's condition rules (contraindications and cautions) against a case. */
import type { KbTreatment } from '../../knowledge/index.js';
import type { PlanContext } from './context.js';

type Rule = KbTreatment['contraindications'][number];

/** Why the rule fires in this case (the matching items), or null when it does not. */
export function ruleFires(rule: Rule, pc: PlanContext): string | null {
  const hits: string[] = [];
  for (const f of rule.findingsAny) if (pc.obs.present.has(f)) hits.push(f);
  for (const x of rule.comorbiditiesAny) if (pc.comorbidities.has(x)) hits.push(x);
  for (const x of rule.drugClassesAny) if (pc.meds.classes.has(x)) hits.push(`takes ${x}`);
  for (const x of rule.devicesAny) if (pc.devices.has(x)) hits.push(`${x} implanted`);
  for (const x of rule.redFlagsAny) if (pc.activeFlags.has(x)) hits.push(`red flag ${x} not yet reviewed`);
  if (rule.pregnant === true && pc.c.patient.pregnant === true) hits.push('pregnant');
  if (rule.fusion === true && pc.ctx.hasFusion) hits.push('fusion in the operated region');
  return hits.length ? hits.join(', ') : null;
}

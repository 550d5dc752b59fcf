/**
 * Evaluation of the knowledge base's condition rules (contraindications and cautions) against a case. Rules are
 * compiled once into one uniform shape and numbered by id, so that each distinct rule is evaluated once per case and
 * the evaluation reads monomorphic objects (bench/engine).
 */
import type { KbTreatment } from '../../knowledge/index.js';
import type { PlanContext } from './context.js';

type Rule = KbTreatment['contraindications'][number] | KbTreatment['cautions'][number];

export interface CompiledRule {
  id: string;
  /** Slot in the per-case cache (rules sharing an id share conditions: knowledge-base test). */
  n: number;
  description: string;
  effect: 'cap-consider' | 'defer' | 'note' | 'contraindicated';
  findings: string[];
  comorbidities: string[];
  drugClasses: string[];
  devices: string[];
  redFlags: string[];
  pregnant: boolean;
  fusion: boolean;
  /** Nothing but findings to check. */
  findingsOnly: boolean;
}

const ruleIndex = new Map<string, number>();

export function compileRule(r: Rule): CompiledRule {
  let n = ruleIndex.get(r.id);
  if (n === undefined) {
    n = ruleIndex.size;
    ruleIndex.set(r.id, n);
  }
  const effect = 'effect' in r ? r.effect : 'contraindicated';
  const c: CompiledRule = {
    id: r.id,
    n,
    description: r.description,
    effect,
    findings: [...r.findingsAny],
    comorbidities: [...r.comorbiditiesAny],
    drugClasses: [...r.drugClassesAny],
    devices: [...r.devicesAny],
    redFlags: [...r.redFlagsAny],
    pregnant: r.pregnant === true,
    fusion: r.fusion === true,
    findingsOnly: false,
  };
  c.findingsOnly = !c.comorbidities.length && !c.drugClasses.length && !c.devices.length && !c.redFlags.length && !c.pregnant && !c.fusion;
  return c;
}

/** Why the rule fires in this case (the matching items), or null when it does not. Cached per case. */
export function ruleFires(rule: CompiledRule, pc: PlanContext): string | null {
  const cached = pc.ruleCache[rule.n];
  if (cached !== undefined) return cached;
  const r = evaluate(rule, pc);
  pc.ruleCache[rule.n] = r;
  return r;
}

function evaluate(rule: CompiledRule, pc: PlanContext): string | null {
  let hits: string[] | undefined;
  const present = pc.obs.present;
  for (const f of rule.findings) if (present.has(f)) (hits ??= []).push(f);
  if (rule.findingsOnly) return hits ? hits.join(', ') : null;
  for (const x of rule.comorbidities) if (pc.comorbidities.has(x as never)) (hits ??= []).push(x);
  for (const x of rule.drugClasses) if (pc.meds.classes.has(x as never)) (hits ??= []).push(`takes ${x}`);
  for (const x of rule.devices) if (pc.devices.has(x as never)) (hits ??= []).push(`${x} implanted`);
  for (const x of rule.redFlags) if (pc.activeFlags.has(x)) (hits ??= []).push(`red flag ${x} not yet reviewed`);
  if (rule.pregnant && pc.c.patient.pregnant === true) (hits ??= []).push('pregnant');
  if (rule.fusion && pc.ctx.hasFusion) (hits ??= []).push('fusion in the operated region');
  return hits ? hits.join(', ') : null;
}

/**
 * Red flags override everything: an emergency suppresses all elective advice, an urgent flag the elective
 * interventions until reviewed; suspected infection blocks injections and implants; a pseudomeningocele warns before
 * needle procedures (evidence.md §3, C15; triage rule of the engine issue).
 */
import { ruleById } from '../plan/compiled.js';
import type { PlanContext } from '../plan/context.js';
import { ruleFires } from '../plan/rules.js';
import type { SafetyItem } from './types.js';

export function redFlagChecks(pc: PlanContext, suppression: string | null, suppressedItems: string[], needleItems: string[], needleTests: string[]): SafetyItem[] {
  const out: SafetyItem[] = [];
  const active = pc.triage.redFlags.filter((f) => !f.review);
  if (suppression) {
    out.push({
      id: 'red-flag-suppression',
      severity: 'block',
      category: 'red-flag',
      message: `${suppression} Flags: ${active.map((f) => `${f.code} ${f.name} (${f.urgency})`).join('; ')}.`,
      drugs: [],
      procedures: suppressedItems,
      verify: false,
      citations: [...new Set(active.flatMap((f) => f.sources))].sort(),
    });
  }
  // Rules from the knowledge base (the same rules the plan applies), so plan and safety cannot disagree.
  const infection = ruleFires(ruleById('suspected-infection'), pc);
  if (infection) {
    out.push({
      id: 'suspected-infection',
      severity: 'block',
      category: 'red-flag',
      message: `Infection suspected (${infection}): no injection, block or implant until infection is excluded or treated.`,
      drugs: [],
      procedures: [...needleItems, ...needleTests],
      verify: false,
      citations: [],
    });
  }
  const pm = ruleFires(ruleById('pseudomeningocele'), pc);
  if (pm) {
    out.push({
      id: 'pseudomeningocele-needle',
      severity: 'warn',
      category: 'red-flag',
      message: `Pseudomeningocele or CSF leak suspected (${pm}): warn the operator before any needle procedure near the operated level (a needle can puncture the sac); image first.${needleItems.length || needleTests.length ? ` Planned: ${[...needleItems, ...needleTests].join(', ')}.` : ''}`,
      drugs: [],
      procedures: [...needleItems, ...needleTests],
      verify: false,
      citations: ['rapm-1995-pseudomeningocele'],
    });
  }
  return out;
}

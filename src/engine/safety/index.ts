/**
 * Safety checks (pure): red flags, anticoagulant holds per procedure, opioids (MME, sedatives, naloxone), medicine
 * conflicts and NSAID cautions, work-up safety (gadolinium, MRI with devices, pregnancy), and medicines SpinePath does
 * not check. Severity: block (do not proceed), warn (act before proceeding), info.
 */
import type { KbProcedure } from '../../knowledge/index.js';
import type { PlanResult } from '../plan/index.js';
import { compiledPlanKb } from '../plan/compiled.js';
import type { Workup } from '../workup.js';
import { anticoagulantChecks, type ProcedureUse } from './anticoagulants.js';
import { medicineChecks } from './medicines.js';
import { opioidChecks } from './opioids.js';
import { redFlagChecks } from './red-flags.js';
import { SEVERITY_RANK, type SafetyItem } from './types.js';
import { workupChecks } from './workup-safety.js';

export type { SafetyItem, SafetySeverity } from './types.js';

const CATEGORY_ORDER: Record<SafetyItem['category'], number> = { 'red-flag': 0, anticoagulant: 1, opioid: 2, medicine: 3, 'work-up': 4, 'unchecked-medicine': 5 };

export function safety(p: PlanResult, workup: Workup): SafetyItem[] {
  const kb = compiledPlanKb();
  const pc = p.context;
  const region = pc.ctx.region;
  const regional = (proc: KbProcedure | undefined): proc is KbProcedure => !!proc && (!proc.regions || proc.regions.includes(region));

  // Procedures in play: active, unsuppressed plan items and the needle tests of the work-up.
  const uses = new Map<string, ProcedureUse>();
  const add = (procId: string, by: string) => {
    const proc = kb.procedures.get(procId);
    if (!regional(proc)) return;
    const u = uses.get(procId) ?? { procedure: proc, by: [] };
    if (!u.by.includes(by)) u.by.push(by);
    uses.set(procId, u);
  };
  const needleItems: string[] = [];
  const blockedNeedle: string[] = [];
  const suppressedItems: string[] = [];
  for (const i of p.items) {
    if (i.suppressed) suppressedItems.push(i.treatment);
    const procs = i.procedures;
    if (!procs) continue;
    let needle = false;
    for (const x of procs) if (kb.procedures.get(x)?.needle) needle = true;
    // Contraindicated needle items still matter for the infection and pseudomeningocele messages.
    if (i.contraindications && needle) blockedNeedle.push(i.treatment);
    if (i.suppressed || (i.recommendation !== 'recommended' && i.recommendation !== 'consider')) continue;
    for (const proc of procs) add(proc, i.treatment);
    if (needle) needleItems.push(i.treatment);
  }
  const tests = new Set<string>();
  for (const w of workup.items) tests.add(w.test);
  const needleTests: string[] = [];
  for (const t of tests) {
    const procs = kb.testProcedures[t];
    if (!procs) continue;
    for (const proc of procs) {
      add(proc, t);
      const pr = kb.procedures.get(proc);
      if (pr?.needle && regional(pr) && !needleTests.includes(t)) needleTests.push(t);
    }
  }

  const out: SafetyItem[] = [
    ...redFlagChecks(pc, p.summary.suppression, suppressedItems, blockedNeedle.length ? [...new Set([...needleItems, ...blockedNeedle])] : needleItems, needleTests),
    ...anticoagulantChecks(pc, [...uses.values()]),
    ...opioidChecks(pc),
    ...medicineChecks(pc, p.items),
    ...workupChecks(pc, tests, needleItems),
    ...pc.meds.unknown.map(
      (u): SafetyItem => ({
        id: `unchecked-medicine:${u.index}`,
        severity: 'info',
        category: 'unchecked-medicine',
        message: `'${u.name}' (medications[${u.index}]) is not checked by SpinePath: no interaction, MME or anticoagulant rule applies to it. Nearest known names: ${u.nearest.join(', ')}.`,
        drugs: [u.name],
        procedures: [],
        verify: false,
        citations: [],
      }),
    ),
  ];
  out.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

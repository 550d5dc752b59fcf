/**
 * NICE TA159 (spinal cord stimulation) and NICE MTG41 (10 kHz SCS) criteria, one by one, each met / not met /
 * unknown, with the value read from the case. Boundaries are inclusive as the guidance words them: at least 50 mm
 * (49 is not met, 50 is met) and at least 6 months (5 is not met, 6 is met). An NRS 0-10 read in place of the VAS
 * (x 10 mm) is an approximation and labelled so (expert estimate).
 */
import { threshold, type CompiledTreatment } from './compiled.js';
import type { PlanContext } from './context.js';
import type { PlanCriterion } from './types.js';

export interface ScsCriteria {
  criteria: PlanCriterion[];
  byId: Record<string, PlanCriterion>;
}

/**
 * @param painSource 'limb' for TA159 (neuropathic limb pain), 'back-or-leg' for MTG41 (the higher of back and leg)
 * @param durationFrom 'pain' for TA159 (pain for at least 6 months), 'surgery' for MTG41 (at least 6 months after surgery)
 */
export function scsCriteria(pc: PlanContext, ct: CompiledTreatment, painSource: 'limb' | 'back-or-leg', durationFrom: 'pain' | 'surgery'): ScsCriteria {
  const vasMin = threshold(ct, 'vas-mm-min');
  const monthsMin = threshold(ct, 'duration-months-min');
  const trialMin = threshold(ct, 'trial-relief-percent-min');
  const perPoint = threshold(ct, 'nrs-to-vas-mm');
  const out: PlanCriterion[] = [];
  const ph = pc.classification.phenotype;

  // 1. Neuropathic origin.
  const neuro = ph.components.neuropathic;
  out.push({
    id: 'neuropathic-origin',
    label: 'Chronic pain of neuropathic origin',
    status: neuro === 'likely' ? 'met' : neuro === 'possible' ? 'unknown' : 'not-met',
    value: `phenotype ${ph.phenotype}; neuropathic component ${neuro}`,
    reason:
      neuro === 'likely'
        ? 'a neuropathic component is likely (distribution with sensory signs or a positive screen)'
        : neuro === 'possible'
          ? 'a neuropathic component is only possible: confirm with examination and DN4 or painDETECT'
          : 'no neuropathic component recorded',
  });

  // 2. Pain of at least 50 mm on a 0-100 mm VAS.
  const c = pc.c;
  const nrs = painSource === 'limb' ? pc.limbNrs : Math.max(pc.limbNrs ?? -1, pc.axialNrs ?? -1);
  const nrsKnown = nrs !== undefined && nrs >= 0;
  if (c.pain.vasMm !== undefined) {
    out.push({
      id: 'pain-50mm',
      label: `Pain at least ${vasMin} mm on a 0-100 mm VAS`,
      status: c.pain.vasMm >= vasMin ? 'met' : 'not-met',
      value: `VAS ${c.pain.vasMm} mm`,
      reason: c.pain.vasMm >= vasMin ? `${c.pain.vasMm} mm >= ${vasMin} mm` : `${c.pain.vasMm} mm < ${vasMin} mm`,
    });
  } else if (nrsKnown) {
    const mm = nrs * perPoint;
    const label = painSource === 'limb' ? (pc.ctx.region === 'cervical' ? 'arm' : 'leg') : 'back or leg (the higher)';
    out.push({
      id: 'pain-50mm',
      label: `Pain at least ${vasMin} mm on a 0-100 mm VAS`,
      status: mm >= vasMin ? 'met' : 'not-met',
      value: `${label} NRS ${nrs} read as ${mm} mm`,
      approximate: true,
      reason: `no VAS recorded: NRS ${nrs} x ${perPoint} = ${mm} mm ${mm >= vasMin ? '>=' : '<'} ${vasMin} mm (approximation, expert estimate: record a VAS to confirm)`,
    });
  } else {
    out.push({ id: 'pain-50mm', label: `Pain at least ${vasMin} mm on a 0-100 mm VAS`, status: 'unknown', value: 'not recorded', reason: 'record pain.vasMm (or the NRS ratings)' });
  }

  // 3. Duration: pain for at least 6 months (TA159) or at least 6 months after surgery (MTG41).
  if (durationFrom === 'surgery') {
    const m = pc.ctx.monthsSinceSurgery;
    out.push({
      id: 'six-months',
      label: `At least ${monthsMin} months after back surgery`,
      status: m >= monthsMin ? 'met' : 'not-met',
      value: `${m.toFixed(1)} months since ${pc.ctx.latestSurgery.date}`,
      reason: m >= monthsMin ? `${m.toFixed(1)} >= ${monthsMin} months` : `${m.toFixed(1)} < ${monthsMin} months`,
    });
  } else if (c.pain.durationMonths !== undefined) {
    const d = c.pain.durationMonths;
    out.push({
      id: 'six-months',
      label: `Pain for at least ${monthsMin} months`,
      status: d >= monthsMin ? 'met' : 'not-met',
      value: `${d} months (pain.durationMonths)`,
      reason: d >= monthsMin ? `${d} >= ${monthsMin} months` : `${d} < ${monthsMin} months`,
    });
  } else if (pc.obs.present.has('never-improved-after-surgery')) {
    const m = pc.ctx.monthsSinceSurgery;
    out.push({
      id: 'six-months',
      label: `Pain for at least ${monthsMin} months`,
      status: m >= monthsMin ? 'met' : 'not-met',
      value: `never improved after surgery ${m.toFixed(1)} months ago`,
      reason: `pain since the operation: ${m.toFixed(1)} months ${m >= monthsMin ? '>=' : '<'} ${monthsMin}`,
    });
  } else {
    out.push({ id: 'six-months', label: `Pain for at least ${monthsMin} months`, status: 'unknown', value: 'not recorded', reason: 'record pain.durationMonths' });
  }

  // 4. Despite appropriate conventional medical management.
  const cmm = c.scsAssessment?.conventionalManagementTried;
  out.push({
    id: 'despite-cmm',
    label: 'Despite appropriate conventional medical management',
    status: cmm === true || pc.conservativeFailedBecause.length > 0 ? 'met' : cmm === false ? 'not-met' : 'unknown',
    value: cmm !== undefined ? `scsAssessment.conventionalManagementTried = ${cmm}` : pc.conservativeFailedBecause.join('; ') || 'not recorded',
    reason:
      cmm === true
        ? 'recorded in the SCS assessment'
        : pc.conservativeFailedBecause.length > 0
          ? 'conservative treatment recorded without improvement'
          : cmm === false
            ? 'conventional medical management not yet tried'
            : 'record the conservative treatments tried (treatments[] or scsAssessment.conventionalManagementTried)',
  });

  // 5. Multidisciplinary team assessment.
  const mdt = c.scsAssessment?.mdtAssessment;
  out.push({
    id: 'mdt-assessment',
    label: 'Assessed by a multidisciplinary team experienced in chronic pain and SCS',
    status: mdt === true ? 'met' : mdt === false ? 'not-met' : 'unknown',
    value: mdt === undefined ? 'not recorded' : String(mdt),
    reason: mdt === true ? 'MDT assessment recorded' : 'refer for MDT assessment (including a pain psychologist)',
  });

  // 6. Successful trial (at least 50% relief).
  const trial = c.scsAssessment?.trial;
  out.push({
    id: 'successful-trial',
    label: `Successful trial of stimulation (at least ${trialMin}% relief)`,
    status: trial ? (trial.reliefPercent >= trialMin ? 'met' : 'not-met') : 'unknown',
    value: trial ? `${trial.reliefPercent}% relief (${trial.date})` : 'no trial yet',
    reason: trial
      ? trial.reliefPercent >= trialMin
        ? `${trial.reliefPercent}% >= ${trialMin}%`
        : `${trial.reliefPercent}% < ${trialMin}%: the trial did not succeed`
      : 'the trial comes last, after the MDT assessment',
  });

  return { criteria: out, byId: Object.fromEntries(out.map((k) => [k.id, k])) };
}

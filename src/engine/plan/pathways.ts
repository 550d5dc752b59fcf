/**
 * One rule per treatment: the recommendation and step before the shared steps (contraindications, cautions, prior
 * courses, escalations, red-flag suppression, goals). Tool logic built on evidence.md §4-§5 and the stepped flow of
 * §7.2; every number comes from the knowledge base with its basis (thresholds by id).
 */
import { compiledKb } from '../compiled-kb.js';
import { bands, compiledPlanKb, threshold, type CompiledTreatment } from './compiled.js';
import { has, prob, testObservations, type PlanContext } from './context.js';
import { correctableLesions, reoperationPrognosis, type LesionFinding } from './revision.js';
import { scsCriteria } from './ta159.js';
import type { Draft, PlanCriterion } from './types.js';

export interface SharedAnalysis {
  lesions: LesionFinding[];
  confirmedLesion: LesionFinding | undefined;
  /** A correctable lesion that is likely but not yet confirmed (to confirm or exclude before neuromodulation). */
  likelyLesion: LesionFinding | undefined;
  /** Position of each test in the work-up (0 = first). */
  workupTests: Map<string, number>;
}

type Pathway = (pc: PlanContext, ct: CompiledTreatment, s: SharedAnalysis) => Draft;

/**
 * Every draft starts from this object so that all drafts share one shape (the assembler reads them at one site;
 * differently shaped drafts made that site megamorphic and cost more than all the rules together: bench/engine).
 */
const BLANK: Draft = {
  recommendation: 'not-recommended',
  step: 'later',
  reasons: [],
  missing: undefined,
  criteria: undefined,
  procedures: undefined,
  citations: undefined,
  cap: undefined,
  staticKey: undefined,
};

const fixedDrafts = new Map<string, Draft>();
/**
 * A not-recommended draft whose text does not depend on the case: built once and shared (never mutated; the assembler
 * copies reasons), so that the common "not indicated" items cost a map look-up (bench/engine).
 */
function fixed(reason: string, criteria?: PlanCriterion[]): Draft {
  let d = fixedDrafts.get(reason);
  if (!d) {
    d = Object.freeze({ ...BLANK, reasons: Object.freeze([reason]) as unknown as string[], ...(criteria ? { criteria } : {}), staticKey: reason }) as Draft;
    fixedDrafts.set(reason, d);
  }
  return d;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;
const likely = () => bands.likely;
const possible = () => bands.possible;
const causeName = (id: string) => compiledKb().causeById.get(id)?.cause.name ?? id;

/** Procedures that apply to the case's region. */
function regional(pc: PlanContext, ids: readonly string[]): string[] {
  const procs = compiledPlanKb().procedures;
  return ids.filter((id) => {
    const p = procs.get(id);
    return !p?.regions || p.regions.includes(pc.ctx.region);
  });
}

export function sharedAnalysis(pc: PlanContext, revision: CompiledTreatment, workupTests: Map<string, number>): SharedAnalysis {
  const lesions = correctableLesions(pc, revision);
  return {
    lesions,
    confirmedLesion: lesions.find((l) => l.confirmed),
    likelyLesion: lesions.find((l) => !l.confirmed && l.probability >= likely()),
    workupTests,
  };
}

/**
 * How strongly to advise a diagnostic block for a target cause (tool logic): recommended now when the cause is at least
 * "possible" and the work-up puts the block among its first two tests; otherwise consider it next when the cause is at
 * least possible or the work-up proposes it for a "less likely" cause; nothing below that.
 */
function blockAdvice(s: SharedAnalysis, test: string, p: number): { rec: Draft['recommendation']; step: Draft['step'] } | null {
  const pos = s.workupTests.get(test);
  if (p >= possible() && pos !== undefined && pos < 2) return { rec: 'recommended', step: 'now' };
  if (p >= possible() || (pos !== undefined && p >= bands.remote)) return { rec: 'consider', step: 'next' };
  return null;
}

// T01 ------------------------------------------------------------------------------------------------------------
const exercise: Pathway = (pc) => {
  const reasons = ['Exercise and self-management belong in every plan (NICE NG59; evidence.md §7.2): active, graded, preferably in a group.'];
  const fits = ['myofascial-pain', 'instability', 'nociplastic-pain', 'sagittal-imbalance'].filter((c) => prob(pc, c) >= possible());
  if (fits.length) reasons.push(`Especially relevant for ${fits.map((c) => `${causeName(c)} (${pct(prob(pc, c))})`).join(', ')}.`);
  if (has(pc, 'tsk-over-37')) reasons.push('High fear of movement (TSK > 37): graded exposure with reassurance.');
  return { ...BLANK, recommendation: 'recommended', step: 'now', reasons };
};

// T02 ------------------------------------------------------------------------------------------------------------
const medication: Pathway = (pc, ct) => {
  const reasons: string[] = [];
  const ph = pc.classification.phenotype;
  const neuro = ph.components.neuropathic !== 'no-evidence';
  const noci = ph.components.nociceptive !== 'no-evidence';
  if (neuro) {
    reasons.push(
      `Neuropathic component (${ph.components.neuropathic}): NICE CG173 offers amitriptyline, duloxetine, gabapentin or pregabalin; NICE NG59 advises against gabapentinoids and other antiepileptics for sciatica. Both are shown in the safety section; the clinician chooses.`,
    );
  }
  if (noci) reasons.push('Nociceptive component: an oral NSAID at the lowest effective dose for the shortest time, after GI, liver and cardio-renal assessment (NICE NG59); see NSAID cautions in the safety section.');
  const opioids = pc.meds.medications.filter((m) => m.classes.includes('opioid'));
  let recommendation: Draft['recommendation'] = 'consider';
  let review: string | undefined;
  if (opioids.length) {
    const mme = pc.meds.totalMme;
    reasons.push(
      `Takes opioids (${opioids.map((m) => m.drugName).join(', ')}${mme !== null ? `; ${mme} MME/day${pc.meds.incomplete ? ' or more (not every opioid could be converted)' : ''}` : ''}): review benefit and harm; if benefit does not outweigh risk, taper gradually, never abruptly (CDC 2022 Rec 5); NICE NG59 does not offer opioids for chronic low back pain or chronic sciatica.`,
    );
    recommendation = 'recommended';
  }
  if (pc.meds.classes.has('benzodiazepine') || pc.meds.classes.has('gabapentinoid') || pc.meds.classes.has('z-drug')) {
    reasons.push('Takes sedatives or gabapentinoids: review whether each is still needed (CDC 2022 Rec 11 with opioids; NG59 for sciatica).');
    recommendation = 'recommended';
  }
  if (!neuro && !noci && !opioids.length) reasons.push('Phenotype not yet clear: choose medicines after the work-up; the evidence for medicines in FBSS is weak (Amirdelfan 2017).');
  if (recommendation === 'recommended') review = `within ${threshold(ct, 'opioid-review-weeks')} weeks of any change (CDC 2022 Rec 7)`;
  return { ...BLANK, recommendation, step: 'now', reasons: review ? [...reasons, `Review ${review}.`] : reasons };
};

/** True when a recorded SCS trial gave less than the TA159 trial threshold. */
function scsTrialFailed(pc: PlanContext): boolean {
  const trial = pc.c.scsAssessment?.trial;
  if (!trial) return false;
  return trial.reliefPercent < threshold(compiledPlanKb().byId.get('spinal-cord-stimulation')!, 'trial-relief-percent-min');
}

// T03 ------------------------------------------------------------------------------------------------------------
const epidural: Pathway = (pc, ct) => {
  const acuteMax = threshold(ct, 'acute-months');
  const severeMin = threshold(ct, 'severe-nrs');
  if (!pc.radicular) {
    return fixed('No radicular (sciatic) pain recorded: NICE NG59 does not offer spinal injections for low back pain.');
  }
  if (has(pc, 'neurogenic-claudication') && !has(pc, 'dermatomal-radiating-pain')) {
    return fixed('Neurogenic claudication without a dermatomal pattern: NICE NG59 does not offer epidural steroid for neurogenic claudication with central canal stenosis.');
  }
  const d = pc.c.pain.durationMonths;
  const nrs = pc.limbNrs;
  const severe = nrs === undefined ? undefined : nrs >= severeMin;
  const acute = d === undefined ? undefined : d < acuteMax;
  const criteria: PlanCriterion[] = [
    { id: 'acute', label: `Acute: radicular pain for less than ${acuteMax} months (tool logic)`, status: acute === undefined ? 'unknown' : acute ? 'met' : 'not-met', value: d === undefined ? 'not recorded' : `${d} months`, reason: 'NG59: acute and severe sciatica' },
    { id: 'severe', label: `Severe: limb pain ${severeMin} or more on the NRS (expert estimate)`, status: severe === undefined ? 'unknown' : severe ? 'met' : 'not-met', value: nrs === undefined ? 'not recorded' : `NRS ${nrs}`, reason: 'NG59: acute and severe sciatica' },
  ];
  if (acute === false) {
    return { ...BLANK,
      recommendation: 'not-recommended',
      step: 'later',
      criteria,
      reasons: [`Radicular pain for ${d} months (not acute): NICE NG59 advises epidurals for acute and severe sciatica only; after back surgery caudal epidurals helped about 5 in 100 at 2 years (Manchikanti 2012).`],
    };
  }
  if (severe === false) {
    return { ...BLANK, recommendation: 'not-recommended', step: 'later', criteria, reasons: [`Limb pain NRS ${nrs} is below the severe band: NICE NG59 advises epidurals for acute and severe sciatica.`] };
  }
  if (acute && severe) {
    return { ...BLANK, recommendation: 'consider', step: 'now', criteria, reasons: ['Acute and severe radicular pain: NICE NG59 says consider an epidural injection of local anaesthetic and steroid, for relief while the cause is worked up.'] };
  }
  return { ...BLANK,
    recommendation: 'consider',
    step: 'next',
    criteria,
    missing: criteria.filter((k) => k.status === 'unknown').map((k) => (k.id === 'acute' ? 'pain duration (pain.durationMonths)' : 'limb pain rating (NRS)')),
    reasons: ['Radicular pain: an epidural may be considered if it is acute and severe (NICE NG59); record the missing criterion.'],
  };
};

// T04 ------------------------------------------------------------------------------------------------------------
const blocks: Pathway = (pc, _ct, s) => {
  const reasons: string[] = [];
  const procs: string[] = [];
  let rec: Draft['recommendation'] = 'not-recommended';
  let step: Draft['step'] = 'later';
  const raise = (r: Draft['recommendation'], st: Draft['step']) => {
    if (r === 'recommended' || (r === 'consider' && rec !== 'recommended')) rec = r;
    if ((st === 'now' && step !== 'now') || (st === 'next' && step === 'later')) step = st;
  };
  const mbb = pc.ctx.region === 'cervical' ? 'cervical-medial-branch-block-or-rfa' : 'lumbar-medial-branch-block-or-rfa';
  // Facet joints.
  const facet = prob(pc, 'facet-joint-pain');
  if (has(pc, 'positive-dual-medial-branch-blocks')) reasons.push('Facet: comparative medial branch blocks already positive (no further block needed).');
  else if (has(pc, 'negative-medial-branch-block')) reasons.push('Facet: medial branch block negative.');
  else if (has(pc, 'positive-single-medial-branch-block')) {
    reasons.push('Facet: one positive medial branch block; a second, comparative block is needed before radiofrequency denervation (single blocks: about 31 in 100 positives confirmed, Schwarzer 1994).');
    raise('recommended', 'now');
    procs.push(mbb);
  } else {
    const a = blockAdvice(s, 'medial-branch-blocks', facet);
    if (a) {
      reasons.push(`Facet joint pain ${pct(facet)}: comparative (two) medial branch blocks${s.workupTests.has('medial-branch-blocks') ? ' (in the work-up)' : ''}.`);
      raise(a.rec, a.step);
      procs.push(mbb);
    }
  }
  // Sacroiliac joint.
  if (pc.ctx.region === 'lumbar') {
    const sij = prob(pc, 'sacroiliac-joint-pain');
    if (has(pc, 'positive-dual-sij-blocks')) reasons.push('SIJ: control blocks already positive.');
    else if (has(pc, 'negative-sij-block')) reasons.push('SIJ: block negative.');
    else if (has(pc, 'positive-single-sij-block')) {
      reasons.push('SIJ: one positive block; a control block makes the answer reliable.');
      raise('consider', 'now');
      procs.push('sij-injection');
    } else {
      const a = blockAdvice(s, 'sij-block', sij);
      if (a) {
        reasons.push(`Sacroiliac joint pain ${pct(sij)}: SIJ block, ideally with a control block${s.workupTests.has('sij-block') ? ' (in the work-up)' : ''}.`);
        raise(a.rec, a.step);
        procs.push('sij-injection');
      }
    }
  }
  // Cluneal nerves.
  const clun = prob(pc, 'cluneal-nerve-entrapment');
  const ca = !has(pc, 'positive-cluneal-nerve-block') && !has(pc, 'negative-cluneal-nerve-block') ? blockAdvice(s, 'cluneal-nerve-block', clun) : null;
  if (ca) {
    reasons.push(`Cluneal nerve entrapment ${pct(clun)}: cluneal nerve block.`);
    raise(ca.rec, ca.step);
    procs.push('peripheral-nerve-block');
  }
  // Nerve root: when the work-up proposes it to find the symptomatic level.
  const snrb = s.workupTests.get('selective-nerve-root-block');
  if (snrb !== undefined) {
    reasons.push('Selective nerve root block to find the symptomatic level (in the work-up).');
    raise(snrb < 2 ? 'recommended' : 'consider', snrb < 2 ? 'now' : 'next');
    procs.push('selective-nerve-root-block');
  }
  if (!procs.length) reasons.push('No block target is suspected or pending.');
  return { ...BLANK, recommendation: rec, step, reasons, procedures: regional(pc, procs) };
};

// T05 ------------------------------------------------------------------------------------------------------------
const rfd: Pathway = (pc, ct) => {
  const vasMin = threshold(ct, 'vas-min');
  const reasons: string[] = [];
  const criteria: PlanCriterion[] = [];
  const missing: string[] = [];
  let rec: Draft['recommendation'] = 'not-recommended';
  let step: Draft['step'] = 'later';
  const procs: string[] = [];
  const STEP_ORDER = { now: 0, next: 1, later: 2 } as const;
  // Keep the strongest advice across the targets (facet, SIJ), and for equal advice the earliest step.
  const better = (r: Draft['recommendation'], st: Draft['step']) => {
    const stronger = r === 'recommended' ? rec !== 'recommended' : r === 'consider' && rec !== 'recommended' && rec !== 'consider';
    if (stronger) {
      rec = r;
      step = st;
    } else if (r === rec && STEP_ORDER[st] < STEP_ORDER[step]) step = st;
  };
  const facet = prob(pc, 'facet-joint-pain');
  const cervical = pc.ctx.region === 'cervical';
  const dual = testObservations(pc, 'positive-dual-medial-branch-blocks');
  if (dual.length) {
    const back = pc.axialNrs;
    const vasCm = pc.c.pain.vasMm !== undefined ? pc.c.pain.vasMm / 10 : undefined;
    const painVal = vasCm ?? back;
    criteria.push(
      {
        id: 'non-surgical-failed',
        label: 'Non-surgical treatment has not worked',
        status: pc.conservativeFailed ? 'met' : 'unknown',
        value: pc.conservativeFailedBecause.join('; ') || 'no completed conservative course recorded',
        reason: pc.conservativeFailed ? 'recorded in the treatment history' : 'record the exercise or medication course and its response (treatments[])',
      },
      {
        id: 'medial-branch-source',
        label: 'Main source thought to be medial-branch-innervated structures',
        status: 'met',
        value: `positive comparative medial branch blocks at ${dual.map((o) => [o.level, o.side].filter(Boolean).join(' ')).join(', ') || 'level not recorded'}`,
        reason: 'comparative blocks positive',
      },
      {
        id: 'localised-pain-5',
        label: `Moderate or severe localised ${cervical ? 'neck' : 'back'} pain (>= ${vasMin} on a VAS or equivalent)`,
        status: painVal === undefined ? 'unknown' : painVal >= vasMin ? 'met' : 'not-met',
        value: vasCm !== undefined ? `VAS ${pc.c.pain.vasMm} mm` : back !== undefined ? `${cervical ? 'neck' : 'back'} NRS ${back} read as VAS ${back}/10` : 'not recorded',
        ...(vasCm === undefined && back !== undefined ? { approximate: true } : {}),
        reason: vasCm === undefined && back !== undefined ? 'NRS read in place of the VAS: approximation (expert estimate)' : 'NG59 criterion (c)',
      },
      { id: 'positive-mbb', label: 'Positive diagnostic medial branch block', status: 'met', value: 'comparative blocks positive', reason: 'NG59 prerequisite' },
    );
    const notMet = criteria.filter((k) => k.status === 'not-met');
    const unknown = criteria.filter((k) => k.status === 'unknown');
    if (notMet.length) reasons.push(`Facet: NG59 criteria not met: ${notMet.map((k) => k.label).join('; ')}.`);
    else if (unknown.length) {
      reasons.push(`Facet: comparative medial branch blocks positive; NG59 criteria still to confirm: ${unknown.map((k) => k.label).join('; ')}.`);
      missing.push(...unknown.map((k) => k.reason));
      better('consider', 'now');
    } else {
      reasons.push(`Facet: comparative medial branch blocks positive and every NICE NG59 criterion met${cervical ? ' (NG59 covers low back pain; for the neck this is applied by analogy: tool logic)' : ''}.`);
      better(cervical ? 'consider' : 'recommended', 'now');
    }
    procs.push(cervical ? 'cervical-medial-branch-block-or-rfa' : 'lumbar-medial-branch-block-or-rfa');
  } else if (has(pc, 'negative-medial-branch-block')) {
    reasons.push('Facet: medial branch block negative: no radiofrequency denervation of the facets.');
  } else if (has(pc, 'positive-single-medial-branch-block')) {
    reasons.push('Facet: one positive block only; radiofrequency denervation only after a second, comparative block (NICE NG59; single-block false positives 38%).');
    better('consider', 'next');
    missing.push('a second (comparative) medial branch block');
    procs.push(cervical ? 'cervical-medial-branch-block-or-rfa' : 'lumbar-medial-branch-block-or-rfa');
  } else if (facet >= possible()) {
    reasons.push(`Facet joint pain ${pct(facet)}: radiofrequency denervation only after positive comparative medial branch blocks (NICE NG59).`);
    better('consider', 'later');
    missing.push('positive comparative (dual) medial branch blocks');
    procs.push(cervical ? 'cervical-medial-branch-block-or-rfa' : 'lumbar-medial-branch-block-or-rfa');
  }
  if (!cervical) {
    const sij = prob(pc, 'sacroiliac-joint-pain');
    if (has(pc, 'positive-dual-sij-blocks')) {
      reasons.push('SIJ: control blocks positive: lateral branch radiofrequency may be considered (Falowski 2020 algorithm; no NICE position found).');
      better('consider', 'now');
      procs.push('sacral-lateral-branch-rfa');
    } else if (has(pc, 'positive-single-sij-block')) {
      reasons.push('SIJ: one positive block; confirm with a control block before lateral branch radiofrequency.');
      better('consider', 'next');
      procs.push('sacral-lateral-branch-rfa');
    } else if (sij >= possible() && !has(pc, 'negative-sij-block')) {
      reasons.push(`Sacroiliac joint pain ${pct(sij)}: lateral branch radiofrequency only after positive SIJ blocks.`);
      better('consider', 'later');
      procs.push('sacral-lateral-branch-rfa');
    }
  }
  if (!reasons.length) reasons.push('No facet or sacroiliac joint source suspected.');
  return { ...BLANK, recommendation: rec, step, reasons, criteria, missing, procedures: regional(pc, procs) };
};

// T06, T07 -------------------------------------------------------------------------------------------------------
function thomsonAdvice(pc: PlanContext, draft: Draft): Draft {
  const reasons = [...draft.reasons];
  if (pc.thomsonPresent.length) {
    reasons.push(
      `Thomson 2020 psychosocial factors present: ${pc.thomsonPresent.map((f) => `${f.label.toLowerCase()} (${f.because})`).join('; ')}. Address these first (psychology, opioid reduction, expectation setting); the advice is lowered (tool logic; the panel's ratings were not retrieved).`,
    );
    const rec = draft.recommendation === 'recommended' ? 'consider' : draft.recommendation;
    const step = draft.step === 'now' ? 'next' : draft.step;
    return { ...BLANK, ...draft, recommendation: rec, step, reasons };
  }
  if (pc.thomsonUnasked.length && draft.recommendation !== 'not-recommended') {
    reasons.push(`Ask in the SCS assessment about: ${pc.thomsonUnasked.join(', ')} (Thomson 2020 factors no finding records).`);
  }
  return { ...BLANK, ...draft, reasons };
}

const NOT_NEUROPATHIC: PlanCriterion = {
  id: 'neuropathic-origin',
  label: 'Chronic pain of neuropathic origin',
  status: 'not-met',
  value: 'no neuropathic component',
  reason: 'no neuropathic component recorded',
};

function scsDecision(pc: PlanContext, ct: CompiledTreatment, s: SharedAnalysis, kind: 'tonic' | 'hf'): Draft {
  const body = kind === 'tonic' ? 'NICE TA159' : 'NICE MTG41';
  if (kind === 'hf' && pc.ctx.region !== 'lumbar') {
    return fixed('NICE MTG41 covers back and leg pain after back surgery; this is a cervical case.');
  }
  // The first criterion decides alone when it is not met (the other criteria are not computed).
  if (pc.classification.phenotype.components.neuropathic === 'no-evidence') {
    return fixed(`${body}: needs pain of neuropathic origin; none recorded.`, [NOT_NEUROPATHIC]);
  }
  const { criteria, byId } = scsCriteria(pc, ct, kind === 'tonic' ? 'limb' : 'back-or-leg', kind === 'tonic' ? 'pain' : 'surgery');
  const reasons: string[] = [];
  const missing = criteria.filter((k) => k.status === 'unknown').map((k) => `${k.label}: ${k.reason}`);
  if (kind === 'tonic' && pc.axialDominant) reasons.push('Back pain dominates: PROCESS excluded predominant back pain; 10 kHz stimulation (MTG41) covers back and leg pain.');
  if (kind === 'hf' && pc.limbDominant) reasons.push('Leg pain dominates: tonic SCS (TA159, PROCESS) is the better-studied option; 10 kHz is an alternative (MTG41).');
  const failedTrial = byId['successful-trial']!.status === 'not-met';
  const notMet = criteria.filter((k) => k.status === 'not-met' && k.id !== 'successful-trial');
  if (failedTrial) return { ...BLANK, recommendation: 'not-recommended', step: 'later', criteria, reasons: [...reasons, `${body}: the trial did not give at least ${threshold(ct, 'trial-relief-percent-min')}% relief.`] };
  if (byId['pain-50mm']!.status === 'not-met') {
    return { ...BLANK, recommendation: 'not-recommended', step: 'later', criteria, reasons: [...reasons, `${body}: pain below ${threshold(ct, 'vas-mm-min')} mm on the VAS (${byId['pain-50mm']!.value}).`] };
  }
  if (byId['six-months']!.status === 'not-met') {
    return { ...BLANK, recommendation: 'consider', step: 'later', criteria, missing, reasons: [...reasons, `${body}: not yet ${threshold(ct, 'duration-months-min')} months (${byId['six-months']!.value}); reassess then.`] };
  }
  if (s.confirmedLesion) {
    return { ...BLANK,
      recommendation: 'consider',
      step: 'later',
      criteria,
      missing,
      reasons: [...reasons, `A confirmed correctable lesion (${s.confirmedLesion.causeName}) comes first: surgical review before stimulation (Tronnier 2019 R-SEL-1).`],
    };
  }
  if (s.likelyLesion) {
    return { ...BLANK,
      recommendation: 'consider',
      step: 'later',
      criteria,
      missing,
      reasons: [...reasons, `A correctable lesion is likely (${s.likelyLesion.causeName} ${pct(s.likelyLesion.probability)}): confirm or exclude it first; SCS is for pain without a surgically correctable lesion (evidence.md §4.2 T06).`],
    };
  }
  const hfCap = kind === 'hf' ? 'consider' : undefined;
  if (criteria.every((k) => k.status === 'met')) {
    reasons.push(`Every ${body} criterion is met, including a successful trial: implantation can be ${kind === 'hf' ? 'considered (MTG41 wording)' : 'recommended'}.`);
    return { ...BLANK, recommendation: 'recommended', step: 'now', criteria, reasons, cap: hfCap };
  }
  if (notMet.length) {
    reasons.push(`${body} criteria not met yet: ${notMet.map((k) => k.label.toLowerCase()).join('; ')}.`);
  }
  const ready = pc.conservativeFailed;
  reasons.push(
    ready
      ? `${body}: refer for MDT assessment and a trial of stimulation (conservative care has not worked: ${pc.conservativeFailedBecause.join('; ') || 'recorded in the SCS assessment'}).`
      : `${body}: if the conservative step does not help by its review, refer for MDT assessment and a trial of stimulation.`,
  );
  if (has(pc, 'positive-selective-nerve-root-block')) reasons.push('A good response to a nerve root block raises SCS appropriateness (Thomson 2020 abstract rule R-SEL-5).');
  if (has(pc, 'widespread-pain')) reasons.push('Widespread pain: the panel lowers appropriateness with wider spread (direction of effect UNVERIFIED, evidence.md §5.2 R-SEL-6).');
  return { ...BLANK, recommendation: 'consider', step: ready ? 'now' : 'next', criteria, missing, reasons };
}

const scs: Pathway = (pc, ct, s) => {
  const d = scsDecision(pc, ct, s, 'tonic');
  if (pc.axialDominant && d.recommendation === 'recommended') d.cap = 'consider';
  return d.recommendation === 'not-recommended' ? d : thomsonAdvice(pc, d);
};
const hfScs: Pathway = (pc, ct, s) => {
  const d = scsDecision(pc, ct, s, 'hf');
  return d.recommendation === 'not-recommended' ? d : thomsonAdvice(pc, { ...d, cap: 'consider' });
};

// T08 ------------------------------------------------------------------------------------------------------------
const drg: Pathway = (pc, _ct, s) => {
  const neuro = pc.classification.phenotype.components.neuropathic;
  if (neuro === 'no-evidence') return fixed('No neuropathic pain component recorded.');
  const roots = (pc.obs.byFinding.get('dermatomal-radiating-pain') ?? []).filter((o) => o.status === 'present' && o.level).map((o) => o.level);
  const focal = has(pc, 'groin-pain') || (new Set(roots).size === 1 && pc.ctx.operationClass === 'discectomy');
  const scsFailed = (pc.priorCourses.get('spinal-cord-stimulation') ?? []).some((x) => x.notImproving) || scsTrialFailed(pc);
  if (!focal && !scsFailed) return fixed('DRG stimulation targets focal or single-root neuropathic pain, or salvage after failed SCS: neither recorded.');
  const lesion = s.confirmedLesion ?? s.likelyLesion;
  const lesionNote = lesion ? [`A correctable lesion (${lesion.causeName}) comes first.`] : [];
  return thomsonAdvice(pc, {
    ...BLANK,
    recommendation: 'consider',
    step: 'later',
    cap: 'consider',
    reasons: [
      scsFailed ? 'Salvage option after SCS did not help.' : 'Focal or single-root neuropathic pain after discectomy.',
      'Evidence is a case series of 13 patients (Kallewaard 2019); no NICE guidance was found.',
      ...lesionNote,
    ],
  });
};

// T09 ------------------------------------------------------------------------------------------------------------
const adhesiolysis: Pathway = (pc) => {
  const fib = prob(pc, 'epidural-fibrosis');
  const scar = testObservations(pc, 'enhancing-scar-on-gadolinium-mri').length > 0;
  if (!pc.radicular || (fib < possible() && !scar)) {
    return fixed('Adhesiolysis is for radicular pain with epidural fibrosis: not the picture here.');
  }
  const esiFailed = (pc.priorCourses.get('epidural-steroid-injection') ?? []).some((x) => x.notImproving) || pc.escalations.has('epidural-steroid-injection');
  return { ...BLANK,
    recommendation: 'consider',
    step: esiFailed && pc.conservativeFailed ? 'next' : 'later',
    cap: 'consider',
    reasons: [
      `Epidural fibrosis ${pct(fib)}${scar ? ' with enhancing scar on gadolinium MRI' : ''} and radicular pain.`,
      esiFailed ? 'Epidural injections have not helped.' : 'Only after conservative care and epidural injections have failed (evidence.md §4.2 T09).',
      'Evidence mainly from one research group; no NICE guidance found.',
    ],
  };
};

// T10 ------------------------------------------------------------------------------------------------------------
const idd: Pathway = (pc) => {
  const failedCourses = [...pc.priorCourses.entries()].filter(([, list]) => list.some((x) => x.notImproving)).map(([id]) => id);
  const scsTried = failedCourses.includes('spinal-cord-stimulation') || scsTrialFailed(pc);
  const axialOrWidespread = pc.axialDominant || has(pc, 'widespread-pain');
  if (failedCourses.length >= 2 && axialOrWidespread) {
    return { ...BLANK,
      recommendation: 'consider',
      step: 'later',
      cap: 'consider',
      reasons: [
        `Refractory predominantly ${pc.axialDominant ? 'axial' : 'widespread'} pain after ${failedCourses.join(', ')}${scsTried ? ' including SCS' : ''} did not help (evidence.md §7.2 item 12).`,
        'Observational evidence only; about 24 in 100 needed pump revision surgery in one series.',
      ],
    };
  }
  return { ...BLANK,
    recommendation: 'not-recommended',
    step: 'later',
    reasons: ['An intrathecal pump is for refractory, predominantly axial or widespread pain after conservative care (and SCS where suitable) has failed: not the case yet.'],
  };
};

// T11 ------------------------------------------------------------------------------------------------------------
const psychological: Pathway = (pc) => {
  const reasons: string[] = [];
  const noci = pc.classification.phenotype.phenotype === 'nociplastic' || prob(pc, 'nociplastic-pain') >= likely();
  if (pc.psychosocial.length) reasons.push(`Psychosocial obstacles: ${pc.psychosocial.join(', ')}.`);
  if (pc.thomsonPresent.length) reasons.push(`Thomson 2020 factors to address: ${pc.thomsonPresent.map((f) => f.label.toLowerCase()).join(', ')}.`);
  if (noci) reasons.push('Nociplastic picture: pain neuroscience education, graded activity and CBT/ACT.');
  if (pc.conservativeFailed) reasons.push('Earlier treatments have not helped.');
  if (reasons.length) {
    reasons.unshift('NICE NG59: a combined physical and psychological programme with a CBT approach, preferably in a group, for persistent pain with psychosocial obstacles or after earlier treatments failed.');
    return { ...BLANK, recommendation: 'recommended', step: 'now', reasons };
  }
  return { ...BLANK,
    recommendation: 'consider',
    step: 'next',
    reasons: ['Part of multidisciplinary care for chronic PSPS-T2 (evidence.md §4.2 T11); screen with STarT Back, PHQ-9 and PCS if not done.'],
  };
};

// T12 ------------------------------------------------------------------------------------------------------------
const revision: Pathway = (pc, ct, s) => {
  if (s.confirmedLesion) {
    const prognosis = reoperationPrognosis(pc, ct);
    const l = s.confirmedLesion;
    const reasons = [
      `Confirmed, concordant, correctable lesion: ${l.causeName} (${pct(l.probability)}); ${l.evidence.join('; ')}.`,
      'Refer for a surgical opinion (Tronnier 2019: reoperation may be considered; Phillips 2002: only for well-defined discrete pathology).',
      ...prognosis,
    ];
    if (pc.psychosocial.length) {
      reasons.push('Adverse psychological factors predicted failure of repeat surgery (Waddell 1979): address them alongside the surgical opinion; the advice is lowered to "consider".');
      return { ...BLANK, recommendation: 'consider', step: 'now', reasons };
    }
    return { ...BLANK, recommendation: 'recommended', step: 'now', reasons };
  }
  if (s.lesions.length) {
    const prognosis = reoperationPrognosis(pc, ct);
    const missing = s.lesions.flatMap((l) => l.missing.map((m) => `${l.causeName}: ${m}`));
    return { ...BLANK,
      recommendation: 'consider',
      step: 'next',
      missing,
      reasons: [
        `A correctable lesion is suspected (${s.lesions.map((l) => `${l.causeName} ${pct(l.probability)}`).join(', ')}) but not confirmed at the level and side of the symptoms: at most "consider" until the missing evidence is in.`,
        ...prognosis,
      ],
    };
  }
  const fib = prob(pc, 'epidural-fibrosis');
  if (fib >= possible() || testObservations(pc, 'enhancing-scar-on-gadolinium-mri').length) {
    return fixed('Scar (epidural fibrosis) alone is not an indication for surgery: scarring and neurolysis precluded a good result (Waddell 1979).');
  }
  if (prob(pc, 'discogenic-pain') >= possible()) {
    return fixed('Painful disc without a correctable compression: NICE NG59 does not offer spinal fusion for low back pain outside a randomised trial, nor disc replacement.');
  }
  return fixed('No correctable structural lesion is suspected.');
};

// T13 ------------------------------------------------------------------------------------------------------------
const prf: Pathway = (pc) => {
  const esiFailed = (pc.priorCourses.get('epidural-steroid-injection') ?? []).some((x) => x.notImproving) || pc.escalations.has('epidural-steroid-injection');
  if (!pc.radicular || !esiFailed) {
    return fixed('Pulsed radiofrequency of the DRG is for chronic radicular pain that did not respond to epidural injections: not recorded.');
  }
  return { ...BLANK,
    recommendation: 'consider',
    step: 'later',
    cap: 'consider',
    reasons: [
      'Radicular pain that did not respond to epidural injections.',
      pc.ctx.region === 'cervical' ? 'Review: evidence more compelling for cervical radicular pain (Facchini 2017).' : 'Lumbar: the only placebo-controlled pilot trial was negative (Shanthanna 2014); not established for lumbosacral pain (Facchini 2017).',
    ],
  };
};

// T14 ------------------------------------------------------------------------------------------------------------
const cluneal: Pathway = (pc) => {
  if (has(pc, 'positive-cluneal-nerve-block')) {
    return { ...BLANK,
      recommendation: 'consider',
      step: 'next',
      cap: 'consider',
      reasons: ['Cluneal nerve block positive: repeat blocks first; surgical release if relief is short-lived (Isu 2018). Small series (8 patients after fusion; 80% of 30 in 1957).'],
    };
  }
  if (has(pc, 'negative-cluneal-nerve-block')) return fixed('Cluneal nerve block negative.');
  if (prob(pc, 'cluneal-nerve-entrapment') >= possible()) {
    return { ...BLANK, recommendation: 'consider', step: 'later', cap: 'consider', missing: ['a positive cluneal nerve block'], reasons: ['Only after a positive cluneal nerve block.'] };
  }
  return fixed('No cluneal nerve entrapment suspected.');
};

export const PATHWAYS: Record<string, Pathway> = {
  'exercise-therapy': exercise,
  medication,
  'epidural-steroid-injection': epidural,
  'diagnostic-blocks': blocks,
  'radiofrequency-denervation': rfd,
  'spinal-cord-stimulation': scs,
  'high-frequency-scs': hfScs,
  'drg-stimulation': drg,
  'epidural-adhesiolysis': adhesiolysis,
  'intrathecal-drug-delivery': idd,
  'psychological-therapy': psychological,
  'revision-surgery': revision,
  'pulsed-radiofrequency-drg': prf,
  'cluneal-nerve-release': cluneal,
};

export { regional };

/**
 * The knowledge-base schema: what a cause, finding, test, red flag and reference must hold.
 *
 * Every number that drives a decision (prior, likelihood ratio, threshold, validity period) carries a `Basis`:
 * where it was read, or an explicit statement that it is an expert estimate or tool logic. The tags follow
 * `shared/clinical/README.md`: published (read in the source), secondary (read in a page quoting the source),
 * computed (derived from a source's sensitivity and specificity), unverified (not confirmed in any retrieved
 * source: shown as "verify"), expert-estimate (a number chosen by reasoning) and tool-logic (our synthesis).
 */
import { z } from 'zod';

export const REGIONS = ['lumbar', 'cervical'] as const;
export type Region = (typeof REGIONS)[number];

/** Operation tables of findings-matrix.md §2. Decompression combined with fusion uses `fusion`. */
export const OPERATION_CLASSES = ['discectomy', 'decompression', 'fusion', 'cervical'] as const;
export type OperationClass = (typeof OPERATION_CLASSES)[number];

/** Time since the most recent spine operation, the columns of findings-matrix.md §2. */
export const TIME_WINDOWS = ['under-1-month', '1-to-6-months', '6-to-24-months', 'over-24-months'] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

export const BASIS_KINDS = [
  'published',
  'secondary',
  'computed',
  'unverified',
  'expert-estimate',
  'tool-logic',
] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

const refId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'reference ids are kebab-case');

/** Where a number or rule comes from. Published, secondary and computed values must name a reference. */
export const basisSchema = z
  .object({
    kind: z.enum(BASIS_KINDS),
    refs: z.array(refId).default([]),
    note: z.string().min(1).optional(),
  })
  .superRefine((b, ctx) => {
    const needsRef = b.kind === 'published' || b.kind === 'secondary' || b.kind === 'computed';
    if (needsRef && b.refs.length === 0) {
      ctx.addIssue({ code: 'custom', message: `a ${b.kind} value must name at least one reference` });
    }
    const needsReasoning = b.kind === 'expert-estimate' || b.kind === 'tool-logic' || b.kind === 'unverified';
    if (needsReasoning && !b.note) {
      ctx.addIssue({ code: 'custom', message: `a ${b.kind} value must give its reasoning in note` });
    }
  });
export type Basis = z.input<typeof basisSchema>;

export const codingSchema = z.object({
  system: z.string().url(),
  code: z.string().min(1),
  display: z.string().min(1),
  basis: basisSchema.optional(),
});
export type Coding = z.input<typeof codingSchema>;

export const referenceSchema = z.object({
  id: refId,
  /** Short cite as used in the clinical files, e.g. "Hueftle 1988". */
  short: z.string().min(3),
  authors: z.string().min(2),
  /** Omitted when the retrieved copy shows no date (the citation then reads "n.d."). */
  year: z.number().int().min(1900).max(2100).optional(),
  title: z.string().min(3),
  /** Journal, publisher or issuing body with volume and pages where known. */
  source: z.string().min(2),
  doi: z.string().optional(),
  pmid: z.string().regex(/^\d+$/).optional(),
  pmcid: z.string().regex(/^PMC\d+$/).optional(),
  url: z.string().url().optional(),
  /** What was actually read: abstract only, full text, a secondary summary. */
  accessed: z.string().min(3),
});
export type Reference = z.input<typeof referenceSchema>;

export const FINDING_CATEGORIES = [
  'course',
  'symptom',
  'pain-distribution',
  'sign',
  'history',
  'risk-factor',
  'questionnaire',
  'psychosocial',
  'test-result',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const findingSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.string().min(3),
  definition: z.string().min(10),
  category: z.enum(FINDING_CATEGORIES),
  /** Regions where the finding is scored; omitted = both. */
  regions: z.array(z.enum(REGIONS)).optional(),
  /** Whether a spinal level and side belong with it (for concordance with the symptoms). */
  localisable: z.boolean().default(false),
  /** Set when the engine derives the finding from structured case data; describes how. */
  derivedFrom: z.string().optional(),
  /** Findings that cannot be present together with this one (e.g. the three course values). */
  exclusiveWith: z.array(z.string()).optional(),
  /** The same finding for another region (leg-pain-dominant in the lumbar spine is arm-pain-dominant in the neck). */
  regionalEquivalent: z.object({ cervical: z.string() }).optional(),
  codes: z.array(codingSchema).default([]),
  /** Source of the definition or threshold. */
  basis: basisSchema,
});
export type Finding = z.input<typeof findingSchema>;

const probability = z.number().min(0).max(1);

export const priorRowSchema = z.object({
  /** Values for the four time windows, in TIME_WINDOWS order. */
  values: z.tuple([probability, probability, probability, probability]),
  basis: basisSchema,
});
export type PriorRow = z.input<typeof priorRowSchema>;

export const GROUP_KINDS = ['history-exam', 'test-result', 'course', 'psychosocial'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const evidenceGroupSchema = z.object({
  id: z.string().min(2),
  kind: z.enum(GROUP_KINDS),
  /** Optional override of the default cap for the kind (natural-log units). */
  cap: z.number().positive().optional(),
  capBasis: basisSchema.optional(),
});
export type EvidenceGroup = z.input<typeof evidenceGroupSchema>;

export const likelihoodRatioSchema = z.object({
  finding: z.string(),
  /** Likelihood ratio when the finding is recorded present. */
  present: z.number().positive(),
  /** Likelihood ratio when the finding is recorded absent; omitted = absence carries no information here. */
  absent: z.number().positive().optional(),
  group: z.string(),
  basis: basisSchema,
  /** Ignore this row when any of these findings is present (e.g. scar is not scored when a fragment is seen). */
  overriddenBy: z.array(z.string()).optional(),
  /** Use a different present LR before a number of months since surgery (e.g. fusion still maturing). */
  early: z.object({ beforeMonths: z.number().positive(), present: z.number().positive(), basis: basisSchema }).optional(),
});
export type LikelihoodRatio = z.input<typeof likelihoodRatioSchema>;

export const PAIN_TYPES = ['neuropathic', 'nociceptive', 'nociplastic', 'mixed'] as const;
export const ONSET_WINDOWS = ['immediate', 'early', 'intermediate', 'late', 'any'] as const;

export const causeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Key in evidence.md §2.3 (C01..C22). */
  code: z.string().regex(/^C\d\d$/),
  name: z.string().min(3),
  synonyms: z.array(z.string()).default([]),
  painTypes: z.array(z.enum(PAIN_TYPES)).min(1),
  onset: z.object({ windows: z.array(z.enum(ONSET_WINDOWS)).min(1), description: z.string().min(5) }),
  hallmarks: z.string().min(5),
  /** Structural lesion that surgery can correct when confirmed and concordant (plan issue). */
  correctableLesion: z.boolean().default(false),
  /** Red flags this cause belongs with: a low posterior never suppresses them. */
  redFlags: z.array(z.string()).default([]),
  /** Exclusion rules of findings-matrix.md §1 item 7. */
  requires: z
    .object({
      implant: z.boolean().optional(),
      fusion: z.boolean().optional(),
      /** Regions where the cause cannot occur, unless `unlessIliacCrestGraft`. */
      notInRegions: z.array(z.enum(REGIONS)).optional(),
      unlessIliacCrestGraft: z.boolean().optional(),
    })
    .default({}),
  priors: z.object({
    discectomy: priorRowSchema,
    decompression: priorRowSchema,
    fusion: priorRowSchema,
    cervical: priorRowSchema,
  }),
  groups: z.array(evidenceGroupSchema).min(1),
  likelihoodRatios: z.array(likelihoodRatioSchema).min(1),
  management: z.string().min(5),
  sources: z.array(refId).min(1),
});
export type Cause = z.input<typeof causeSchema>;

export const INVASIVENESS = ['none', 'minimal', 'moderate', 'needle-procedure', 'invasive'] as const;
export type Invasiveness = (typeof INVASIVENESS)[number];

export const testSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Key in evidence.md §2.4 (D01..D17); X01.. for tests in use that evidence.md lists without a D key. */
  code: z.string().regex(/^[DX]\d\d$/),
  name: z.string().min(3),
  purpose: z.string().min(5),
  confirms: z.array(z.string()),
  excludes: z.array(z.string()),
  /** Result values this test reports (finding ids of the test-result category, or questionnaire findings). */
  resultFindings: z.array(z.string()).min(1),
  accuracy: z.array(z.object({ statement: z.string().min(5), basis: basisSchema })).min(1),
  invasiveness: z.enum(INVASIVENESS),
  /** 1 = cheapest (questionnaire, bedside) .. 4 = most expensive (theatre-based procedures). */
  costTier: z.number().int().min(1).max(4),
  tierBasis: basisSchema,
  /** Days after which the result no longer describes the patient. */
  validityDays: z.number().int().positive(),
  validityBasis: basisSchema,
  caveats: z.array(z.string()).default([]),
  sources: z.array(refId).min(1),
});
export type Test = z.input<typeof testSchema>;

export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const redFlagTriggerSchema = z.object({
  description: z.string().min(5),
  /** All of these findings present... */
  allOf: z.array(z.string()).default([]),
  /** ...and at least one of these (when given). */
  anyOf: z.array(z.string()).default([]),
  /** ...unless one of these is recorded absent (a normal bladder scan, say, for chronic bladder symptoms). */
  unlessAbsent: z.array(z.string()).default([]),
  urgency: z.enum(URGENCIES),
  basis: basisSchema,
});
export type RedFlagTrigger = z.input<typeof redFlagTriggerSchema>;

export const redFlagSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Key in evidence.md §3 (RF01..RF09). */
  code: z.string().regex(/^RF\d\d$/),
  name: z.string().min(3),
  triggers: z.array(redFlagTriggerSchema).min(1),
  actions: z.array(z.string().min(5)).min(1),
  /** Time frame per urgency level that can fire. */
  timeFrames: z.partialRecord(z.enum(URGENCIES), z.string().min(3)),
  /** Tests the flag puts first in the work-up. */
  tests: z.array(z.string()).default([]),
  /** Tests first when implants are in place (metal degrades MRI), replacing `tests`. */
  testsWithImplant: z.array(z.string()).optional(),
  testsWithImplantBasis: basisSchema.optional(),
  /** Causes this flag stands for (a ranked cause never suppresses the alert). */
  causes: z.array(z.string()).default([]),
  notes: z.array(z.string()).default([]),
  sources: z.array(refId).min(1),
});
export type RedFlag = z.input<typeof redFlagSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Treatments, drugs and procedures (plan issue): evidence.md §4-§5, §7.2.

/** How the plan rates an item (the four levels of the plan issue). */
export const RECOMMENDATIONS = ['recommended', 'consider', 'not-recommended', 'contraindicated'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** Stepped care: now, next if not improved by the stated time, later. */
export const PLAN_STEPS = ['now', 'next', 'later'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

/** ASRA/ESRA 2018 (Narouze) procedure bleeding-risk classes; `not-covered` = outside that guideline (open surgery, biopsy). */
export const BLEEDING_RISK_CLASSES = ['low', 'intermediate', 'high'] as const;
export type BleedingRiskClass = (typeof BLEEDING_RISK_CLASSES)[number];

export const TREATMENT_KINDS = [
  'exercise',
  'medication',
  'psychological',
  'injection',
  'diagnostic-block',
  'ablation',
  'neuromodulation',
  'drug-pump',
  'surgery',
] as const;

/** Where a guideline applies. Labels in JURISDICTION_LABELS. */
export const JURISDICTIONS = ['england', 'united-states', 'international', 'europe'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  england: 'England (NICE)',
  'united-states': 'United States (CDC)',
  international: 'International (ASRA/ESRA and co-sponsors)',
  europe: 'Europe (consensus panel)',
};

/** Comorbidities the safety and plan rules need (a controlled list; docs/case-format.md). */
export const COMORBIDITIES = [
  'renal-impairment',
  'liver-disease',
  'gi-bleeding-history',
  'bleeding-disorder',
  'cardiovascular-disease',
  'sleep-disordered-breathing',
  'substance-use-disorder',
  'opioid-overdose-history',
  'active-infection',
  'uncontrolled-major-psychiatric-disorder',
  'cognitive-impairment',
] as const;
export type Comorbidity = (typeof COMORBIDITIES)[number];

/** Implanted devices that matter for MRI and for neuromodulation (spinal screws and rods are in `surgeries`). */
export const DEVICE_KINDS = [
  'pacemaker',
  'implantable-defibrillator',
  'spinal-cord-stimulator',
  'drg-stimulator',
  'intrathecal-pump',
  'cochlear-implant',
  'other-active-implant',
] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** What the patient wants from care (shared decision-making). */
export const GOALS = [
  'return-to-work',
  'reduce-leg-pain',
  'reduce-back-pain',
  'walk-further',
  'sleep-better',
  'reduce-medicines',
  'stay-active',
] as const;
export type Goal = (typeof GOALS)[number];

/** What the patient would rather avoid. */
export const PREFERENCES = [
  'avoid-further-surgery',
  'no-implanted-device',
  'fear-of-needles',
  'avoid-opioids',
  'prefers-non-drug-treatment',
] as const;
export type Preference = (typeof PREFERENCES)[number];

export const DRUG_CLASSES = [
  'opioid',
  'benzodiazepine',
  'z-drug',
  'gabapentinoid',
  'other-cns-depressant',
  'anticoagulant',
  'antiplatelet',
  'nsaid',
  'tricyclic-antidepressant',
  'snri',
  'ssri',
  'other-antiepileptic',
  'oral-corticosteroid',
  'paracetamol',
  'opioid-antagonist',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const MEDICATION_UNITS = ['mg', 'g', 'mcg', 'mcg/h', 'units'] as const;
export type MedicationUnit = (typeof MEDICATION_UNITS)[number];
export const ROUTES = [
  'oral',
  'transdermal',
  'sublingual',
  'buccal',
  'intranasal',
  'subcutaneous',
  'intravenous',
  'intramuscular',
  'rectal',
  'topical',
  'intrathecal',
  'other',
] as const;
export type Route = (typeof ROUTES)[number];

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/**
 * A condition over the case: fires when ANY of its lists matches (a finding present, a comorbidity recorded, a drug
 * of the class taken, a device implanted, an active red flag not yet reviewed, or pregnancy).
 */
export const conditionRuleSchema = z.object({
  id: kebabId,
  description: z.string().min(5),
  findingsAny: z.array(z.string()).default([]),
  comorbiditiesAny: z.array(z.enum(COMORBIDITIES)).default([]),
  drugClassesAny: z.array(z.enum(DRUG_CLASSES)).default([]),
  devicesAny: z.array(z.enum(DEVICE_KINDS)).default([]),
  redFlagsAny: z.array(z.string()).default([]),
  pregnant: z.boolean().optional(),
  /** A fusion in the operated region. */
  fusion: z.boolean().optional(),
  basis: basisSchema,
});
export type ConditionRule = z.input<typeof conditionRuleSchema>;

/** What a caution does to the item: cap it at `consider`, defer it to `later`, or only show the warning. */
export const CAUTION_EFFECTS = ['cap-consider', 'defer', 'note'] as const;
export const cautionRuleSchema = conditionRuleSchema.extend({ effect: z.enum(CAUTION_EFFECTS) });
export type CautionRule = z.input<typeof cautionRuleSchema>;

/** One arm of a comparison: events of total, or a percentage when the source gives only that. */
export const armSchema = z
  .object({
    label: z.string().min(2),
    events: z.number().int().min(0).optional(),
    total: z.number().int().positive().optional(),
    percent: z.number().min(0).max(100).optional(),
  })
  .refine((a) => (a.events !== undefined && a.total !== undefined && a.events <= a.total) || a.percent !== undefined, {
    message: 'an arm needs events of total, or a percentage',
  });

export const treatmentEvidenceSchema = z.object({
  statement: z.string().min(10),
  /** Numbers that can be shown as natural frequencies ("48 of 100 ... 9 of 100"). */
  comparison: z
    .object({ outcome: z.string().min(5), arms: z.array(armSchema).min(1), caveat: z.string().optional() })
    .optional(),
  basis: basisSchema,
});
export type TreatmentEvidence = z.input<typeof treatmentEvidenceSchema>;

export const GUIDELINE_POSITIONS = ['recommend', 'consider', 'conditional', 'do-not-offer', 'not-covered'] as const;
export const guidelinePositionSchema = z.object({
  body: z.string().min(2),
  jurisdiction: z.enum(JURISDICTIONS),
  position: z.enum(GUIDELINE_POSITIONS),
  statement: z.string().min(10),
  basis: basisSchema,
});
export type GuidelinePosition = z.input<typeof guidelinePositionSchema>;

/** A number the plan engine reads (threshold, review period), looked up by id; every one has a basis. */
export const thresholdSchema = z.object({
  id: kebabId,
  value: z.number(),
  unit: z.string().min(1),
  description: z.string().min(5),
  basis: basisSchema,
});
export type Threshold = z.input<typeof thresholdSchema>;

export const treatmentSchema = z.object({
  id: kebabId,
  /** Key in evidence.md §4.2 (T01..T14). */
  code: z.string().regex(/^T\d\d$/),
  name: z.string().min(3),
  kind: z.enum(TREATMENT_KINDS),
  /** An elective intervention (needle procedure, implant, operation): suppressed by an urgent red flag. */
  interventional: z.boolean(),
  summary: z.string().min(10),
  indications: z.array(z.object({ description: z.string().min(5), causes: z.array(z.string()).default([]), basis: basisSchema })).min(1),
  contraindications: z.array(conditionRuleSchema).default([]),
  cautions: z.array(cautionRuleSchema).default([]),
  evidence: z.array(treatmentEvidenceSchema).min(1),
  guidelines: z.array(guidelinePositionSchema).default([]),
  /** Procedures (ASRA/ESRA risk classes) this item involves; the engine keeps those of the case's region. */
  procedures: z.array(z.string()).default([]),
  /** Stated course: when to judge whether it is working (stepped care). */
  review: z.object({ weeks: z.number().positive(), description: z.string().min(5), basis: basisSchema }).optional(),
  thresholds: z.array(thresholdSchema).default([]),
  /**
   * Revision surgery only: the test results that show each correctable lesion, and how concordance with the symptoms
   * is judged (radicular: the root level and side of the symptoms; segmental: an operated segment).
   */
  lesions: z
    .array(
      z.object({
        cause: z.string(),
        findings: z.array(z.string()).min(1),
        concordance: z.enum(['radicular', 'segmental']),
        basis: basisSchema,
      }),
    )
    .default([]),
  /** Shared decision-making: goals the item serves and preferences it runs against (tool logic). */
  fit: z.object({ goals: z.array(z.enum(GOALS)).default([]), conflicts: z.array(z.enum(PREFERENCES)).default([]), basis: basisSchema }),
  /** Plain-language text for the patient version (about grade-8 reading level). */
  patient: z.object({ name: z.string().min(3), what: z.string().min(10), benefits: z.string().min(10), risks: z.string().min(10) }),
  sources: z.array(refId).min(1),
});
export type Treatment = z.input<typeof treatmentSchema>;

/** T15: NICE NG59 "do not offer" items, shown as explicit not-recommended entries. */
export const doNotOfferSchema = z.object({
  id: kebabId,
  code: z.literal('T15'),
  name: z.string().min(3),
  /** The condition the advice is about. */
  appliesTo: z.enum(['low-back-pain', 'sciatica', 'chronic-sciatica', 'low-back-pain-and-sciatica']),
  statement: z.string().min(10),
  /** Drug classes (or drug ids) whose current use makes the entry concern this patient directly. */
  drugClasses: z.array(z.enum(DRUG_CLASSES)).default([]),
  drugs: z.array(z.string()).default([]),
  basis: basisSchema,
  sources: z.array(refId).min(1),
});
export type DoNotOffer = z.input<typeof doNotOfferSchema>;

/** An interventional pain procedure with its ASRA/ESRA 2018 bleeding-risk class. */
export const procedureSchema = z.object({
  id: kebabId,
  name: z.string().min(3),
  /** `not-covered`: outside the interventional pain guideline (the surgical or radiology team's plan applies). */
  riskClass: z.enum([...BLEEDING_RISK_CLASSES, 'not-covered']),
  regions: z.array(z.enum(REGIONS)).optional(),
  /** Needle or catheter in or near the spinal canal (pseudomeningocele warning applies). */
  needle: z.boolean(),
  basis: basisSchema,
});
export type Procedure = z.input<typeof procedureSchema>;

/** One cell of the ASRA/ESRA hold table: what to do before a procedure of one class, and when to restart. */
export const holdCellSchema = z.object({
  action: z.enum(['stop', 'no-need-to-stop', 'shared-assessment', 'not-found']),
  /** Stop this long before (days or hours) when `action` is stop. */
  days: z.number().positive().optional(),
  hours: z.number().positive().optional(),
  /** The instruction as the source words it (short). */
  text: z.string().min(2),
  restart: z.string().min(2),
  basis: basisSchema,
});
export type HoldCell = z.input<typeof holdCellSchema>;

export const PERIPROCEDURAL_VARIANT_KEYS = ['primary-prevention', 'secondary-prevention', 'prophylactic-dose', 'treatment-dose'] as const;

export const periproceduralVariantSchema = z.object({
  id: kebabId,
  label: z.string().min(3),
  /** Which medications this row applies to (all given conditions must hold; none = default row). */
  when: z
    .object({
      purpose: z.enum(PERIPROCEDURAL_VARIANT_KEYS).optional(),
      routes: z.array(z.enum(ROUTES)).optional(),
      renalImpairment: z.boolean().optional(),
    })
    .default({}),
  low: holdCellSchema,
  intermediate: holdCellSchema,
  high: holdCellSchema,
});

export const drugSchema = z.object({
  id: kebabId,
  /** Generic name (international non-proprietary name where it differs from the US name, both in synonyms). */
  name: z.string().min(3),
  classes: z.array(z.enum(DRUG_CLASSES)).min(1),
  brands: z.array(z.string()).default([]),
  synonyms: z.array(z.string()).default([]),
  /** Where the class membership and names come from. */
  basis: basisSchema,
  /** RxNorm ingredient code, only where a curated source gives it. */
  rxnorm: z.object({ code: z.string().regex(/^\d+$/), display: z.string().min(2), basis: basisSchema }).optional(),
  /** CDC 2022 MME conversion factor (per mg/day, or per mcg/h for transdermal fentanyl). */
  mme: z
    .object({
      factor: z.number().positive(),
      doseUnit: z.enum(['mg', 'mcg/h']),
      /** Routes the factor applies to; omitted = all routes. */
      routes: z.array(z.enum(ROUTES)).optional(),
      basis: basisSchema,
    })
    .optional(),
  /** Why no MME factor (e.g. buprenorphine is not in the CDC table). */
  noMme: z.object({ reason: z.string().min(10), basis: basisSchema }).optional(),
  /** ASRA/ESRA 2018 hold and restart per procedure risk class (anticoagulants, antiplatelets, NSAIDs). */
  periprocedural: z.array(periproceduralVariantSchema).default([]),
  cautions: z.array(z.object({ text: z.string().min(10), basis: basisSchema })).default([]),
});
export type Drug = z.input<typeof drugSchema>;

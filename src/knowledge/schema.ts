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

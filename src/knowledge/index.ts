/**
 * The assembled knowledge base: validated against its schema when first loaded, with a version and a content hash
 * that every output records, so any assessment can be traced to the exact knowledge it used.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { causes } from './causes/index.js';
import { diagnosticTests } from './diagnostic-tests.js';
import { findings } from './findings/index.js';
import { redFlags } from './red-flags.js';
import { references } from './references.js';
import { drugs, opioidThresholds } from './drugs.js';
import { procedures, testProcedures } from './procedures.js';
import { doNotOffer, planThresholds, treatments } from './treatments/index.js';
import {
  basisSchema,
  causeSchema,
  doNotOfferSchema,
  drugSchema,
  findingSchema,
  procedureSchema,
  redFlagSchema,
  referenceSchema,
  testSchema,
  thresholdSchema,
  treatmentSchema,
} from './schema.js';

/** Bump on every change to clinical content (calendar year, month, revision). */
export const KNOWLEDGE_BASE_VERSION = '2026.11.4';

export const knowledgeBaseSchema = z.object({
  version: z.string(),
  references: z.array(referenceSchema),
  findings: z.array(findingSchema),
  causes: z.array(causeSchema),
  tests: z.array(testSchema),
  redFlags: z.array(redFlagSchema),
  /** Treatments T01-T14 and the NICE NG59 do-not-offer list (T15). */
  treatments: z.array(treatmentSchema),
  doNotOffer: z.array(doNotOfferSchema),
  planThresholds: z.array(thresholdSchema),
  drugs: z.array(drugSchema),
  procedures: z.array(procedureSchema),
  /** Needle tests of the work-up and the procedures (bleeding-risk classes) they involve. */
  testProcedures: z.record(z.string(), z.array(z.string())),
  opioidThresholds: z.object({
    pauseAndReassess: z.object({ value: z.number(), text: z.string(), basis: basisSchema }),
    riskMultiples: z.object({ text: z.string(), basis: basisSchema }),
    ninety: z.object({ value: z.number(), text: z.string(), basis: basisSchema }),
  }),
});

export type KnowledgeBase = z.output<typeof knowledgeBaseSchema>;
export type KbCause = KnowledgeBase['causes'][number];
export type KbFinding = KnowledgeBase['findings'][number];
export type KbTest = KnowledgeBase['tests'][number];
export type KbRedFlag = KnowledgeBase['redFlags'][number];
export type KbReference = KnowledgeBase['references'][number];
export type KbBasis = KbCause['priors']['fusion']['basis'];
export type KbLikelihoodRatio = KbCause['likelihoodRatios'][number];
export type KbTreatment = KnowledgeBase['treatments'][number];
export type KbDoNotOffer = KnowledgeBase['doNotOffer'][number];
export type KbDrug = KnowledgeBase['drugs'][number];
export type KbProcedure = KnowledgeBase['procedures'][number];
export type KbThreshold = KnowledgeBase['planThresholds'][number];

export const rawKnowledgeBase = {
  version: KNOWLEDGE_BASE_VERSION,
  references,
  findings,
  causes,
  tests: diagnosticTests,
  redFlags,
  treatments,
  doNotOffer,
  planThresholds,
  drugs,
  procedures,
  testProcedures,
  opioidThresholds,
};

let loaded: KnowledgeBase | undefined;
let hash: string | undefined;

/** The knowledge base, parsed (defaults applied) once. Throws if the data break the schema. */
export function knowledgeBase(): KnowledgeBase {
  if (!loaded) loaded = knowledgeBaseSchema.parse(rawKnowledgeBase);
  return loaded;
}

/** SHA-256 of the canonical JSON of the knowledge base (sorted keys), first 16 hex digits. */
export function knowledgeBaseHash(): string {
  if (!hash) hash = createHash('sha256').update(canonicalJson(knowledgeBase())).digest('hex').slice(0, 16);
  return hash;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The case: everything known about one patient with pain after spine surgery, at one assessment date.
 *
 * Documented in docs/case-format.md; the JSON Schema in schema/case.schema.json is generated from these definitions
 * (`npm run schema`). A finding is present, absent or unknown; a finding that is not listed is not recorded, and
 * not recorded is never treated as absent.
 */
import { z } from 'zod';
import { SIDES } from './levels.js';
import { isoDate, level, nrs } from './primitives.js';
import { questionnaireEntrySchema, treatmentCourseSchema } from './history.js';
import { comorbiditySchema, deviceSchema, medicationSchema } from './medications.js';
import { goalsSchema, preferencesSchema, scsAssessmentSchema } from './plan-inputs.js';

export { isRealDate } from './primitives.js';

export const FINDING_STATUSES = ['present', 'absent', 'unknown'] as const;

export const recordedFindingSchema = z
  .object({
    id: z.string().min(1),
    status: z.enum(FINDING_STATUSES),
    level: level.optional(),
    side: z.enum(SIDES).optional(),
    date: isoDate.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type RecordedFinding = z.infer<typeof recordedFindingSchema>;

export const LUMBAR_PROCEDURES = ['discectomy', 'decompression', 'fusion', 'decompression-and-fusion'] as const;
export const CERVICAL_PROCEDURES = ['acdf', 'cervical-posterior-fusion', 'cervical-decompression', 'cervical-disc-replacement'] as const;
export const PROCEDURES = [...LUMBAR_PROCEDURES, ...CERVICAL_PROCEDURES] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const surgerySchema = z
  .object({
    date: isoDate,
    region: z.enum(['lumbar', 'cervical']),
    procedure: z.enum(PROCEDURES),
    levels: z.array(level).min(1).max(12),
    side: z.enum(SIDES).optional(),
    /** Screws, rods, plates, cages or interspinous devices left in place. */
    instrumented: z.boolean(),
    fusion: z.boolean(),
    fusionToSacrum: z.boolean().optional(),
    iliacCrestGraft: z.boolean().optional(),
    duralTear: z.boolean().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type Surgery = z.infer<typeof surgerySchema>;

export const PAIN_CHARACTERS = [
  'aching',
  'dull',
  'sharp',
  'stabbing',
  'burning',
  'electric-shock',
  'tingling',
  'numbness',
  'throbbing',
  'cramping',
] as const;

export const PAIN_SITES = [
  'low-back',
  'buttock',
  'groin',
  'thigh',
  'leg-below-knee',
  'foot',
  'neck',
  'shoulder',
  'arm',
  'hand',
  'upper-back',
  'head',
  'widespread',
] as const;

export const painSchema = z
  .object({
    /** Average pain over the last week, 0-10 NRS, per site. */
    back: nrs.optional(),
    leg: nrs.optional(),
    neck: nrs.optional(),
    arm: nrs.optional(),
    /** 0-100 mm VAS, when measured on that scale (NICE TA159 criterion). */
    vasMm: z.number().min(0).max(100).optional(),
    /** How long the current pain has lasted, in months. */
    durationMonths: z.number().min(0).max(1200).optional(),
    character: z.array(z.enum(PAIN_CHARACTERS)).max(PAIN_CHARACTERS.length).optional(),
    sites: z
      .array(z.object({ site: z.enum(PAIN_SITES), side: z.enum(SIDES).optional() }).strict())
      .max(40)
      .optional(),
  })
  .strict();
export type Pain = z.infer<typeof painSchema>;

export const testResultSchema = z
  .object({
    test: z.string().min(1),
    date: isoDate,
    results: z.array(recordedFindingSchema).max(50),
    note: z.string().max(4000).optional(),
  })
  .strict();
export type TestResult = z.infer<typeof testResultSchema>;

export const redFlagReviewSchema = z
  .object({
    redFlag: z.string().min(1),
    date: isoDate,
    outcome: z.enum(['excluded', 'confirmed-and-managed']),
    by: z.string().max(200).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();

export const patientSchema = z
  .object({
    age: z.number().int().min(16, 'SpinePath covers adults and young people over 16 (NICE NG59 scope)').max(120),
    sex: z.enum(['female', 'male', 'other', 'unknown']),
    pregnant: z.boolean().optional(),
  })
  .strict();

/** Parts of the case owned by later stages; defined in their own files and composed here. */
export const caseSchema = z
  .object({
    schemaVersion: z.literal('1').default('1'),
    id: z.string().max(200).optional(),
    assessmentDate: isoDate,
    patient: patientSchema,
    surgeries: z.array(surgerySchema).min(1, 'PSPS-T2 needs at least one spine operation').max(30),
    pain: painSchema.default({}),
    findings: z.array(recordedFindingSchema).max(500).default([]),
    testResults: z.array(testResultSchema).max(200).default([]),
    redFlagReviews: z.array(redFlagReviewSchema).max(100).default([]),
    /** Treatments tried or under way, with their response (plan and outcome tracking). */
    treatments: z.array(treatmentCourseSchema).max(200).default([]),
    /** Questionnaire answers or scores over time (instruments and outcomes). */
    questionnaires: z.array(questionnaireEntrySchema).max(2000).default([]),
    /** Current medicines (safety checks: MME, sedatives, anticoagulant holds, NSAID cautions). */
    medications: z.array(medicationSchema).max(100).default([]),
    /** Comorbidities from the controlled list the safety rules need. */
    comorbidities: z.array(comorbiditySchema).max(50).default([]),
    /** Implanted devices (MRI safety, neuromodulation). */
    devices: z.array(deviceSchema).max(20).default([]),
    /** What the patient wants from care and would rather avoid (shared decision-making). */
    goals: goalsSchema.default([]),
    preferences: preferencesSchema.default([]),
    /** The NICE TA159 spinal cord stimulation assessment, when under way. */
    scsAssessment: scsAssessmentSchema.optional(),
    note: z.string().max(10000).optional(),
  })
  .strict();

export type Case = z.infer<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;

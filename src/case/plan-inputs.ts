/**
 * What the treatment plan needs beyond the clinical picture: the patient's goals and preferences (shared
 * decision-making) and the spinal cord stimulation assessment that NICE TA159 asks for (docs/case-format.md).
 */
import { z } from 'zod';
import { GOALS, PREFERENCES } from '../knowledge/schema.js';
import { isoDate } from './primitives.js';

/** Thomson 2020 factors that no finding represents: recorded here when asked in the SCS assessment. */
export const ASKED_THOMSON_FACTORS = ['lack-of-engagement', 'inadequate-daily-activity-level', 'problematic-social-support'] as const;

export const scsAssessmentSchema = z
  .object({
    /** Appropriate conventional medical management has been tried (TA159 "despite appropriate CMM"). */
    conventionalManagementTried: z.boolean().optional(),
    /** Assessed by a multidisciplinary team experienced in chronic pain and SCS (TA159 1.3). */
    mdtAssessment: z.boolean().optional(),
    /** Seen by a pain psychologist as part of the SCS assessment. */
    psychologyAssessment: z.boolean().optional(),
    /** Trial of stimulation: percentage relief of the target pain. */
    trial: z.object({ date: isoDate, reliefPercent: z.number().finite().min(0).max(100) }).strict().optional(),
    /** The three Thomson 2020 factors without a finding, as asked in the assessment (true = present). */
    psychosocialFactors: z
      .object(Object.fromEntries(ASKED_THOMSON_FACTORS.map((f) => [f, z.boolean().optional()])) as Record<(typeof ASKED_THOMSON_FACTORS)[number], z.ZodOptional<z.ZodBoolean>>)
      .strict()
      .optional(),
  })
  .strict();
export type ScsAssessment = z.infer<typeof scsAssessmentSchema>;

export const goalsSchema = z.array(z.enum(GOALS)).max(GOALS.length);
export const preferencesSchema = z.array(z.enum(PREFERENCES)).max(PREFERENCES.length);

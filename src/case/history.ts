/**
 * Treatment history and questionnaire entries: what was tried and how it went, and the patient-reported scores
 * over time. Ids (treatment, instrument) are checked against the knowledge base and the instrument registry by the
 * validator.
 */
import { z } from 'zod';
import { SIDES } from './levels.js';
import { isoDate, level } from './primitives.js';

export const TREATMENT_STATUSES = ['planned', 'ongoing', 'completed', 'stopped'] as const;
export const GLOBAL_RESPONSES = ['much-better', 'better', 'no-change', 'worse'] as const;

export const treatmentCourseSchema = z
  .object({
    /** Treatment id of the knowledge base (spinepath kb treatments). */
    treatment: z.string().min(1),
    start: isoDate,
    end: isoDate.optional(),
    status: z.enum(TREATMENT_STATUSES),
    /** Patient-reported response: percentage relief of the target pain, and/or a global judgement. */
    response: z
      .object({
        reliefPercent: z.number().min(0).max(100).optional(),
        global: z.enum(GLOBAL_RESPONSES).optional(),
      })
      .strict()
      .optional(),
    stoppedBecause: z.enum(['not-effective', 'side-effects', 'course-completed', 'patient-choice', 'other']).optional(),
    level: level.optional(),
    side: z.enum(SIDES).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type TreatmentCourse = z.infer<typeof treatmentCourseSchema>;

const answerValue = z.union([z.number(), z.string().max(200), z.null()]);

export const questionnaireEntrySchema = z
  .object({
    /** Instrument id (spinepath instruments): nrs, peg, odi, ndi, phq9, gad7, dn4, paindetect, pcs, start-back, ... */
    instrument: z.string().min(1),
    date: isoDate,
    /** linkId -> answer, in SpinePath's answer format (docs/instruments.md). */
    answers: z.record(z.string().max(100), answerValue).optional(),
    /** A total entered by a clinician when item answers are not available (e.g. licensed text not loaded). */
    score: z.number().finite().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((q) => q.answers !== undefined || q.score !== undefined, { message: 'give the answers or the score' });
export type QuestionnaireEntry = z.infer<typeof questionnaireEntrySchema>;

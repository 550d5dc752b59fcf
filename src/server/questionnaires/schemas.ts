/** Shapes of questionnaire requests and responses. */
import { z } from 'zod';
import { isoDate } from '../../case/primitives.js';
import { json } from '../schemas.js';

export const answersSchema = z.record(z.string().min(1).max(100), z.union([z.number(), z.string().max(200), z.null()]));

export const clinicianSubmissionBody = z
  .object({
    instrument: z.string().min(1).max(50),
    date: isoDate.optional(),
    answers: answersSchema.optional(),
    score: z.number().finite().optional(),
  })
  .strict()
  .refine((b) => (b.answers === undefined) !== (b.score === undefined), { message: 'give either the answers or a total score', path: ['answers'] });

export const patientSubmissionBody = z
  .object({ instrument: z.string().min(1).max(50), date: isoDate.optional(), answers: answersSchema })
  .strict();

export const submissionResult = z.object({
  id: z.string(),
  instrument: z.string(),
  date: z.string(),
  score: z.number().nullable(),
  display: z.string().nullable(),
  band: z.string().nullable(),
  interpretation: z.string().nullable(),
  alerts: z.array(z.object({ id: z.string(), level: z.string(), message: z.string(), resources: z.array(z.object({ region: z.string(), name: z.string(), contact: z.string() })) })),
});

export const responseRecord = z.object({
  id: z.string(),
  patientId: z.string(),
  instrument: z.string(),
  date: z.string(),
  source: z.string(),
  answers: json,
  enteredScore: z.number().nullable(),
  total: z.number().nullable(),
  result: json,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const scheduleSchema = z.object({ instrument: z.string().min(1).max(50), everyDays: z.number().int().min(1).max(365) }).strict();

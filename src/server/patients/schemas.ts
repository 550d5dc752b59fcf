/** Request and response shapes of patient records. */
import { z } from 'zod';
import { isoDate } from '../../case/primitives.js';

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export const patientSchema = z.object({
  id: z.string(),
  careTeamId: z.string(),
  mrn: z.string().nullable(),
  familyName: z.string(),
  givenName: z.string(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  pregnant: z.boolean().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const name = z.string().trim().min(1).max(200);

export const newPatientBody = z
  .object({
    careTeamId: z.string().min(1).max(100).optional(),
    mrn: z.string().trim().min(1).max(100).optional(),
    familyName: name,
    givenName: name,
    birthDate: isoDate,
    sex: z.enum(SEXES),
    pregnant: z.boolean().optional(),
  })
  .strict();

export const patientPatchBody = z
  .object({
    mrn: z.string().trim().min(1).max(100).nullable().optional(),
    familyName: name.optional(),
    givenName: name.optional(),
    birthDate: isoDate.optional(),
    sex: z.enum(SEXES).optional(),
    pregnant: z.boolean().nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });

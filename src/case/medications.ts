/**
 * Medications, comorbidities and implanted devices: what the safety checks and the plan need (docs/case-format.md).
 *
 * A medication carries dose, unit, frequency and whether it is taken as needed, because MME/day needs them. A dose
 * without a unit, a unit without a dose and a dose out of range are errors naming the field. A drug name SpinePath does
 * not know is allowed: the validator warns "not checked by SpinePath" with the nearest known names; it is never
 * rejected and never silently ignored.
 */
import { z } from 'zod';
import {
  COMORBIDITIES,
  DEVICE_KINDS,
  MEDICATION_UNITS,
  PERIPROCEDURAL_VARIANT_KEYS,
  ROUTES,
  type MedicationUnit,
} from '../knowledge/schema.js';
import { isoDate } from './primitives.js';

/**
 * Largest plausible single dose per unit: a data-entry sanity bound (a decimal point in the wrong place), NOT a
 * clinical maximum. Tool logic; no source sets these numbers.
 */
export const DOSE_LIMITS: Record<MedicationUnit, number> = {
  mg: 10_000,
  g: 100,
  mcg: 100_000,
  'mcg/h': 1_000,
  units: 100_000,
};

export const medicationSchema = z
  .object({
    /** Generic or brand name as written (matched against the drug dictionary: spinepath kb drugs). */
    name: z.string().trim().min(1).max(200),
    /** Amount per dose (per hour for patches and infusions in mcg/h). */
    dose: z.number().finite().optional(),
    unit: z.enum(MEDICATION_UNITS).optional(),
    /** Doses per day (for as-needed medicines: the most the prescription allows per day). */
    frequencyPerDay: z.number().finite().positive('frequencyPerDay must be greater than 0').max(24, 'frequencyPerDay is at most 24').optional(),
    /** Or: hours between doses (e.g. 72 for a patch changed every 3 days). */
    intervalHours: z.number().finite().positive('intervalHours must be greater than 0').max(336, 'intervalHours is at most 336 (2 weeks)').optional(),
    asNeeded: z.boolean().default(false),
    route: z.enum(ROUTES).optional(),
    /** Why it is taken, where the anticoagulant table depends on it (aspirin, enoxaparin). */
    purpose: z.enum(PERIPROCEDURAL_VARIANT_KEYS).optional(),
    start: isoDate.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.dose !== undefined && m.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: `a dose needs its unit (${MEDICATION_UNITS.join(', ')})` });
    }
    if (m.unit !== undefined && m.dose === undefined) {
      ctx.addIssue({ code: 'custom', path: ['dose'], message: `unit ${m.unit} is given without a dose` });
    }
    if (m.dose !== undefined) {
      const max = m.unit ? DOSE_LIMITS[m.unit] : Infinity;
      if (!(m.dose > 0) || m.dose > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['dose'],
          message: `dose ${m.dose}${m.unit ? ` ${m.unit}` : ''} is out of range (greater than 0${Number.isFinite(max) ? ` and at most ${max} ${m.unit}` : ''})`,
        });
      }
    }
    if (m.frequencyPerDay !== undefined && m.intervalHours !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['intervalHours'], message: 'give frequencyPerDay or intervalHours, not both' });
    }
  });
export type Medication = z.infer<typeof medicationSchema>;

export const comorbiditySchema = z
  .object({
    id: z.enum(COMORBIDITIES),
    /** Estimated GFR in mL/min/1.73 m2 (renal-impairment only). */
    egfr: z.number().finite().min(0, 'egfr is at least 0').max(200, 'egfr is at most 200').optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.egfr !== undefined && c.id !== 'renal-impairment') {
      ctx.addIssue({ code: 'custom', path: ['egfr'], message: 'egfr belongs with renal-impairment' });
    }
  });
export type CaseComorbidity = z.infer<typeof comorbiditySchema>;

export const deviceSchema = z
  .object({
    kind: z.enum(DEVICE_KINDS),
    /** Labelled MR-conditional by the manufacturer (true), not MR-safe (false), or unknown (omitted). */
    mrConditional: z.boolean().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type ImplantedDevice = z.infer<typeof deviceSchema>;

/**
 * The CDS Hooks 2.0 request for `patient-view` and the feedback document, as zod schemas whose errors name the field
 * (`body.context.patientId`, `body.prefetch.item1`, `body.feedback[0].outcome`). FHIR ids follow the R4 `id` type
 * (`[A-Za-z0-9\-\.]{1,64}`: `Patient/123` is a reference, not an id); each prefetch value is a FHIR resource (a
 * searchset Bundle for searches) or null, never a Bundle entry wrapper.
 */
import { z } from 'zod';
import { formatPath } from '../../case/validate.js';
import type { FieldError } from '../errors.js';
import { HOOK } from './service.js';

export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
/** The users a patient-view may be opened by (CDS Hooks patient-view 2.0 `userId`). */
const USER_REFERENCE = /^(Practitioner|PractitionerRole|Patient|RelatedPerson)\/[A-Za-z0-9\-.]{1,64}$/;

const fhirId = (what: string) =>
  z.string().superRefine((v, ctx) => {
    if (FHIR_ID.test(v)) return;
    const ref = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(v);
    ctx.addIssue({
      code: 'custom',
      message: ref
        ? `id value '${v}' is not valid: send the bare FHIR id of the ${what} ('${ref[2]}'), not a reference`
        : `id value '${v}' is not valid: a FHIR id is 1-64 letters, digits, '-' and '.'`,
    });
  });

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A prefetch value: null (no data), or a FHIR resource as a JSON object (only resourceType is checked here). */
export const prefetchValue = z.unknown().superRefine((v, ctx) => {
  if (v === null) return;
  if (typeof v !== 'object' || Array.isArray(v)) {
    ctx.addIssue({ code: 'custom', message: `expected a FHIR resource (JSON object) or null, got ${Array.isArray(v) ? 'an array' : typeof v}` });
    return;
  }
  const rt = (v as Record<string, unknown>).resourceType;
  if (rt === undefined) {
    const wrapper = 'resource' in v ? ": this looks like a Bundle entry ({resource, response}); send the resource itself" : '';
    ctx.addIssue({ code: 'custom', message: `Unable to find resourceType property${wrapper}` });
  } else if (typeof rt !== 'string' || !RESOURCE_TYPE.test(rt)) {
    ctx.addIssue({ code: 'custom', message: `invalid resourceType ${JSON.stringify(rt)}` });
  }
});

export const fhirAuthorizationSchema = z
  .object({
    access_token: nonEmpty,
    token_type: z.string().refine((t) => t.toLowerCase() === 'bearer', { message: "token_type must be 'Bearer'" }),
    expires_in: z.number().int().nonnegative(),
    scope: nonEmpty,
    subject: nonEmpty,
  })
  .loose();

export const patientViewRequestSchema = z
  .object({
    hook: z.string().refine((h) => h === HOOK, { error: (i) => `this service answers the ${HOOK} hook, not '${String(i.input)}'` }),
    hookInstance: nonEmpty.max(200),
    fhirServer: z.url({ protocol: /^https?$/, error: 'fhirServer must be an http(s) base URL' }).optional(),
    fhirAuthorization: fhirAuthorizationSchema.optional(),
    context: z
      .object({
        userId: z.string().regex(USER_REFERENCE, { error: (i) => `userId '${String(i.input)}' must be a reference such as Practitioner/123 (Practitioner, PractitionerRole, Patient or RelatedPerson)` }),
        patientId: fhirId('patient'),
        encounterId: fhirId('encounter').optional(),
      })
      .loose(),
    prefetch: z.record(z.string(), prefetchValue).optional(),
    extension: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.fhirAuthorization && !r.fhirServer) ctx.addIssue({ code: 'custom', path: ['fhirServer'], message: 'fhirServer is required when fhirAuthorization is given' });
  });

export type PatientViewRequest = z.infer<typeof patientViewRequestSchema>;

const coding = z.object({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() }).loose();

export const feedbackSchema = z
  .object({
    feedback: z
      .array(
        z
          .object({
            card: nonEmpty.max(200),
            outcome: z.enum(['accepted', 'overridden']),
            acceptedSuggestions: z.array(z.object({ id: nonEmpty.max(200) }).loose()).optional(),
            overrideReason: z.object({ reason: coding.optional(), userComment: z.string().max(10_000).optional() }).loose().optional(),
            outcomeTimestamp: z.iso.datetime({ offset: true, error: 'outcomeTimestamp must be an ISO 8601 date-time' }),
          })
          .strict()
          .superRefine((f, ctx) => {
            if (f.outcome === 'accepted' && f.overrideReason) ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'an accepted card has no override reason' });
          }),
      )
      .min(1, 'feedback needs at least one entry')
      .max(100),
  })
  .strict();

export type FeedbackRequest = z.infer<typeof feedbackSchema>;

/** zod issues as field errors under `body.` (with every unknown field named). */
export function bodyErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const i of error.issues) {
    if (i.code === 'unrecognized_keys') for (const k of i.keys) out.push({ path: `body.${formatPath([...i.path, k])}`, message: 'unknown field' });
    else out.push({ path: i.path.length ? `body.${formatPath(i.path)}` : 'body', message: i.message });
  }
  return out;
}

/**
 * The one CDS Service SpinePath offers: `spinepath-patient-view` on the `patient-view` hook, with the prefetch
 * templates it asks the EHR to fill (CDS Hooks 2.0 template syntax, read and type-level searches only) and the
 * discovery document that lists it.
 */
export const SERVICE_ID = 'spinepath-patient-view';
export const HOOK = 'patient-view';

/** Prefetch keys, each with its template and the resource type it brings. */
export const PREFETCH = {
  patient: { template: 'Patient/{{context.patientId}}', resourceType: 'Patient', label: 'Patient' },
  conditions: { template: 'Condition?patient={{context.patientId}}', resourceType: 'Condition', label: 'Conditions' },
  procedures: { template: 'Procedure?patient={{context.patientId}}', resourceType: 'Procedure', label: 'Procedures' },
  observations: { template: 'Observation?patient={{context.patientId}}', resourceType: 'Observation', label: 'Observations' },
  medicationRequests: { template: 'MedicationRequest?patient={{context.patientId}}', resourceType: 'MedicationRequest', label: 'MedicationRequests' },
} as const;

export type PrefetchKey = keyof typeof PREFETCH;
export const PREFETCH_KEYS = Object.keys(PREFETCH) as PrefetchKey[];

export interface CdsServiceDescription {
  hook: string;
  title: string;
  description: string;
  id: string;
  prefetch: Record<string, string>;
  usageRequirements: string;
}

export const SERVICE: CdsServiceDescription = {
  hook: HOOK,
  title: 'SpinePath: persistent spinal pain after spine surgery',
  description:
    'When a patient chart opens, checks the record for red flags after spine surgery and, when a spine operation is recorded, ranks the likely causes of persistent spinal pain after surgery (PSPS-T2) and proposes the next tests. Cards cite their sources; a link opens the full assessment in SpinePath.',
  id: SERVICE_ID,
  prefetch: Object.fromEntries(PREFETCH_KEYS.map((k) => [k, PREFETCH[k].template])),
  usageRequirements:
    'Calls must carry a JWT signed by an EHR on SpinePath\'s issuer allowlist (ES384 or RS384). Without prefetch, SpinePath reads the same five queries from the EHR\'s FHIR server with the supplied fhirAuthorization, only for FHIR servers on its allowlist. Procedures with CPT codes or spine procedure names are needed to assess; red flags are checked from Conditions and Observations whenever present.',
};

export const DISCOVERY = { services: [SERVICE] };

/**
 * Where the link card points: the patient's page in SpinePath when the EHR patient was imported before (found by any
 * of the identities the import recorded for the Patient resource: business identifier, full URL or `Patient/{id}`,
 * preferring the same FHIR server), else the SpinePath home page, from which the patient can be added.
 */
import type { Executor } from '../../store/executor.js';
import { normaliseBase } from './config.js';

export async function patientLink(db: Executor, appUrl: string, aliases: readonly string[], fhirServer: string | undefined): Promise<{ url: string; patientId?: string }> {
  if (aliases.length === 0) return { url: `${appUrl}/` };
  const rows = await db
    .selectFrom('import_identities')
    .innerJoin('patients', 'patients.id', 'import_identities.patient_id')
    .select(['import_identities.patient_id as patientId', 'import_identities.source as source', 'import_identities.identity as identity'])
    .where('import_identities.resource_type', '=', 'Patient')
    .where('import_identities.identity', 'in', aliases as string[])
    .limit(20)
    .execute();
  const server = fhirServer ? normaliseBase(fhirServer) : undefined;
  // A bare `Patient/{id}` is only unique within one FHIR server; identifiers and full URLs are unique anywhere.
  const hit = rows.find((r) => server && normaliseBase(r.source) === server) ?? rows.find((r) => !r.identity.startsWith('Patient/'));
  return hit ? { url: `${appUrl}/patients/${encodeURIComponent(hit.patientId)}`, patientId: hit.patientId } : { url: `${appUrl}/` };
}

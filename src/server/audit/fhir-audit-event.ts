/**
 * Audit events as FHIR R4 AuditEvent resources (https://hl7.org/fhir/R4/auditevent.html), for export to a clinic's
 * audit repository. REST calls are type `rest` with the RESTful interaction as subtype; sign-in and sign-out are
 * DICOM "User Authentication" (110114) with Login/Logout (110122/110123). The chain position and hash travel in
 * `entity.detail`, so an exported trail can still be checked.
 */
import type { AuditEvent, AuditEventEntity } from '@medplum/fhirtypes';
import type { AuditRow } from '../../store/audit.js';

const REST = { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' };
const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const INTERACTION = 'http://hl7.org/fhir/restful-interaction';

const SUBTYPE: Record<string, { system: string; code: string; display: string }> = {
  read: { system: INTERACTION, code: 'read', display: 'read' },
  search: { system: INTERACTION, code: 'search-type', display: 'search type' },
  create: { system: INTERACTION, code: 'create', display: 'create' },
  update: { system: INTERACTION, code: 'update', display: 'update' },
  delete: { system: INTERACTION, code: 'delete', display: 'delete' },
  execute: { system: INTERACTION, code: 'operation', display: 'operation' },
  export: { system: DCM, code: '110106', display: 'Export' },
  login: { system: DCM, code: '110122', display: 'Login' },
  logout: { system: DCM, code: '110123', display: 'Logout' },
};

const ACTION: Record<string, AuditEvent['action']> = { create: 'C', read: 'R', search: 'R', export: 'R', update: 'U', delete: 'D' };

export function toAuditEvent(e: AuditRow): AuditEvent {
  const auth = e.action === 'login' || e.action === 'logout';
  const entity: AuditEventEntity[] = [];
  if (e.patient_id) {
    entity.push({
      what: { reference: `Patient/${e.patient_id}` },
      type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' },
      role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' },
    });
  }
  entity.push({
    what: e.resource_id ? { identifier: { system: `urn:spinepath:${e.resource_type ?? 'resource'}`, value: e.resource_id }, display: e.resource_type ?? undefined } : { display: e.resource_type ?? e.action },
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2', display: 'System Object' },
    ...(e.path ? { description: `${e.method ?? ''} ${e.path}`.trim() } : {}),
    detail: [
      { type: 'spinepath-audit-seq', valueString: String(e.seq) },
      { type: 'spinepath-audit-hash', valueString: e.hash },
      { type: 'spinepath-audit-prev-hash', valueString: e.prev_hash },
    ],
  });
  return {
    resourceType: 'AuditEvent',
    id: e.id,
    type: auth ? { system: DCM, code: '110114', display: 'User Authentication' } : REST,
    subtype: SUBTYPE[e.action] ? [SUBTYPE[e.action]!] : undefined,
    action: ACTION[e.action] ?? 'E',
    recorded: e.at,
    outcome: e.outcome === 'success' ? '0' : e.status_code >= 500 ? '8' : '4',
    outcomeDesc: `HTTP ${e.status_code}`,
    agent: [
      {
        who: e.actor_id ? { identifier: { system: 'urn:spinepath:user', value: e.actor_id }, ...(e.actor_role ? { display: e.actor_role } : {}) } : { display: 'anonymous' },
        requestor: true,
        ...(e.ip ? { network: { address: e.ip, type: '2' as const } } : {}),
      },
    ],
    source: {
      observer: { display: 'SpinePath' },
      type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4', display: 'Application Server' }],
    },
    entity,
  };
}

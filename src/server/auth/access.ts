/**
 * Record-level access: a patient sees their own record; a clinician sees the patients of their care teams; an admin
 * manages accounts, teams and the audit trail but reads no clinical record. Used by the route guard (hooks.ts) and by
 * any feature that reaches a patient by other means (FHIR, CDS Hooks, PDF letters).
 */
import { careTeamOf } from '../../store/patients.js';
import type { Executor } from '../../store/executor.js';
import type { Principal } from '../context.js';

export async function canAccessPatient(db: Executor, p: Principal, patientId: string): Promise<boolean> {
  if (p.role === 'patient') return p.patientId === patientId;
  if (p.role === 'clinician') {
    const team = await careTeamOf(db, patientId);
    return team !== undefined && p.teamIds.includes(team);
  }
  return false;
}

/**
 * CDS Hooks feedback (what a clinician did with a card, as the EHR reports it): appended, never updated, since the
 * specification lets an EHR report the same card more than once (accepted later after being ignored, for example).
 */
import type { Executor } from './executor.js';
import { newId } from './ids.js';

export interface CdsFeedbackInput {
  serviceId: string;
  cardUuid: string;
  outcome: 'accepted' | 'overridden';
  overrideReason?: { reason?: { code?: string; system?: string; display?: string }; userComment?: string };
  acceptedSuggestions?: { id: string }[];
  outcomeTimestamp: string;
  issuer: string | null;
  tenant: string | null;
  receivedAt: string;
}

export interface CdsFeedback extends CdsFeedbackInput {
  id: string;
}

export async function recordCdsFeedback(db: Executor, items: CdsFeedbackInput[]): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = items.map((f) => ({
    id: newId(),
    service_id: f.serviceId,
    card_uuid: f.cardUuid,
    outcome: f.outcome,
    override_reason: f.overrideReason ? JSON.stringify(f.overrideReason) : null,
    accepted_suggestions: f.acceptedSuggestions ? JSON.stringify(f.acceptedSuggestions) : null,
    outcome_timestamp: f.outcomeTimestamp,
    issuer: f.issuer,
    tenant: f.tenant,
    received_at: f.receivedAt,
  }));
  await db.insertInto('cds_feedback').values(rows).execute();
  return rows.map((r) => r.id);
}

export async function listCdsFeedback(db: Executor, filter: { cardUuid?: string; serviceId?: string } = {}): Promise<CdsFeedback[]> {
  let q = db.selectFrom('cds_feedback').selectAll();
  if (filter.cardUuid) q = q.where('card_uuid', '=', filter.cardUuid);
  if (filter.serviceId) q = q.where('service_id', '=', filter.serviceId);
  const rows = await q.orderBy('received_at').orderBy('outcome_timestamp').execute();
  return rows.map((r) => ({
    id: r.id,
    serviceId: r.service_id,
    cardUuid: r.card_uuid,
    outcome: r.outcome,
    ...(r.override_reason ? { overrideReason: JSON.parse(r.override_reason) as CdsFeedback['overrideReason'] } : {}),
    ...(r.accepted_suggestions ? { acceptedSuggestions: JSON.parse(r.accepted_suggestions) as { id: string }[] } : {}),
    outcomeTimestamp: r.outcome_timestamp,
    issuer: r.issuer,
    tenant: r.tenant,
    receivedAt: r.received_at,
  }));
}

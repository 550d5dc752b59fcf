/**
 * Red-flag triage, before and outside cause ranking (evidence.md §3; findings-matrix.md §1 item 8). Each fired
 * flag names its urgency, actions, time frame, the findings that fired it and its sources. An emergency suppresses
 * all elective advice; an urgent flag suppresses elective interventions until the urgent review has happened.
 */
import type { Case } from '../case/schema.js';
import type { Urgency } from '../knowledge/schema.js';
import type { CompiledKb } from './compiled-kb.js';
import type { ObservationSet } from './observations.js';

export const URGENCY_RANK: Record<Urgency, number> = { routine: 0, urgent: 1, emergency: 2 };

export interface FiredTrigger {
  description: string;
  urgency: Urgency;
  findings: string[];
  basisKind: string;
}

export interface FiredRedFlag {
  id: string;
  code: string;
  name: string;
  urgency: Urgency;
  actions: string[];
  timeFrame: string;
  firedBy: FiredTrigger[];
  tests: string[];
  causes: string[];
  notes: string[];
  sources: string[];
  /** A recorded review that excluded or managed the flag after its findings; the flag then suppresses nothing. */
  review?: { date: string; outcome: string; by?: string };
}

export interface Triage {
  /** Highest urgency among flags not yet reviewed. */
  urgency: Urgency;
  redFlags: FiredRedFlag[];
  /** What the urgency suppresses, in words. */
  suppression: string | null;
}

/** Latest date among the observations of the triggering findings; undated ones count as the assessment date. */
function latestTriggerDate(findingIds: string[], obs: ObservationSet, assessmentDate: string): string {
  let latest = '';
  for (const id of findingIds) {
    for (const o of obs.byFinding.get(id) ?? []) {
      if (o.status !== 'present') continue;
      const d = o.date ?? assessmentDate;
      if (d > latest) latest = d;
    }
  }
  return latest || assessmentDate;
}

export function triage(c: Case, obs: ObservationSet, kb: CompiledKb): Triage {
  const fired: FiredRedFlag[] = [];
  for (const flag of kb.kb.redFlags) {
    const firedBy: FiredTrigger[] = [];
    for (const t of flag.triggers) {
      if (!t.allOf.every((f) => obs.present.has(f))) continue;
      const anyHit = t.anyOf.filter((f) => obs.present.has(f));
      if (t.anyOf.length > 0 && anyHit.length === 0) continue;
      if (t.unlessAbsent.some((f) => obs.absent.has(f))) continue;
      firedBy.push({ description: t.description, urgency: t.urgency, findings: [...t.allOf, ...anyHit], basisKind: t.basis.kind });
    }
    if (firedBy.length === 0) continue;
    const urgency = firedBy.reduce<Urgency>((u, t) => (URGENCY_RANK[t.urgency] > URGENCY_RANK[u] ? t.urgency : u), 'routine');
    const triggerDate = latestTriggerDate(firedBy.flatMap((t) => t.findings), obs, c.assessmentDate);
    const review = c.redFlagReviews
      .filter((r) => r.redFlag === flag.id && r.date >= triggerDate && r.date <= c.assessmentDate)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    fired.push({
      id: flag.id,
      code: flag.code,
      name: flag.name,
      urgency,
      actions: flag.actions,
      timeFrame: flag.timeFrames[urgency] ?? flag.timeFrames.urgent ?? flag.timeFrames.emergency ?? flag.timeFrames.routine ?? '',
      firedBy,
      tests: flag.testsWithImplant && obs.present.has('spinal-implant-in-place') ? flag.testsWithImplant : flag.tests,
      causes: flag.causes,
      notes: flag.notes,
      sources: flag.sources,
      ...(review ? { review: { date: review.date, outcome: review.outcome, ...(review.by ? { by: review.by } : {}) } } : {}),
    });
  }
  fired.sort((a, b) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency] || (a.code < b.code ? -1 : 1));
  const active = fired.filter((f) => !f.review);
  const urgency = active.reduce<Urgency>((u, f) => (URGENCY_RANK[f.urgency] > URGENCY_RANK[u] ? f.urgency : u), 'routine');
  const suppression =
    urgency === 'emergency'
      ? 'Emergency: all elective advice is suppressed until the emergency has been dealt with.'
      : urgency === 'urgent'
        ? 'Urgent: elective interventions (injections, blocks, implants, elective surgery) are suppressed until the urgent review has happened.'
        : null;
  return { urgency, redFlags: fired, suppression };
}

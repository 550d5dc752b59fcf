/**
 * Safety alerts from the case's questionnaires, for the top of the assessment: PHQ-9 item 9 (thoughts of being better
 * off dead or of self-harm) above 0 raises the urgent alert of src/instruments/alerts.ts, whatever the total or the
 * missing items. The latest PHQ-9 decides; when its item 9 is not known, the latest PHQ-9 that answered item 9 decides
 * (a positive answer stands until a later PHQ-9 answers 0), and the unknown item is flagged as well.
 */
import type { Alert } from '../instruments/index.js';
import type { ScoredQuestionnaires } from './entries.js';

export interface OutcomeAlert extends Alert {
  instrument: 'phq9';
  /** Date and path of the PHQ-9 that raised it. */
  date: string;
  path: string;
}

export function questionnaireAlerts(s: ScoredQuestionnaires): OutcomeAlert[] {
  const list = s.byInstrument.get('phq9');
  if (!list || list.length === 0) return [];
  const out: OutcomeAlert[] = [];
  const latest = list[list.length - 1]!;
  const tag = (a: Alert, e: { date: string; path: string }): OutcomeAlert => ({
    id: a.id,
    level: a.level,
    linkId: a.linkId,
    message: a.message,
    patientMessage: a.patientMessage,
    resources: a.resources,
    instrument: 'phq9',
    date: e.date,
    path: e.path,
  });
  if (latest.phq9Item9 !== null && latest.phq9Item9 !== undefined) {
    for (const a of latest.alerts) out.push(tag(a, latest));
    return out;
  }
  // Item 9 not known on the latest PHQ-9: the last known answer stands.
  for (let i = list.length - 2; i >= 0; i--) {
    const e = list[i]!;
    if (e.phq9Item9 === null || e.phq9Item9 === undefined) continue;
    for (const a of e.alerts) {
      if (a.level !== 'urgent') continue;
      out.push(tag({ ...a, message: `${a.message} (Answered on ${e.date}; item 9 is not known on the latest PHQ-9 of ${latest.date}.)` }, e));
    }
    break;
  }
  for (const a of latest.alerts) out.push(tag(a, latest));
  return out;
}

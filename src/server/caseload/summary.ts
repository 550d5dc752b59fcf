/**
 * The caseload summary of a clinician's care teams, one row per patient: identity, the urgency, red flags, top cause,
 * follow-ups due, escalations and questionnaire alerts of the latest stored assessment, and the latest scores (with
 * the one before, for a trend arrow) of the measures a clinician scans: NRS back/leg or neck/arm, ODI or NDI, PHQ-9.
 *
 * Stored assessments never change, so the part read from an assessment's output is kept in a small in-process cache
 * keyed by the assessment id: any server behind a load balancer computes the same thing, and a caseload of thousands
 * parses each output once.
 */
import { ageOn } from '../../store/clock.js';
import { sql } from 'kysely';
import type { DialectName } from '../../store/connect.js';
import type { Executor } from '../../store/executor.js';

export interface CaseloadScore {
  measure: string;
  label: string;
  latest: number;
  previous: number | null;
  date: string;
  direction: 'higher-is-worse' | 'higher-is-better';
}

export interface CaseloadRow {
  patientId: string;
  name: string;
  mrn: string | null;
  birthDate: string;
  age: number | null;
  sex: string;
  urgency: 'routine' | 'urgent' | 'emergency' | null;
  redFlags: string[];
  topCause: { id: string; name: string; probability: number; band: string } | null;
  assessedOn: string | null;
  assessmentId: string | null;
  scores: CaseloadScore[];
  followUpsDue: { label: string; status: string }[];
  escalations: number;
  alerts: number;
}

interface FromOutput {
  urgency: CaseloadRow['urgency'];
  redFlags: string[];
  topCause: CaseloadRow['topCause'];
  followUpsDue: CaseloadRow['followUpsDue'];
  escalations: number;
  alerts: number;
}

/** Scores shown in the caseload (instrument, measure column, label); all are higher-is-worse. */
const SHOWN: { instrument: string; measure: string; label: string }[] = [
  { instrument: 'nrs', measure: 'subscore:back', label: 'Back' },
  { instrument: 'nrs', measure: 'subscore:leg', label: 'Leg' },
  { instrument: 'nrs', measure: 'subscore:neck', label: 'Neck' },
  { instrument: 'nrs', measure: 'subscore:arm', label: 'Arm' },
  { instrument: 'odi', measure: 'total', label: 'ODI' },
  { instrument: 'ndi', measure: 'total', label: 'NDI' },
  { instrument: 'phq9', measure: 'total', label: 'PHQ-9' },
];
const SHOWN_KEY = new Map(SHOWN.map((s, i) => [`${s.instrument} ${s.measure}`, i]));

const CACHE_MAX = 20_000;
const cache = new Map<string, FromOutput>();

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.filter(isObj) : []);

/** What the caseload shows from an engine output (read defensively: an old output may lack a newer section). */
export function fromOutput(output: unknown): FromOutput {
  const o = isObj(output) ? output : {};
  const triage = isObj(o.triage) ? o.triage : {};
  const redFlags = arr(triage.redFlags)
    .filter((f) => !f.review)
    .map((f) => String(f.name ?? f.id ?? ''))
    .filter(Boolean);
  const top = arr(o.causes)[0];
  const outcomes = isObj(o.outcomes) ? o.outcomes : {};
  const followUp = isObj(outcomes.followUp) ? outcomes.followUp : {};
  const urgency = triage.urgency === 'emergency' || triage.urgency === 'urgent' || triage.urgency === 'routine' ? triage.urgency : null;
  return {
    urgency,
    redFlags,
    topCause: top ? { id: String(top.id), name: String(top.name), probability: Number(top.probability), band: String(top.band) } : null,
    followUpsDue: arr(followUp.dueNow).map((d) => ({ label: String(d.label ?? d.id), status: String(d.status) })),
    escalations: arr(outcomes.escalations).length,
    alerts: arr(outcomes.alerts).filter((a) => a.level === 'urgent').length,
  };
}

/** Urgent alerts (PHQ-9 item 9) in a stored ScoreResult. */
function urgentAlerts(json: string | null): number {
  try {
    const res: unknown = json ? JSON.parse(json) : null;
    return isObj(res) ? arr(res.alerts).filter((x) => x.level === 'urgent').length : 0;
  } catch {
    return 0;
  }
}

function ageOrNull(birthDate: string, today: string): number | null {
  try {
    return ageOn(birthDate, today);
  } catch {
    return null;
  }
}

/**
 * Reads what the caseload shows from stored outputs not yet in the cache. On SQLite the database picks the few
 * values out of each output (json_extract, in C, without handing 100 KB of JSON per assessment to JavaScript); on
 * PostgreSQL the output is parsed here.
 */
async function summarise(db: Executor, dialect: DialectName, ids: string[]): Promise<void> {
  const put = (id: string, v: FromOutput) => {
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
    cache.set(id, v);
  };
  for (const part of chunks(ids, 200)) {
    if (dialect === 'sqlite') {
      const rows = await sql<{ id: string; urgency: string | null; flags: string | null; cause: string | null; due: string | null; escalations: string | null; alerts: string | null }>`
        select id,
          json_extract(output_json, '$.triage.urgency') as urgency,
          json_extract(output_json, '$.triage.redFlags') as flags,
          json_extract(output_json, '$.causes[0]') as cause,
          json_extract(output_json, '$.outcomes.followUp.dueNow') as due,
          json_extract(output_json, '$.outcomes.escalations') as escalations,
          json_extract(output_json, '$.outcomes.alerts') as alerts
        from assessments where id in (${sql.join(part)})`.execute(db);
      for (const r of rows.rows) {
        const j = (x: string | null): unknown => {
          try {
            return x ? JSON.parse(x) : undefined;
          } catch {
            return undefined;
          }
        };
        const cause = j(r.cause);
        put(r.id, fromOutput({ triage: { urgency: r.urgency, redFlags: j(r.flags) }, causes: cause ? [cause] : [], outcomes: { followUp: { dueNow: j(r.due) }, escalations: j(r.escalations), alerts: j(r.alerts) } }));
      }
    } else {
      const rows = await db.selectFrom('assessments').select(['id', 'output_json']).where('id', 'in', part).execute();
      for (const r of rows) {
        let out: unknown = null;
        try {
          out = JSON.parse(r.output_json);
        } catch {
          /* unreadable output: shown without its details */
        }
        put(r.id, fromOutput(out));
      }
    }
  }
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function caseloadOf(db: Executor, teamIds: string[], today: string, dialect: DialectName = 'sqlite'): Promise<CaseloadRow[]> {
  if (teamIds.length === 0) return [];
  const patients = await db
    .selectFrom('patients')
    .select(['id', 'family_name', 'given_name', 'mrn', 'birth_date', 'sex'])
    .where('care_team_id', 'in', teamIds)
    .orderBy('family_name')
    .orderBy('given_name')
    .orderBy('id')
    .execute();
  const ids = patients.map((p) => p.id);

  // Latest assessment per patient (newest created wins), read through the (patient_id, created_at) index: the row's
  // large JSON columns are never touched here.
  const latest = new Map<string, { id: string; date: string }>();
  for (const part of chunks(ids, 500)) {
    const newest = db.selectFrom('assessments').select(['patient_id', (eb) => eb.fn.max('created_at').as('m')]).where('patient_id', 'in', part).groupBy('patient_id').as('l');
    const rows = await db
      .selectFrom('assessments as a')
      .innerJoin(newest, (j) => j.onRef('a.patient_id', '=', 'l.patient_id').onRef('a.created_at', '=', 'l.m'))
      .select(['a.id', 'a.patient_id', 'a.assessment_date'])
      .execute();
    for (const r of rows) {
      const cur = latest.get(r.patient_id);
      if (!cur || r.id > cur.id) latest.set(r.patient_id, { id: r.id, date: r.assessment_date });
    }
  }
  await summarise(db, dialect, [...latest.values()].map((a) => a.id).filter((id) => !cache.has(id)));

  // The last two values of each shown measure per patient.
  const scores = new Map<string, Map<number, { latest: number; previous: number | null; date: string }>>();
  for (const part of chunks(ids, 500)) {
    const rows = await db
      .selectFrom('questionnaire_scores as s')
      .innerJoin('questionnaire_responses as r', 'r.id', 's.response_id')
      .select(['s.patient_id', 's.instrument', 's.measure', 's.value', 's.date'])
      .where('s.patient_id', 'in', part)
      .where('s.instrument', 'in', ['nrs', 'odi', 'ndi', 'phq9'])
      .where('r.retracted_at', 'is', null)
      .orderBy('s.date')
      .orderBy('r.created_at')
      .execute();
    for (const r of rows) {
      const k = SHOWN_KEY.get(`${r.instrument} ${r.measure}`);
      if (k === undefined) continue;
      let m = scores.get(r.patient_id);
      if (!m) scores.set(r.patient_id, (m = new Map()));
      const prev = m.get(k);
      m.set(k, { latest: Number(r.value), previous: prev ? prev.latest : null, date: r.date });
    }
  }

  // The latest PHQ-9 decides the self-harm alert (src/outcomes/alerts.ts), also when it came after the assessment.
  const phq9 = new Map<string, number>();
  for (const part of chunks(ids, 500)) {
    const rows = await db
      .selectFrom('questionnaire_responses')
      .select(['patient_id', 'result'])
      .where('patient_id', 'in', part)
      .where('instrument', '=', 'phq9')
      .where('retracted_at', 'is', null)
      .orderBy('date')
      .orderBy('created_at')
      .execute();
    for (const r of rows) {
      phq9.set(r.patient_id, urgentAlerts(r.result));
    }
  }

  return patients.map((p) => {
    const a = latest.get(p.id);
    const o = a ? cache.get(a.id) : undefined;
    const s = scores.get(p.id);
    const age = ageOrNull(p.birth_date, today);
    return {
      patientId: p.id,
      name: `${p.family_name}, ${p.given_name}`,
      mrn: p.mrn,
      birthDate: p.birth_date,
      age,
      sex: p.sex,
      urgency: a ? (o?.urgency ?? null) : null,
      redFlags: o?.redFlags ?? [],
      topCause: o?.topCause ?? null,
      assessedOn: a?.date ?? null,
      assessmentId: a?.id ?? null,
      scores: s
        ? [...s.entries()]
            .sort((x, y) => x[0] - y[0])
            .map(([k, v]) => ({ measure: `${SHOWN[k]!.instrument}:${SHOWN[k]!.measure}`, label: SHOWN[k]!.label, latest: v.latest, previous: v.previous, date: v.date, direction: 'higher-is-worse' as const }))
        : [],
      followUpsDue: o?.followUpsDue ?? [],
      escalations: o?.escalations ?? 0,
      alerts: phq9.get(p.id) ?? o?.alerts ?? 0,
    };
  });
}

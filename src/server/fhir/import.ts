/**
 * A FHIR R4 Bundle into one patient's stored record (issue 5 item 6). src/fhir maps the bundle (pure); this file
 * decides what of the patient draft becomes stored records, and writes them in the caller's transaction:
 *
 * - operations -> `episodes` (only complete ones: the case format needs date, region, procedure, levels, implants);
 * - findings derived by their knowledge-base definitions -> `findings`;
 * - questionnaire results -> `questionnaire_responses` (scored exactly by src/instruments, source `import`);
 * - medications -> `medications`: the CURRENT list only (status active/on-hold/intended/unknown, not ended), one
 *   entry per product (the latest prescription), because the case reads every stored medication as taken now and
 *   summing years of refills would multiply the opioid dose;
 * - an active low-back-pain condition -> an encounter carrying the pain site (as the case draft does).
 *
 * Idempotent: each stored record has an identity (`<table>|<logical key>`: operation date and region, finding and
 * date, instrument and date, medication product) recorded in `import_identities` under the source
 * `patient/<id>` with a hash of its payload and of the identities of the FHIR resources it came from. Importing
 * the same bundle again finds every identity with the same hash and writes nothing; a changed resource retracts
 * the record it made and stores the new one; imports of one patient are serialised (PostgreSQL: the patient row is
 * locked for the transaction); a record already entered by hand (same operation date, same
 * instrument and date, same finding and date, same medication name) is left alone. Everything else the bundle holds
 * is reported, never dropped silently: see `ImportSummary`.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { score, isInstrumentId, type ScoreResult } from '../../instruments/index.js';
import { toCaseMedication } from '../../fhir/import/to-case.js';
import type { DraftMedication, ImportReport, PatientDraft, SourceRef } from '../../fhir/import/types.js';
import { CASE_PART_KINDS, retractCasePart } from '../../store/case-parts.js';
import type { DialectName } from '../../store/connect.js';
import { toJson, type Executor } from '../../store/executor.js';
import { newId } from '../../store/ids.js';
import type { Patient } from '../../store/patients.js';
import type { CasePartTable, CasePartTableName, ImportIdentitiesTable, QuestionnaireResponsesTable, QuestionnaireScoresTable } from '../../store/schema.js';

export type ImportTable = CasePartTableName | 'questionnaire_responses';

/** One record the import wants to store. */
interface Planned {
  table: ImportTable;
  identity: string;
  /** Short description for the report ("PEG 2021-03-20 score 8"). */
  what: string;
  date: string;
  payload: Record<string, unknown>;
  sources: SourceRef[];
  /** Questionnaires: the answers, the scored result, or a total without answers. */
  questionnaire?: { instrument: string; answers: Record<string, number> | null; enteredScore: number | null; result: ScoreResult | null };
  /** Equal to an existing hand-entered record? */
  sameAs: (existing: { code: string; date: string; data: Record<string, unknown> }) => boolean;
}

export interface StoredRecord {
  table: ImportTable;
  id: string;
  identity: string;
  what: string;
  date: string;
  /** created: new; updated: the record an earlier import made was retracted and replaced. */
  status: 'created' | 'updated';
  sources: string[];
}

export interface ImportSummary {
  patientId: string;
  source: string;
  counts: { created: number; updated: number; unchanged: number; alreadyRecorded: number; notStored: number };
  stored: StoredRecord[];
  unchanged: { table: ImportTable; identity: string; id: string; what: string }[];
  /** The same information was already in the record (entered by hand or by another route). */
  alreadyRecorded: { table: ImportTable; identity: string; existingId: string; what: string }[];
  /** Recognised but not stored, with the reason (incomplete operation, past prescription, no date...). */
  notStored: { what: string; reason: string; sources: string[] }[];
  /** Recognised and kept in the report only: SpinePath derives these itself or has no field for them. */
  recognised: {
    conditions: { meaning: string; system: string; code: string; display: string; source: string }[];
    painScores: { code: string; display: string; value: number; date?: string; source: string; note: string }[];
    mme: { value: number; unit?: string; date?: string; source: string }[];
    medications: { total: number; current: number; byClass: Record<string, number> };
  };
  /** The mapping report of src/fhir: every mapped and unmapped code with its path, unsupported types, issues. */
  report: ImportReport;
}

const hash = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 32);
const ids = (s: readonly SourceRef[]): string[] => [...new Set(s.map((x) => x.identity))].sort();
const label = (s: SourceRef): string => (s.id ? `${s.resourceType}/${s.id}` : s.identity);

/** Where imported records of this patient are keyed in `import_identities`. */
export const importSource = (patientId: string): string => `patient/${patientId}`;

const CURRENT_STATUSES = new Set(['active', 'on-hold', 'intended', 'unknown']);

/** The medications of a draft that are taken now: current status, not ended, latest prescription per product. */
export function currentMedications(meds: readonly DraftMedication[], today: string): { current: DraftMedication[]; past: { m: DraftMedication; reason: string }[] } {
  const past: { m: DraftMedication; reason: string }[] = [];
  const latest = new Map<string, DraftMedication>();
  const product = (m: DraftMedication) => (m.code?.code ? `${m.code.system ?? ''}|${m.code.code}` : `name|${(m.name ?? m.ingredients.join('/')).toLowerCase()}`);
  for (const m of meds) {
    if (m.status && !CURRENT_STATUSES.has(m.status)) past.push({ m, reason: `status ${m.status}: not a current medication` });
    else if (m.end && m.end < today) past.push({ m, reason: `ended ${m.end}` });
    else if (m.start && m.start > today) past.push({ m, reason: `starts ${m.start}, after today` });
    else {
      const k = product(m);
      const prev = latest.get(k);
      if (!prev) latest.set(k, m);
      else if ((m.start ?? '') > (prev.start ?? '')) {
        past.push({ m: prev, reason: `an earlier prescription of the same product (the latest, ${label(m.source)} of ${m.start ?? 'no date'}, is the current one)` });
        latest.set(k, m);
      } else past.push({ m, reason: `an earlier prescription of the same product (the latest, ${label(prev.source)} of ${prev.start ?? 'no date'}, is the current one)` });
    }
  }
  return { current: [...latest.values()], past };
}

const medicationProductKey = (m: DraftMedication): string => (m.code?.code ? `rxnorm:${m.code.code}` : `name:${(m.name ?? m.ingredients.join('/')).toLowerCase()}`);

function validate(schema: z.ZodType, payload: Record<string, unknown>): string | null {
  const r = schema.safeParse(payload);
  if (r.success) return null;
  return r.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}

/** What the import would store, and what it will not (pure). */
export function planImport(d: PatientDraft, today: string): { planned: Planned[]; notStored: ImportSummary['notStored'] } {
  const planned: Planned[] = [];
  const notStored: ImportSummary['notStored'] = [];
  const skip = (what: string, reason: string, sources: readonly SourceRef[]) => notStored.push({ what, reason, sources: sources.map(label) });

  for (const s of d.surgeries) {
    const what = `operation ${s.date ?? '(no date)'} ${s.procedure ?? s.codes.map((c) => c.display ?? c.code).join(', ')}`;
    const payload: Record<string, unknown> = {
      ...(s.date ? { date: s.date } : {}),
      ...(s.region ? { region: s.region } : {}),
      ...(s.procedure ? { procedure: s.procedure } : {}),
      ...(s.levels.length ? { levels: s.levels } : {}),
      ...(s.side ? { side: s.side } : {}),
      ...(s.instrumented !== undefined ? { instrumented: s.instrumented } : {}),
      ...(s.fusion !== undefined ? { fusion: s.fusion } : {}),
      note: `Imported from ${s.sources.map(label).join(', ')}${s.match === 'text' ? ' (recognised from the procedure name: confirm)' : ''}`.slice(0, 2000),
    };
    const bad = validate(CASE_PART_KINDS.episodes.schema(), payload);
    if (bad || !s.date) {
      skip(what, `incomplete operation, enter it by hand: ${bad ?? 'no date'}`, s.sources);
      continue;
    }
    if (s.date > today) {
      skip(what, `dated ${s.date}, after today`, s.sources);
      continue;
    }
    planned.push({ table: 'episodes', identity: `episodes|${s.date}|${s.region}`, what, date: s.date, payload, sources: s.sources, sameAs: (e) => e.date === s.date && e.data.region === s.region });
  }

  for (const f of d.findings) {
    const payload: Record<string, unknown> = { id: f.id, status: f.status, ...(f.date ? { date: f.date } : {}), note: `Imported: ${f.because}`.slice(0, 2000) };
    const what = `finding ${f.id} ${f.status}${f.date ? ` (${f.date})` : ''}`;
    const bad = validate(CASE_PART_KINDS.findings.schema(), payload);
    if (bad) {
      skip(what, bad, f.sources);
      continue;
    }
    const date = f.date && f.date <= today ? f.date : today;
    planned.push({
      table: 'findings',
      identity: `findings|${f.id}|${f.date ?? ''}`,
      what,
      date,
      payload,
      sources: f.sources,
      sameAs: (e) => e.code === f.id && e.data.status === f.status && e.date === date && e.data.level === undefined && e.data.side === undefined,
    });
  }

  for (const q of d.questionnaires) {
    const what = `${q.instrument} ${q.date ?? '(no date)'}${q.score !== undefined ? ` score ${q.score}` : ''}`;
    if (!q.date) {
      skip(what, 'no date: a questionnaire result belongs to a day', q.sources);
      continue;
    }
    if (q.date > today) {
      skip(what, `dated ${q.date}, after today`, q.sources);
      continue;
    }
    if (!isInstrumentId(q.instrument)) {
      skip(what, `instrument ${q.instrument} is not scored by SpinePath`, q.sources);
      continue;
    }
    let questionnaire: Planned['questionnaire'] | undefined;
    let note = '';
    if (q.answers && Object.keys(q.answers).length) {
      const result = score(q.instrument, { instrument: q.instrument, date: q.date, answers: q.answers });
      if (!result.errors.length && (result.score !== null || result.display !== null)) questionnaire = { instrument: q.instrument, answers: q.answers, enteredScore: null, result };
      else note = result.errors.length ? result.errors.map((e) => `${e.linkId ?? ''} ${e.message}`.trim()).join('; ') : result.missingRule.text;
    }
    if (!questionnaire && q.score !== undefined) questionnaire = { instrument: q.instrument, answers: null, enteredScore: q.score, result: null };
    if (!questionnaire) {
      skip(what, `the answers could not be scored (${note || 'no answers and no total'})`, q.sources);
      continue;
    }
    const qq = questionnaire;
    planned.push({
      table: 'questionnaire_responses',
      identity: `questionnaire_responses|${q.instrument}|${q.date}`,
      what,
      date: q.date,
      payload: { instrument: q.instrument, date: q.date, answers: qq.answers, score: qq.enteredScore, total: qq.result?.score ?? qq.enteredScore },
      sources: q.sources,
      questionnaire: qq,
      sameAs: (e) => e.code === q.instrument && e.date === q.date,
    });
  }

  const { current, past } = currentMedications(d.medications, today);
  for (const { m, reason } of past) skip(`medication ${m.name ?? m.code?.display ?? m.code?.code ?? '?'}${m.start ? ` (${m.start})` : ''}`, `not added to the current medication list: ${reason}`, [m.source]);
  for (const m of current) {
    const payload = toCaseMedication(m) as unknown as Record<string, unknown>;
    const what = `medication ${m.name ?? payload.name}${m.start ? ` (${m.start})` : ''}`;
    const bad = validate(CASE_PART_KINDS.medications.schema(), payload);
    if (bad) {
      skip(what, bad, [m.source]);
      continue;
    }
    const name = String(payload.name).toLowerCase();
    planned.push({
      table: 'medications',
      identity: `medications|${medicationProductKey(m)}`,
      what,
      date: m.start && m.start <= today ? m.start : today,
      payload,
      sources: [m.source],
      sameAs: (e) => typeof e.data.name === 'string' && e.data.name.toLowerCase() === name,
    });
  }

  const lowBack = d.conditions.filter((c) => c.meaning === 'low-back-pain' && (!c.clinicalStatus || c.clinicalStatus === 'active'));
  if (lowBack.length) {
    const c = lowBack[0]!;
    const date = c.onset && c.onset <= today ? c.onset : today;
    planned.push({
      table: 'encounters',
      identity: `encounters|pain-site|low-back|${date}`,
      what: `pain site low back (${c.display}, ${c.code})`,
      date,
      payload: { date, kind: 'other', pain: { sites: [{ site: 'low-back' }] }, note: `Imported from ${lowBack.map((x) => label(x.source)).join(', ')}: ${c.display} (${c.code}), an active condition` },
      sources: lowBack.map((x) => x.source),
      sameAs: (e) => e.date === date && JSON.stringify((e.data.pain as { sites?: unknown } | undefined)?.sites ?? null) === JSON.stringify([{ site: 'low-back' }]),
    });
  }
  const seen = new Set<string>();
  const unique = planned.filter((p) => {
    if (!seen.has(p.identity)) {
      seen.add(p.identity);
      return true;
    }
    skip(p.what, `the same record appears twice in the bundle (${p.identity})`, p.sources);
    return false;
  });
  return { planned: unique, notStored };
}

/**
 * The rows `insertQuestionnaireResponse` (src/store/questionnaires.ts) writes for one response, built here so that an
 * import inserts all its responses and scores in two statements: the response, and one score row for the total and
 * each subscore with a value. fhir.test.ts checks the result against the store function's.
 */
function questionnaireRows(
  id: string,
  patientId: string,
  date: string,
  q: NonNullable<Planned['questionnaire']>,
  by: string | null,
  now: string,
): ({ response: QuestionnaireResponsesTable } | { score: QuestionnaireScoresTable })[] {
  const total = q.result ? q.result.score : q.enteredScore;
  const out: ({ response: QuestionnaireResponsesTable } | { score: QuestionnaireScoresTable })[] = [
    {
      response: {
        id,
        patient_id: patientId,
        instrument: q.instrument,
        date,
        source: 'import',
        answers: q.answers ? toJson(q.answers) : null,
        entered_score: q.enteredScore,
        result: q.result ? toJson(q.result) : null,
        total,
        created_at: now,
        created_by: by,
        retracted_at: null,
      },
    },
  ];
  const point = (measure: string, value: number, display: string | null, band: string | null) =>
    out.push({ score: { id: newId(), response_id: id, patient_id: patientId, instrument: q.instrument, date, measure, value, display, band } });
  if (total !== null) point('total', total, q.result?.display ?? String(total), q.result?.band?.id ?? null);
  for (const sub of Object.values(q.result?.subscores ?? {})) if (sub.value !== null) point(`subscore:${sub.id}`, sub.value, sub.display, sub.band?.id ?? null);
  return out;
}

async function retract(db: Executor, table: ImportTable, patientId: string, id: string, by: string | null, now: string): Promise<void> {
  if (table === 'questionnaire_responses') {
    await db.updateTable('questionnaire_responses').set({ retracted_at: now }).where('patient_id', '=', patientId).where('id', '=', id).where('retracted_at', 'is', null).execute();
  } else {
    await retractCasePart(db, table, patientId, id, { by, reason: 'replaced by a later FHIR import of the same record', now });
  }
}

/** Writes the draft into the patient's record (in the caller's transaction) and reports what happened. */
export async function importDraft(
  db: Executor,
  o: { patient: Patient; draft: PatientDraft; report: ImportReport; today: string; by: string | null; now: string; dialect: DialectName },
): Promise<ImportSummary> {
  const { patient, draft: d, today, by, now } = o;
  const source = importSource(patient.id);
  const { planned, notStored } = planImport(d, today);
  const summary: ImportSummary = {
    patientId: patient.id,
    source,
    counts: { created: 0, updated: 0, unchanged: 0, alreadyRecorded: 0, notStored: notStored.length },
    stored: [],
    unchanged: [],
    alreadyRecorded: [],
    notStored,
    recognised: {
      conditions: d.conditions.map((c) => ({ meaning: c.meaning, system: c.system, code: c.code, display: c.display, source: label(c.source) })),
      painScores: d.painScores.map((p) => ({ code: p.code, display: p.display, value: p.value, ...(p.date ? { date: p.date } : {}), source: label(p.source), note: p.note })),
      mme: d.mme.map((m) => ({ value: m.value, ...(m.unit ? { unit: m.unit } : {}), ...(m.date ? { date: m.date } : {}), source: label(m.source) })),
      medications: {
        total: d.medications.length,
        current: planned.filter((p) => p.table === 'medications').length,
        byClass: d.medications.reduce<Record<string, number>>((acc, m) => {
          for (const c of m.classes.length ? m.classes : ['(other)']) acc[c] = (acc[c] ?? 0) + 1;
          return acc;
        }, {}),
      },
    },
    report: o.report,
  };
  if (!planned.length) return summary;

  // One import per patient at a time: on PostgreSQL the patient row is locked for the transaction, so a concurrent
  // import of the same bundle waits, then finds every identity this one recorded (SQLite has one writer anyway).
  if (o.dialect === 'postgres') await db.selectFrom('patients').select('id').where('id', '=', patient.id).forUpdate().execute();

  // What earlier imports stored: one query. A record whose identity is known with the same hash is unchanged, even
  // when a clinician has since retracted it (entered in error): the same source data does not come back.
  const known = new Map<string, { local_table: string; local_id: string; content_hash: string }>();
  const identities = planned.map((p) => p.identity);
  for (let i = 0; i < identities.length; i += 500) {
    const rows = await db.selectFrom('import_identities').select(['identity', 'local_table', 'local_id', 'content_hash']).where('source', '=', source).where('identity', 'in', identities.slice(i, i + 500)).execute();
    for (const r of rows) known.set(r.identity, r);
  }
  const todo: { p: Planned; contentHash: string; prior: { local_table: string; local_id: string } | undefined }[] = [];
  for (const p of planned) {
    const contentHash = hash({ payload: p.payload, sources: ids(p.sources) });
    const prior = known.get(p.identity);
    if (prior && prior.content_hash === contentHash) summary.unchanged.push({ table: p.table, identity: p.identity, id: prior.local_id, what: p.what });
    else todo.push({ p, contentHash, prior });
  }

  // Records entered by hand (or by another route) already in the record: one query per table with new identities.
  const existing = new Map<ImportTable, { id: string; code: string; date: string; data: Record<string, unknown> }[]>();
  for (const t of new Set(todo.filter((x) => !x.prior).map((x) => x.p.table))) {
    if (t === 'questionnaire_responses') {
      const rows = await db.selectFrom('questionnaire_responses').select(['id', 'instrument', 'date']).where('patient_id', '=', patient.id).where('retracted_at', 'is', null).execute();
      existing.set(t, rows.map((r) => ({ id: r.id, code: r.instrument, date: r.date, data: {} })));
    } else {
      const rows = await db.selectFrom(t).select(['id', 'code', 'date', 'payload']).where('patient_id', '=', patient.id).where('retracted_at', 'is', null).execute();
      existing.set(t, rows.map((r) => ({ id: r.id, code: r.code, date: r.date, data: (JSON.parse(r.payload) as Record<string, unknown>) ?? {} })));
    }
  }

  // Writes, batched per table: retractions of replaced records, case parts, questionnaire responses, identities.
  const parts = new Map<CasePartTableName, CasePartTable[]>();
  const identityRows: ImportIdentitiesTable[] = [];
  const responses: ({ response: QuestionnaireResponsesTable } | { score: QuestionnaireScoresTable })[] = [];
  for (const { p, contentHash, prior } of todo) {
    if (!prior) {
      const same = (existing.get(p.table) ?? []).find((e) => p.sameAs(e));
      if (same) {
        summary.alreadyRecorded.push({ table: p.table, identity: p.identity, existingId: same.id, what: p.what });
        continue;
      }
    } else await retract(db, prior.local_table as ImportTable, patient.id, prior.local_id, by, now);
    const id = newId();
    if (p.table === 'questionnaire_responses') {
      const q = p.questionnaire!;
      responses.push(...questionnaireRows(id, patient.id, p.date, q, by, now));
    } else {
      const list = parts.get(p.table) ?? [];
      list.push({ id, patient_id: patient.id, code: CASE_PART_KINDS[p.table].code(p.payload), date: p.date, episode_id: null, encounter_id: null, payload: toJson(p.payload), created_at: now, created_by: by, retracted_at: null, retracted_by: null, retract_reason: null });
      parts.set(p.table, list);
    }
    identityRows.push({ id: newId(), patient_id: patient.id, source, identity: p.identity, resource_type: p.sources[0]?.resourceType ?? 'Bundle', local_table: p.table, local_id: id, content_hash: contentHash, imported_at: now });
    summary.stored.push({ table: p.table, id, identity: p.identity, what: p.what, date: p.date, status: prior ? 'updated' : 'created', sources: p.sources.map(label) });
  }
  for (const [table, rows] of parts) await db.insertInto(table).values(rows).execute();
  const rs = responses.filter((r): r is { response: QuestionnaireResponsesTable } => 'response' in r).map((r) => r.response);
  const points = responses.filter((r): r is { score: QuestionnaireScoresTable } => 'score' in r).map((r) => r.score);
  if (rs.length) await db.insertInto('questionnaire_responses').values(rs).execute();
  if (points.length) await db.insertInto('questionnaire_scores').values(points).execute();
  // New identities are plain inserts (a race that got past the lock fails on the unique key instead of duplicating);
  // changed ones are updated in place.
  const fresh = identityRows.filter((r) => !known.has(r.identity));
  if (fresh.length) await db.insertInto('import_identities').values(fresh).execute();
  for (const r of identityRows.filter((x) => known.has(x.identity))) {
    await db.updateTable('import_identities').set({ local_table: r.local_table, local_id: r.local_id, content_hash: r.content_hash, imported_at: r.imported_at }).where('source', '=', r.source).where('identity', '=', r.identity).execute();
  }
  summary.counts = {
    created: summary.stored.filter((s) => s.status === 'created').length,
    updated: summary.stored.filter((s) => s.status === 'updated').length,
    unchanged: summary.unchanged.length,
    alreadyRecorded: summary.alreadyRecorded.length,
    notStored: summary.notStored.length,
  };
  return summary;
}

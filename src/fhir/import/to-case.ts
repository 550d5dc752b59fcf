/**
 * PatientDraft -> a case draft (docs/case-format.md), validated with src/case/validate.ts so that what is missing to
 * make it a valid case is listed by field path. The draft keeps what the case format cannot hold yet (medications, pain
 * scores without a site, MME) beside it; nothing recognised is lost.
 */
import { CERVICAL_PROCEDURES, LUMBAR_PROCEDURES, type Case } from '../../case/schema.js';
import { validateCase, type ValidationIssue } from '../../case/validate.js';
import { ageAt } from './context.js';
import type { PatientDraft } from './types.js';

export interface CaseDraftResult {
  /** The case as far as the import could fill it (may be incomplete: see `missing`). */
  readonly case: Record<string, unknown>;
  readonly valid: boolean;
  /** Validation errors of the draft, plus hints saying where the data might be found. */
  readonly missing: ValidationIssue[];
  readonly warnings: ValidationIssue[];
  /** Recognised data the case format has no field for (yet). */
  readonly notInCase: string[];
  /** The validated case (with the format's defaults) when `valid`: ready for the engine without validating again. */
  readonly validated?: Case;
}

export interface CaseDraftOptions {
  /** The assessment date of the case (YYYY-MM-DD). */
  readonly assessmentDate: string;
  readonly id?: string;
}

export function toCaseDraft(d: PatientDraft, options: CaseDraftOptions): CaseDraftResult {
  const date = options.assessmentDate;
  const hints: ValidationIssue[] = [];
  const notInCase: string[] = [];
  const age = d.birthDate && d.birthDate <= date ? ageAt(d.birthDate, date) : undefined;
  if (age === undefined) hints.push({ path: 'patient.age', message: 'no birth date in the bundle: enter the age' });

  const surgeries = d.surgeries
    .filter((s) => !s.date || s.date <= date)
    .map((s) => {
      const allowed: readonly string[] = s.region === 'cervical' ? CERVICAL_PROCEDURES : s.region === 'lumbar' ? LUMBAR_PROCEDURES : [];
      const procedure = s.procedure && allowed.includes(s.procedure) ? s.procedure : undefined;
      return {
        ...(s.date ? { date: s.date } : {}),
        ...(s.region ? { region: s.region } : {}),
        ...(procedure ? { procedure } : {}),
        ...(s.levels.length ? { levels: s.levels } : {}),
        ...(s.side ? { side: s.side } : {}),
        ...(s.instrumented !== undefined ? { instrumented: s.instrumented } : {}),
        ...(s.fusion !== undefined ? { fusion: s.fusion } : {}),
        note: `Imported from ${s.sources.map((x) => `${x.resourceType}/${x.id ?? x.identity}`).join(', ')}${s.match === 'text' ? ' (recognised from the procedure name: confirm)' : ''}`,
      };
    });
  d.surgeries.forEach((s, i) => {
    if (s.date && s.date > date) hints.push({ path: `surgeries`, message: `operation ${i + 1} of ${s.date} is after the assessment date: left out` });
  });
  surgeries.forEach((s, i) => {
    if (!('levels' in s)) hints.push({ path: `surgeries[${i}].levels`, message: 'no levels in the Procedure (bodySite or text): enter the operated levels' });
    if (!('instrumented' in s)) hints.push({ path: `surgeries[${i}].instrumented`, message: 'whether implants were left in place is not coded: enter it' });
  });
  if (surgeries.length === 0) {
    const psps = d.conditions.find((c) => c.meaning === 'psps-t2');
    hints.push({
      path: 'surgeries',
      message: psps
        ? `no spine operation found among the Procedures, though the condition "${psps.display}"${psps.onset ? ` (onset ${psps.onset})` : ''} implies an earlier${psps.region ? ` ${psps.region}` : ''} spine operation: enter it with its date, procedure and levels`
        : 'no spine operation found among the Procedures: PSPS-T2 needs at least one (enter it with its date, procedure and levels)',
    });
  }

  const lowBack = d.conditions.some((c) => c.meaning === 'low-back-pain' && (!c.clinicalStatus || c.clinicalStatus === 'active'));
  // A finding or test result dated after the assessment date is not part of the case as of that date.
  const later = d.findings.filter((f) => f.date && f.date > date);
  if (later.length) hints.push({ path: 'findings', message: `${later.length} finding(s) dated after the assessment date left out (${later.map((f) => `${f.id} ${f.date}`).join(', ')})` });
  const findings = d.findings
    .filter((f) => !f.date || f.date <= date)
    .map((f) => ({ id: f.id, status: f.status, ...(f.date ? { date: f.date } : {}), note: `Imported: ${f.because}`.slice(0, 2000) }));
  const testResults = (d.testResults ?? [])
    .filter((t) => t.date <= date)
    .map((t) => ({
      test: t.test,
      date: t.date,
      results: t.results.map((r) => ({ id: r.id, status: r.status, note: `Imported: ${r.because}`.slice(0, 2000) })),
      note: `Imported from ${[...new Set(t.results.flatMap((r) => r.sources.map((x) => `${x.resourceType}/${x.id ?? x.identity}`)))].join(', ')}`.slice(0, 4000),
    }));
  const laterTests = (d.testResults ?? []).filter((t) => t.date > date);
  if (laterTests.length) hints.push({ path: 'testResults', message: `${laterTests.length} test result(s) dated after the assessment date left out` });
  const questionnaires = d.questionnaires
    .filter((q) => q.date && q.date <= date)
    .map((q) => {
      // The entry holds the item answers when they are there; a total only when they are not.
      const answers = q.answers && Object.keys(q.answers).length > 0 ? q.answers : undefined;
      return { instrument: q.instrument, date: q.date!, ...(answers ? { answers } : {}), ...(answers ? {} : q.score !== undefined ? { score: q.score } : {}) };
    });
  const undated = d.questionnaires.filter((q) => !q.date).length;
  if (undated) notInCase.push(`${undated} questionnaire result(s) without a date`);
  if (d.medications.length) {
    const classes = [...new Set(d.medications.flatMap((m) => m.classes))];
    notInCase.push(`${d.medications.length} medication record(s)${classes.length ? ` (${classes.join(', ')})` : ''}: the case format has no medication field yet`);
  }
  if (d.painScores.length) notInCase.push(`${d.painScores.length} pain score(s) without a site or on another scale`);
  if (d.mme.length) notInCase.push(`${d.mme.length} recorded MME/day value(s) (used for the high-dose-opioids finding)`);
  const other = d.conditions.filter((c) => c.meaning !== 'low-back-pain');
  if (other.length) notInCase.push(`conditions: ${other.map((c) => `${c.display} [${c.code}]${c.onset ? ` since ${c.onset}` : ''}`).join('; ')}`);

  const c: Record<string, unknown> = {
    schemaVersion: '1',
    id: options.id ?? d.identity.slice(0, 200),
    assessmentDate: date,
    patient: { ...(age !== undefined ? { age } : {}), sex: d.sex },
    surgeries,
    ...(lowBack ? { pain: { sites: [{ site: 'low-back' }] } } : {}),
    findings,
    ...(testResults.length ? { testResults } : {}),
    questionnaires,
    ...(notInCase.length ? { note: `Imported from FHIR. Not in the case fields: ${notInCase.join(' | ')}`.slice(0, 10000) } : {}),
  };
  const v = validateCase(c);
  const missing = v.ok ? [] : [...v.errors];
  for (const h of hints) if (!missing.some((m) => m.path === h.path && m.message === h.message)) missing.push(h);
  return { case: c, valid: v.ok, missing: v.ok ? hints.filter((h) => h.path !== 'surgeries') : missing, warnings: v.warnings, notInCase, ...(v.ok ? { validated: v.case } : {}) };
}

/**
 * A draft medication in the shape of the case medication entry being added (src/case/medications.ts: name, dose,
 * unit, frequencyPerDay, asNeeded, start, note). Not yet written into case drafts: the case schema is strict and the
 * field is not part of it until that file lands; then toCaseDraft puts these under `medications`.
 */
export interface CaseMedicationDraft {
  name: string;
  dose?: number;
  unit?: 'mg' | 'g' | 'mcg' | 'mcg/h' | 'units';
  frequencyPerDay?: number;
  asNeeded: boolean;
  start?: string;
  note?: string;
}

const MASS_UNITS: Record<string, CaseMedicationDraft['unit']> = { mg: 'mg', g: 'g', mcg: 'mcg', ug: 'mcg', 'mcg/h': 'mcg/h', 'mcg/hr': 'mcg/h' };
const FORM_UNITS = /^(tab|tabs|tablet|tablets|cap|caps|capsule|capsules|\{tbl\}|\{cap\}|1|patch|\{patch\})$/i;

export function toCaseMedication(m: import('./types.js').DraftMedication): CaseMedicationDraft {
  const out: CaseMedicationDraft = { name: m.ingredients.length ? m.ingredients.join(' / ') : (m.name ?? m.code?.display ?? m.code?.code ?? 'unknown'), asNeeded: m.asNeeded === true };
  const notes: string[] = [];
  if (m.name) notes.push(m.name);
  if (m.code?.code) notes.push(`${m.code.system ?? ''}|${m.code.code}`);
  const du = m.dose?.unit?.toLowerCase();
  if (m.dose && du && MASS_UNITS[du]) {
    out.dose = m.dose.value;
    out.unit = MASS_UNITS[du];
  } else if (m.dose && du && FORM_UNITS.test(du) && m.strengths.length === 1 && !m.strengths[0]!.per && MASS_UNITS[m.strengths[0]!.unit]) {
    // One unit (tablet, capsule) of a single-ingredient product: dose = count x strength.
    out.dose = m.dose.value * m.strengths[0]!.value;
    out.unit = MASS_UNITS[m.strengths[0]!.unit];
    notes.push(`dose ${m.dose.value} ${m.dose.unit} x ${m.strengths[0]!.value} ${m.strengths[0]!.unit}`);
  } else if (m.dose) {
    notes.push(`dose ${m.dose.value} ${m.dose.unit ?? ''} not converted to a mass`);
  }
  if (m.frequency?.perDay !== undefined && m.frequency.perDay > 0 && m.frequency.perDay <= 24) out.frequencyPerDay = Math.round(m.frequency.perDay * 100) / 100;
  if (m.start) out.start = m.start;
  if (m.status) notes.push(`status ${m.status}`);
  out.note = `Imported from ${m.source.resourceType}/${m.source.id ?? m.source.identity}: ${notes.join('; ')}`.slice(0, 2000);
  return out;
}

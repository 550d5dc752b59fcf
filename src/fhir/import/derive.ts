/**
 * Knowledge-base findings that follow from imported data by the finding's own definition (src/knowledge/findings):
 * only where the definition names the measure and threshold, so that no clinical rule is invented here.
 *
 * Triage findings (docs/fhir.md, "Triage findings") follow these rules:
 * - every finding carries the date of the observation or condition it comes from;
 * - a current finding (a temperature, a sign, a new symptom) counts only at or after the latest spine operation when
 *   one is known (earlier ones are reported, not used): these are post-operative criteria;
 * - one value per finding: the latest dated one (present wins a tie), because a case cannot record a finding both
 *   present and absent;
 * - test results (CRP, ESR, white cell count; imaging diagnoses) are produced as the case format expects them, as
 *   results of the test that reports them (`crp-esr`, `mri-gadolinium`) at their date.
 */
import { LONG_TERM_STEROID_DAYS } from '../triage-codes.js';
import type { ImportContext } from './context.js';
import type { LabFact, ObservationFacts, TemperatureFact } from './observation.js';
import type { DraftCondition, DraftFinding, DraftMedication, DraftTestResult, PatientDraft, SourceRef } from './types.js';

const latest = <T extends { date?: string }>(list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>((best, x) => (!best || (x.date ?? '') >= (best.date ?? '') ? x : best), undefined);

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export interface Derived {
  findings: DraftFinding[];
  testResults: DraftTestResult[];
}

export function deriveFindings(d: PatientDraft, facts: ObservationFacts, ctx?: ImportContext, referenceDate?: string): Derived {
  const out: DraftFinding[] = [];
  const add = (id: string, status: DraftFinding['status'], because: string, sources: SourceRef[], date?: string) =>
    out.push({ id, status, because, sources, ...(date ? { date } : {}) });

  // smoking: "The patient currently smokes." Latest LOINC 72166-2 answer (US Core Smoking Status).
  const smoke = latest(facts.smoking);
  if (smoke) add('smoking', smoke.status, `latest smoking status (LOINC 72166-2): ${smoke.display}`, [smoke.source], smoke.date);

  // depression-or-anxiety: "PHQ-9 total of 10 or more, or GAD-7 total of 10 or more" (finding codes 44261-6, 70274-6).
  const phq = latest(d.questionnaires.filter((q) => q.instrument === 'phq9' && q.score !== undefined));
  const gad = latest(d.questionnaires.filter((q) => q.instrument === 'gad7' && q.score !== undefined));
  const high = [phq, gad].filter((q) => q && (q.score as number) >= 10);
  if (high.length > 0) {
    add(
      'depression-or-anxiety',
      'present',
      high.map((q) => `latest ${q!.instrument === 'phq9' ? 'PHQ-9' : 'GAD-7'} total ${q!.score} (>= 10)`).join('; '),
      high.flatMap((q) => q!.sources),
      high.map((q) => q!.date ?? '').sort().at(-1) || undefined,
    );
  } else if (phq && gad) {
    add('depression-or-anxiety', 'absent', `latest PHQ-9 total ${phq.score} and GAD-7 total ${gad.score} (both < 10)`, [...phq.sources, ...gad.sources]);
  }

  // start-back-high-risk: LOINC 91352-5 = LA9193-9 (High), or the risk group of the latest scored STarT Back.
  const risk = latest(facts.startBackRisk);
  if (risk) add('start-back-high-risk', risk.risk === 'high' ? 'present' : 'absent', `latest STarT Back risk group (LOINC 91352-5): ${risk.risk}`, [risk.source], risk.date);

  // high-dose-opioids: "Opioids at 50 MME per day or more" — from AHRQ's computed MME/day observation.
  const mme = latest(facts.mme.filter((m) => !m.unit || /mme/i.test(m.unit)));
  if (mme) {
    add('high-dose-opioids', mme.value >= 50 ? 'present' : 'absent', `latest recorded MME/day ${mme.value} (threshold 50)`, [mme.source], mme.date);
  }

  // anticoagulant-or-coagulopathy: "An anticoagulant or antiplatelet drug taken around the time of surgery". Only
  // when an operation date is known and a course covers it (start on or before, no end or end on or after).
  const anti = d.medications.filter((m) => m.classes.includes('anticoagulant') || m.classes.includes('antiplatelet'));
  for (const s of d.surgeries) {
    if (!s.date) continue;
    const covering = anti.find((m) => m.start && m.start <= s.date! && (!m.end || m.end >= s.date!) && m.status !== 'entered-in-error');
    if (covering) {
      add('anticoagulant-or-coagulopathy', 'present', `${covering.name ?? covering.ingredients.join(', ')} (${covering.classes.join(', ')}) from ${covering.start} covers the operation of ${s.date}`, [covering.source]);
      break;
    }
  }

  const triage = deriveTriage(d, facts, ctx, referenceDate);
  return { findings: [...out, ...triage.findings], testResults: triage.testResults };
}

// ---------------------------------------------------------------------------------------------------------------
// Triage findings

interface Candidate {
  id: string;
  status: 'present' | 'absent';
  date?: string;
  because: string;
  sources: SourceRef[];
}

/** The latest spine operation on or before the reference date (operations after it are not the patient's past). */
export function latestOperation(d: PatientDraft, referenceDate?: string): string | undefined {
  return d.surgeries
    .map((s) => s.date)
    .filter((x): x is string => !!x && (!referenceDate || x <= referenceDate))
    .sort()
    .at(-1);
}

/** Reports an observation that was read: mapped (what it became) or not mapped (why it was not used). */
export interface FactReport {
  used(f: { source: SourceRef; path: string; coding: TemperatureFact['coding'] }, to: string): void;
  unused(f: { source: SourceRef; path: string; coding: TemperatureFact['coding'] }, reason: string): void;
}

function deriveTriage(d: PatientDraft, facts: ObservationFacts, ctx: ImportContext | undefined, referenceDate: string | undefined): Derived {
  const op = latestOperation(d, referenceDate);
  const info = (path: string, message: string) => ctx?.issue('information', 'informational', path, message);
  const report: FactReport = {
    used: (f, to) => ctx?.mapCode(f.source, f.path, f.coding, to),
    unused: (f, reason) => ctx?.unmapCode(f.source, f.path, f.coding, reason),
  };
  const candidates: Candidate[] = [];
  const tests: DraftTestResult[] = [];
  const addTest = (test: string, date: string, result: DraftTestResult['results'][number]) => {
    const same = tests.find((t) => t.test === test && t.date === date);
    if (!same) tests.push({ test, date, results: [result] });
    else if (!same.results.some((r) => r.id === result.id)) same.results.push(result);
  };
  const afterOp = (date: string | undefined) => !op || (date !== undefined && date >= op);

  fever(facts, op, afterOp, report, candidates);
  fromConditions(d.conditions, op, info, candidates, addTest);
  steroids(d.medications, referenceDate, info, candidates);
  markers(facts.labs, op, report, addTest);

  return { findings: resolve(candidates), testResults: tests.sort((a, b) => a.date.localeCompare(b.date) || a.test.localeCompare(b.test)) };
}

/**
 * fever: "Body temperature of 38.0 degrees C or higher." Readings at or after the latest operation are read (mapped);
 * the latest one decides. Earlier and undated readings are listed as not mapped, with the reason.
 */
function fever(facts: ObservationFacts, op: string | undefined, afterOp: (d?: string) => boolean, report: FactReport, out: Candidate[]): void {
  const usable: TemperatureFact[] = [];
  for (const t of facts.temperatures) {
    if (!t.date) report.unused(t, `body temperature ${t.recorded} has no date: not used for the fever finding`);
    else if (!afterOp(t.date)) report.unused(t, `body temperature ${t.recorded} of ${t.date} is before the latest operation (${op}): not used (post-operative criterion)`);
    else {
      usable.push(t);
      report.used(t, 'finding:fever');
    }
  }
  if (usable.length === 0) return;
  const last = usable.reduce((best, t) => (t.date! > best.date! || (t.date === best.date && t.celsius > best.celsius) ? t : best));
  const present = last.celsius >= 38;
  const earlierFever = usable.filter((t) => t !== last && t.celsius >= 38);
  out.push({
    id: 'fever',
    status: present ? 'present' : 'absent',
    date: last.date!,
    because:
      `latest body temperature ${last.recorded}${last.recorded.includes('degF') ? ` (${last.celsius} degrees C)` : ''} on ${last.date}: ${present ? '>= 38.0' : '< 38.0'} degrees C` +
      (!present && earlierFever.length ? `; earlier ${earlierFever.map((t) => `${t.celsius} degrees C on ${t.date}`).join(', ')}` : ''),
    sources: [last.source],
  });
}

const conditionDate = (c: DraftCondition) => c.onset ?? c.recorded;

function fromConditions(
  conditions: DraftCondition[],
  op: string | undefined,
  info: (p: string, m: string) => void,
  out: Candidate[],
  addTest: (test: string, date: string, r: DraftTestResult['results'][number]) => void,
): void {
  for (const c of conditions) {
    if (!c.finding && !c.testResult) continue;
    const date = conditionDate(c);
    const what = `coded ${c.display} (${c.code})`;
    if (c.timing === 'history') {
      out.push({ id: c.finding!, status: 'present', ...(date ? { date } : {}), because: `${what}${date ? ` since ${date}` : ''}`, sources: [c.source] });
      continue;
    }
    // Current: active, not abated (mapCondition reported the others), at or after the latest operation.
    if ((c.clinicalStatus && !['active', 'recurrence', 'relapse'].includes(c.clinicalStatus)) || c.abated) continue;
    if (op && date && date < op) {
      info(c.source.path, `${what} dated ${date}, before the latest operation (${op}): not recorded as ${c.finding ?? c.testResult!.finding} (post-operative criterion)`);
      continue;
    }
    if (c.testResult) {
      if (!date) {
        info(c.source.path, `${what} has no onset or recorded date: the ${c.testResult.test} result it implies needs a date, not recorded`);
        continue;
      }
      addTest(c.testResult.test, date, { id: c.testResult.finding, status: 'present', because: `${what} on ${date} (diagnosis read as the imaging result: confirm against the report)`, sources: [c.source] });
      continue;
    }
    const undated = op && !date ? ` (undated: cannot tell whether it follows the operation of ${op}; counted)` : '';
    out.push({ id: c.finding!, status: 'present', ...(date ? { date } : {}), because: `${what}${date ? ` on ${date}` : ''}${undated}`, sources: [c.source] });
  }
}

const NOT_TAKEN = new Set(['entered-in-error', 'cancelled', 'not-taken', 'draft', 'intended']);
const ONGOING = new Set(['active', 'on-hold', 'unknown']);

/**
 * osteoporosis-or-long-term-steroids: "long-term treatment with oral corticosteroids". Long-term = 3 months or more
 * (the FRAX definition of glucocorticoid use, past or present). A course is one record's own period: start to end, or
 * to the reference date while it is ongoing; refills are not chained (their gaps are unknown).
 */
function steroids(meds: DraftMedication[], referenceDate: string | undefined, info: (p: string, m: string) => void, out: Candidate[]): void {
  for (const m of meds) {
    if (!m.classes.includes('oral-corticosteroid') || (m.status && NOT_TAKEN.has(m.status))) continue;
    const name = m.name ?? m.ingredients.join(', ');
    const oral = [m.route, m.doseForm, m.name].some((t) => t && /\b(oral|by mouth|po)\b/i.test(t));
    if (!oral) {
      info(m.source.path, `${name}: route not known to be oral (no oral route or dose form): not counted as long-term oral corticosteroids`);
      continue;
    }
    const end = m.end ?? (m.status && ONGOING.has(m.status) && referenceDate ? referenceDate : undefined);
    if (!m.start || !end) {
      info(m.source.path, `${name}: ${m.start ? 'no end date and not ongoing' : 'no start date'}: duration unknown, not counted as long-term`);
      continue;
    }
    const last = referenceDate && end > referenceDate ? referenceDate : end;
    const days = daysBetween(m.start, last);
    if (days < LONG_TERM_STEROID_DAYS) {
      info(m.source.path, `${name}: ${days} days from ${m.start} to ${last}, under 3 months: not long-term`);
      continue;
    }
    out.push({
      id: 'osteoporosis-or-long-term-steroids',
      status: 'present',
      date: last,
      because: `${name}, oral corticosteroid, from ${m.start} to ${last}${m.end ? '' : ' (ongoing)'}: ${days} days (3 months or more: FRAX definition of glucocorticoid use)`,
      sources: [m.source],
    });
  }
}

/** Per day and marker, the highest plain value (a bound such as "< 5" only when there is no plain value). */
function perDay(labs: LabFact[]): Map<string, Partial<Record<LabFact['kind'], LabFact>>> {
  const byDay = new Map<string, Partial<Record<LabFact['kind'], LabFact>>>();
  for (const l of labs) {
    const day = byDay.get(l.date!) ?? {};
    const prev = day[l.kind];
    if (!prev || (prev.comparator && !l.comparator) || (!!prev.comparator === !!l.comparator && l.value > prev.value)) day[l.kind] = l;
    byDay.set(l.date!, day);
  }
  return byDay;
}

function over50(esr: LabFact): boolean | undefined {
  const v = esr.value;
  switch (esr.comparator) {
    case undefined:
      return v > 50;
    case '<':
    case '<=':
      return v <= 50 ? false : undefined;
    case '>':
      return v >= 50 ? true : undefined;
    case '>=':
      return v > 50 ? true : undefined;
  }
}

/**
 * D06 results (test `crp-esr`) from CRP, ESR and white cell count, by the knowledge-base definitions:
 * - crp-and-esr-both-raised: both above the reference range, measured 1-2 weeks or more after surgery (here: from day 7);
 *   crp-raised / esr-raised when only one of them was measured that day (same timing);
 * - esr-over-50-after-2-weeks: ESR above 50 mm/h two weeks (day 14) or more after surgery;
 * - crp-rising-after-day-6: a CRP after the sixth post-operative day higher than the CRP before it (since the operation);
 * - wbc-raised: white cell count above the reference range.
 * "Raised" is the laboratory's reference range or interpretation flag; without either, no raised value is recorded.
 */
function markers(labs: LabFact[], op: string | undefined, report: FactReport, addTest: (test: string, date: string, r: DraftTestResult['results'][number]) => void): void {
  if (labs.length === 0) return;
  const used = new Set<LabFact>();
  const why = new Map<LabFact, string>();
  const unusedAs = (l: LabFact, reason: string) => {
    if (!why.has(l)) why.set(l, reason);
  };
  const label = (l: LabFact) => {
    const name = l.kind === 'crp' ? 'CRP' : l.kind === 'esr' ? 'ESR' : 'white cell count';
    const converted = l.kind === 'crp' && !/mg\/l$/i.test(l.recorded) ? ` (= ${l.comparator ?? ''}${l.value} mg/L)` : '';
    return `${name} ${l.recorded}${converted}`;
  };
  const judged = (l: LabFact) => `${label(l)}: ${l.raised ? 'above' : 'not above'} the ${l.basis}`;
  for (const l of labs) {
    if (!l.date) unusedAs(l, `${label(l)} has no date: not used`);
    else if (!op) unusedAs(l, `${label(l)} of ${l.date}: no spine operation date, so the post-operative results of crp-esr cannot be judged`);
    else if (l.date < op) unusedAs(l, `${label(l)} of ${l.date} is before the latest operation (${op}): not used`);
  }
  if (op) {
    const byDay = perDay(labs.filter((l) => l.date && l.date >= op));
    const days = [...byDay.keys()].sort();
    for (const day of days) {
      const { crp, esr, wbc } = byDay.get(day)!;
      const n = daysBetween(op, day);
      const when = `day ${n} after the operation of ${op}`;
      const push = (id: string, present: boolean, because: string, from: LabFact[]) => {
        for (const f of from) used.add(f);
        addTest('crp-esr', day, { id, status: present ? 'present' : 'absent', because: `${because} (${when})`, sources: from.map((x) => x.source) });
      };
      if (crp || esr) {
        if (n < 7) {
          for (const l of [crp, esr]) if (l) unusedAs(l, `${label(l)} of ${day} is ${when}: raised values are expected in the first week (normal kinetics), so no raised result is recorded`);
        } else if (crp && esr) {
          if (crp.raised !== undefined && esr.raised !== undefined) push('crp-and-esr-both-raised', crp.raised && esr.raised, `${judged(crp)}; ${judged(esr)}`, [crp, esr]);
          else for (const l of [crp, esr]) unusedAs(l, `CRP and ESR of ${day}: ${[crp, esr].filter((x) => x.raised === undefined).map((x) => `${label(x)} (${x.basis})`).join(', ')}: whether both are raised cannot be judged`);
        } else {
          const only = (crp ?? esr)!;
          if (only.raised !== undefined) push(only.kind === 'crp' ? 'crp-raised' : 'esr-raised', only.raised, `${judged(only)}; ${only.kind === 'crp' ? 'ESR' : 'CRP'} not measured that day`, [only]);
          else unusedAs(only, `${label(only)} on ${day}: ${only.basis}, so whether it is raised cannot be judged`);
        }
      }
      if (esr && n >= 14) {
        const o = over50(esr);
        if (o !== undefined) push('esr-over-50-after-2-weeks', o, `${label(esr)} ${o ? '>' : '<='} 50 mm/h`, [esr]);
      }
      if (crp && !crp.comparator && n >= 7) {
        const prevDay = days.filter((x) => x < day && byDay.get(x)!.crp && !byDay.get(x)!.crp!.comparator).at(-1);
        const prev = prevDay ? byDay.get(prevDay)!.crp! : undefined;
        if (prev) push('crp-rising-after-day-6', crp.value > prev.value, `CRP ${crp.value} mg/L on ${day} ${crp.value > prev.value ? 'higher' : 'not higher'} than ${prev.value} mg/L on ${prevDay}`, [prev, crp]);
      }
      if (wbc) {
        if (wbc.raised !== undefined) push('wbc-raised', wbc.raised, judged(wbc), [wbc]);
        else unusedAs(wbc, `${label(wbc)} on ${day}: ${wbc.basis}, so whether it is raised cannot be judged`);
      }
    }
  }
  for (const l of labs) {
    if (used.has(l)) report.used(l, 'test:crp-esr');
    else report.unused(l, why.get(l) ?? `${label(l)}: another value of the same day was used (the highest)`);
  }
}

/** One value per finding: the latest dated candidate (present wins a tie); undated ones only when none is dated. */
function resolve(candidates: Candidate[]): DraftFinding[] {
  const byId = new Map<string, Candidate[]>();
  for (const c of candidates) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const out: DraftFinding[] = [];
  for (const [id, list] of byId) {
    const dated = list.filter((c) => c.date);
    const pool = dated.length ? dated : list;
    const top = pool.reduce((best, c) => {
      const a = c.date ?? '';
      const b = best.date ?? '';
      return a > b || (a === b && c.status === 'present' && best.status !== 'present') ? c : best;
    });
    const others = list.filter((c) => c !== top && c.status === top.status).length;
    out.push({
      id,
      status: top.status,
      ...(top.date ? { date: top.date } : {}),
      because: `${top.because}${others ? ` (and ${others} other record(s) saying the same)` : ''}`,
      sources: [...top.sources, ...list.filter((c) => c !== top && c.status === top.status).flatMap((c) => c.sources)],
    });
  }
  return out;
}

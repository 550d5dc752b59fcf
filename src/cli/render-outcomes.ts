/**
 * Report sections of outcome tracking: the questionnaire safety alerts (printed first, before the triage box) and the
 * OUTCOMES section (trend per measure with baseline → latest, change, category and thresholds with their basis;
 * treatment courses and escalations; the follow-up schedule).
 */
import type { CitedAssessment } from '../engine/assess.js';
import type { KbBasis } from '../knowledge/index.js';
import type { Basis } from '../instruments/index.js';
import { itemLabel, NEXT_STEP_TEXT, type Outcomes, type Trend } from '../outcomes/index.js';
import { basisLabel, wrap } from './render-assessment.js';

const WIDTH = 100;
const label = (b: Basis) => basisLabel(b as unknown as KbBasis);

function box(lines: string[]): string[] {
  const inner = WIDTH - 4;
  const out = [`+${'!'.repeat(WIDTH - 2)}+`];
  for (const l of lines) {
    if (l === '') out.push(`| ${''.padEnd(inner)} |`);
    for (const w of wrap(l, '', inner)) out.push(`| ${w.padEnd(inner)} |`);
  }
  out.push(`+${'!'.repeat(WIDTH - 2)}+`);
  return out;
}

/** Questionnaire alerts (PHQ-9 item 9), boxed; empty when there are none. */
export function renderAlerts(a: CitedAssessment): string[] {
  const alerts = a.outcomes.alerts;
  if (alerts.length === 0) return [];
  const lines: string[] = [];
  for (const al of alerts) {
    if (lines.length) lines.push('');
    const head = al.level === 'urgent' ? 'ALERT: THOUGHTS OF SELF-HARM' : 'CHECK: SELF-HARM QUESTION NOT ANSWERED';
    lines.push(`${head} - PHQ-9 of ${al.date} (${al.path})`);
    lines.push(al.message);
    if (al.patientMessage) lines.push(`Tell the patient: ${al.patientMessage}`);
  }
  return [...box(lines), ''];
}

const signed = (x: number, d = 1) => {
  const f = 10 ** d;
  const r = Math.round(x * f) / f;
  return `${r > 0 ? '+' : ''}${r}`;
};

function trendLine(t: Trend): string[] {
  const u = t.unit;
  const b = t.baseline;
  const l = t.latest;
  const out: string[] = [];
  if (!t.change) {
    out.push(`${t.label}: ${l.display}${u} (${l.date}); one score, no change yet`);
  } else {
    const c = t.change;
    const pct = c.percent === null ? 'baseline 0' : `${signed(c.percent, 0)}%`;
    let s = `${t.label}: ${b.display}${u} (${b.date}) -> ${l.display}${u} (${l.date}), change ${signed(c.absolute)}${u === '%' ? ' points' : ''} (${pct})`;
    if (t.immpact) s += `; IMMPACT: ${t.immpact.label}`;
    if (t.mic) s += `; ${t.mic.kind} ${t.mic.met ? 'met' : 'not met'}${t.mic.uncertain ? ' (uncertain)' : ''}`;
    if (!t.immpact && c.improvement < 0) s += '; worse than baseline';
    out.push(s);
  }
  if (t.pass) out.push(`PASS (ODI ≤${t.pass.max}): ${t.pass.met ? 'reached' : 'not reached'} at the latest score. ${t.pass.note}`);
  const all = t.points.length > 2 ? `; all: ${t.points.map((p) => p.display).join(', ')}` : '';
  out.push(`baseline: ${b.rule}${all}`);
  if (t.mic?.note) out.push(t.mic.note);
  for (const th of t.thresholds) out.push(`threshold: ${th.text} (${label(th.basis)})`);
  if (t.immpact && t.immpact.basis.kind === 'tool-logic') out.push(`category: ${label(t.immpact.basis)}: ${t.immpact.basis.note}`);
  if (t.note) out.push(t.note);
  return out;
}

export function renderOutcomes(a: CitedAssessment): string[] {
  const o: Outcomes = a.outcomes;
  const out: string[] = [];
  out.push('OUTCOMES (scores over time against baseline; every threshold with its source)');
  if (o.trends.length === 0) out.push('  No questionnaire scores recorded.');
  for (const t of o.trends) {
    const [first, ...rest] = trendLine(t);
    out.push(...wrap(`- ${first}`, '  ').map((x) => x.replace(/^ {2}- /, '- ')));
    for (const r of rest) out.push(...wrap(r, '    '));
  }
  if (o.pgic) {
    out.push(...wrap(`- PGIC ${o.pgic.date}: ${o.pgic.value} = ${o.pgic.label} (${o.pgic.text}; ${label(o.pgic.basis)})`, '  ').map((x, i) => (i === 0 ? x.trimStart() : x)));
  }

  // Current values the plan reads.
  const cur = o.current;
  const bits: string[] = [];
  for (const site of ['back', 'leg', 'neck', 'arm'] as const) {
    const v = cur.pain[site];
    if (!v || v.source !== 'questionnaire') continue;
    const vas = cur.vasFromNrs[site];
    bits.push(
      `${site} pain ${v.value}/10 (NRS ${v.date}, used because the case has no pain.${site})${vas ? ` ≈ ${vas.mm} mm VAS${vas.atLeast50Since ? `, ≥5/10 at every score since ${vas.atLeast50Since} (${vas.atLeast50Months} months)` : ''}` : ''}`,
    );
  }
  if (cur.odi) bits.push(`ODI ${Math.round(cur.odi.value * 10) / 10}% (${cur.odi.date})`);
  if (cur.ndi) bits.push(`NDI ${Math.round(cur.ndi.value * 10) / 10}% (${cur.ndi.date})`);
  if (bits.length) {
    const fromNrs = Object.values(cur.pain).some((v) => v && v.source === 'questionnaire');
    out.push(...wrap(`Current values: ${bits.join('; ')}.${fromNrs ? ` NRS read as VAS: ${label(cur.vasBasis)}.` : ''}`, '  ').map((x, i) => (i === 0 ? x.trimStart() : x)));
  }

  // Treatment courses and escalations.
  if (o.courses.length) {
    out.push('Treatment courses (judged once the stated course has run):');
    for (const c of o.courses) {
      const state =
        c.state === 'non-responder'
          ? c.nextStepTaken
            ? `not responding; next step already taken (${c.nextStepTaken.treatment} from ${c.nextStepTaken.start})`
            : 'NOT RESPONDING - ESCALATE'
          : c.state.replace(/-/g, ' ');
      const when = c.reviewDue ? `; judged from ${c.reviewDue} (${c.reviewPeriod}; ${label(c.reviewBasis!)})` : '';
      out.push(...wrap(`- ${c.treatment} started ${c.start} (${c.status}): ${state}${when}`, '    ').map((x, i) => (i === 0 ? `  ${x.trimStart()}` : x)));
      if (c.rule) out.push(...wrap(`rule: ${c.rule.text} (${label(c.rule.basis)})`, '    '));
      out.push(...wrap(c.reason, '    '));
    }
    for (const e of o.escalations) {
      out.push(...wrap(`ESCALATION: ${e.treatment} (course ${e.courseIndex}) has run its course below the responder rule: ${e.measure} ${e.baseline ?? '?'} -> ${e.latest ?? '?'}. ${NEXT_STEP_TEXT}`, '  '));
    }
  }

  // Follow-up schedule.
  const f = o.followUp;
  const pts = f.points.map((p) => {
    const what = p.status === 'done' ? '' : `: ${p.status === 'partial' || p.status === 'missed' ? 'missing' : 'record'} ${p.missing.map(itemLabel).join(', ')}`;
    return `${p.label} ${p.status === 'upcoming' || p.status === 'due' ? `(window ${p.window.from} to ${p.window.to})` : `(${p.target})`} ${p.status.toUpperCase()}${what}`;
  });
  out.push(...wrap(`Follow-up schedule (${label(f.basis)}): ${pts.join('; ')}. Also record: ${f.alsoRecord.join(', ')}.`, '  ').map((x, i) => (i === 0 ? x.trimStart() : x)));
  if (f.dueNow.length) out.push(...wrap(`Due now: ${f.dueNow.map((d) => `${d.label} (${d.status}): ${d.missing.map(itemLabel).join(', ')}`).join('; ')}.`, '  ').map((x, i) => (i === 0 ? x.trimStart() : x)));
  return out;
}

/**
 * The clinician letter: a STORED assessment printed as it was produced (never recomputed, so a later knowledge base
 * cannot change what the clinician saw). Order: identifiers and provenance (knowledge-base version and hash), red flags
 * and questionnaire alerts first in boxes, classification, ranked causes with their main evidence and uncertainty,
 * work-up, the plan by step, safety notes, sign-off status, and every citation in full. docs/letters.md.
 */
import { printedCitations, type PrintedCitation } from './citations.js';
import { COLORS, PdfWriter, type Run } from './layout.js';
import { arr, bool, cap, num, obj, pct, planItems, safetyItems, SEVERITY_RANK, str, strs, words, type Obj } from './read.js';

export interface LetterPatient {
  id: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: string;
  mrn: string | null;
}

export interface LetterAssessment {
  id: string;
  assessmentDate: string;
  knowledgeBase: { version: string; hash: string };
  engineVersion: string;
  urgency: string;
  timeZone: string;
  createdAt: string;
  /** Who ran it (display name), when known. */
  createdBy: string | null;
  /** The full stored output. */
  output: unknown;
}

export interface LetterSignOff {
  key: string;
  kind: string;
  title: string;
  decision: { decision: 'accept' | 'override'; reason: string | null; clinician: string; at: string } | null;
}

export interface LetterCarePlan {
  status: string;
  createdAt: string;
  steps: { key: string; title: string; status: string; note: string | null; updatedAt: string }[];
}

export interface ClinicianLetterInput {
  patient: LetterPatient;
  assessment: LetterAssessment;
  signOff: LetterSignOff[];
  /** The care plan made from this assessment, with its current step statuses. */
  carePlan?: LetterCarePlan | null;
  /** Text of a reference id the stored list lacks (plan/safety citations of older outputs): the current knowledge base. */
  resolveCitation?: (id: string) => { short: string; citation: string } | undefined;
  /** pdfkit stream compression (default on; tests turn it off to read the text without inflating). */
  compress?: boolean;
}

const CATEGORY_WORDS: Record<string, string> = {
  'red-flag': 'Red flag',
  anticoagulant: 'Anticoagulant hold',
  opioid: 'Opioids',
  medicine: 'Medicines',
  'work-up': 'Work-up safety',
  'unchecked-medicine': 'Not checked by SpinePath',
};
const URGENCY_WORDS: Record<string, string> = { emergency: 'EMERGENCY', urgent: 'URGENT', soon: 'SOON', routine: 'ROUTINE' };
const RECOMMENDATION_WORDS: Record<string, string> = { recommended: 'Recommended', consider: 'Consider', 'not-recommended': 'Not recommended', contraindicated: 'Contraindicated' };
const STEP_WORDS: Record<string, string> = { now: 'Now', next: 'Next (if not improved by the review time of the step before)', later: 'Later' };

export function patientLine(p: LetterPatient): string {
  return `${p.familyName.toUpperCase()}, ${p.givenName}`;
}

function evidenceText(e: Obj, shortOf: (id: string) => string): string {
  const lr = num(e.likelihoodRatio);
  const basis = obj(e.basis);
  const refs = strs(basis.refs).map(shortOf).join('; ');
  const where = [str(e.level), str(e.side)].filter(Boolean).join(' ');
  const origin = str(e.origin);
  return `${str(e.direction) === 'lowers' ? 'Lowers' : 'Raises'}: ${words(str(e.finding))} ${str(e.status)}${where ? ` (${where})` : ''}${origin && origin !== 'finding' ? ` [${origin}]` : ''}; LR ${lr === undefined ? '?' : lr}${bool(e.clamped) ? ' (clamped)' : ''}; ${str(basis.kind, 'basis not stated')}${refs ? `: ${refs}` : ''}`;
}

export async function renderClinicianLetter(input: ClinicianLetterInput): Promise<Buffer> {
  const { patient: p, assessment: a } = input;
  const out = obj(a.output);
  const citations = printedCitations(out, input.resolveCitation);
  const shortById = new Map(citations.map((c) => [c.id, c.short]));
  const shortOf = (id: string) => shortById.get(id) ?? id;
  const causeNames = new Map(arr(out.causes).map((c) => [str(c.id), str(c.name, str(c.id))]));
  const causeName = (id: string) => causeNames.get(id) ?? words(id);

  const w = new PdfWriter({
    title: `SpinePath assessment letter: ${patientLine(p)} (${a.assessmentDate})`,
    subject: `Assessment ${a.id} of ${a.assessmentDate}; knowledge base ${a.knowledgeBase.version} (${a.knowledgeBase.hash})`,
    keywords: 'SpinePath, PSPS-T2, clinician letter',
    createdAt: new Date(a.createdAt),
    footer: `${patientLine(p)} - born ${p.birthDate} - assessment of ${a.assessmentDate} - KB ${a.knowledgeBase.version} (${a.knowledgeBase.hash})`,
    ...(input.compress !== undefined ? { compress: input.compress } : {}),
  });

  // Identifiers and provenance.
  w.heading('SpinePath assessment: clinician letter', 1);
  w.para('Clinical decision support for persistent spinal pain after spine surgery. It supports, and does not replace, clinical judgement. Unknown findings are not absent.', { font: 'italic', size: 9, color: COLORS.muted, gap: 6 });
  w.fields([
    ['Patient', `${patientLine(p)} (${p.sex}), born ${p.birthDate}`],
    ['Identifiers', `${p.mrn ? `MRN ${p.mrn}; ` : ''}SpinePath patient ${p.id}`],
    ['Assessment', `${a.assessmentDate} (assessment ${a.id}), produced ${a.createdAt}${a.createdBy ? ` by ${a.createdBy}` : ''}, clinic time zone ${a.timeZone}`],
    ['Knowledge base', `version ${a.knowledgeBase.version}, hash ${a.knowledgeBase.hash}; engine ${a.engineVersion}`],
  ]);
  const decided = input.signOff.filter((s) => s.decision).length;
  const signOffState = input.signOff.length === 0 ? 'nothing to sign off' : decided === 0 ? 'NOT SIGNED OFF' : decided < input.signOff.length ? `PARTLY SIGNED OFF (${decided} of ${input.signOff.length} decided)` : `SIGNED OFF (${decided} of ${input.signOff.length} decided)`;
  w.fields([
    ['Overall urgency', URGENCY_WORDS[a.urgency] ?? a.urgency],
    ['Sign-off', signOffState],
  ]);
  w.para('This letter prints the assessment exactly as stored when it was produced; it is not recomputed with a later knowledge base.', { size: 8.5, color: COLORS.muted, gap: 4 });

  // Red flags first, boxed.
  const triage = obj(out.triage);
  const flags = arr(triage.redFlags);
  w.heading('Red flags', 2);
  if (flags.length === 0) {
    w.box('No red flag fired', [{ text: 'No red-flag rule fired on the findings recorded for this assessment. Findings not recorded are unknown, not absent.' }], { stroke: COLORS.heading, fill: COLORS.infoFill });
  }
  for (const f of flags) {
    const runs: Run[] = [];
    const review = obj(f.review);
    if (str(review.date)) runs.push({ text: `Reviewed ${str(review.date)}: ${str(review.outcome)}${str(review.by) ? ` (${str(review.by)})` : ''}. The flag no longer suppresses advice.`, font: 'bold' });
    runs.push({ text: 'Action', font: 'bold', gap: 1 });
    for (const act of strs(f.actions)) runs.push({ text: act, bullet: true, gap: 1 });
    if (str(f.timeFrame)) runs.push({ text: `Time frame: ${str(f.timeFrame)}`, gap: 3 });
    const fired = arr(f.firedBy);
    if (fired.length) {
      runs.push({ text: 'Fired by', font: 'bold', gap: 1 });
      for (const t of fired) runs.push({ text: `${str(t.description)} [${strs(t.findings).map(words).join(', ')}; ${str(t.urgency)}]`, bullet: true, gap: 1, size: 9 });
    }
    const tests = strs(f.tests);
    const causes = strs(f.causes);
    if (tests.length || causes.length) runs.push({ text: `${tests.length ? `Tests: ${tests.map(words).join(', ')}. ` : ''}${causes.length ? `Causes to consider: ${causes.map(causeName).join('; ')}.` : ''}`, size: 9 });
    for (const n of strs(f.notes)) runs.push({ text: n, bullet: true, size: 8.5, color: COLORS.muted, gap: 1 });
    if (strs(f.sources).length) runs.push({ text: `Sources: ${strs(f.sources).map(shortOf).join('; ')}`, size: 8.5, color: COLORS.muted });
    w.box(`RED FLAG ${str(f.code)}: ${str(f.name, str(f.id))} - ${URGENCY_WORDS[str(f.urgency)] ?? str(f.urgency)}`, runs, { stroke: COLORS.danger, fill: COLORS.dangerFill });
  }
  if (str(triage.suppression)) w.para(str(triage.suppression), { font: 'bold', color: COLORS.danger, gap: 6 });

  const alerts = arr(obj(out.outcomes).alerts);
  for (const al of alerts) {
    w.box(`QUESTIONNAIRE ALERT (${str(al.instrument).toUpperCase()} ${str(al.date)}) - ${str(al.level).toUpperCase()}`, [{ text: str(al.message) }, ...arr(al.resources).map((r) => ({ text: `${str(r.name)} (${str(r.region)}): ${str(r.contact)}`, bullet: true, size: 9 }))], {
      stroke: COLORS.danger,
      fill: COLORS.dangerFill,
    });
  }

  // Context and classification.
  const ctx = obj(out.context);
  const lo = obj(ctx.latestOperation);
  w.heading('Operation and timing', 2);
  w.fields([
    ['Latest operation', `${words(str(lo.procedure, '?'))} on ${str(lo.date, '?')}${strs(lo.levels).length ? `, levels ${strs(lo.levels).join(', ')}` : ''} (${str(ctx.region, '?')})`],
    ['Since surgery', `${num(ctx.monthsSinceSurgery) ?? '?'} months (${words(str(ctx.window, '?'))}); ${num(ctx.operationCount) ?? '?'} operation(s); implant ${bool(ctx.implant) ? 'yes' : 'no'}, fusion ${bool(ctx.fusion) ? 'yes' : 'no'}`],
  ]);

  const cl = obj(out.classification);
  w.heading('Classification', 2);
  const psps = obj(cl.psps);
  const icd11 = obj(cl.icd11);
  const icd10 = obj(cl.icd10cm);
  w.fields([
    ['PSPS', `${str(psps.label, 'PSPS-T2')}; chronic (3 months or more): ${str(psps.chronic, '?')}`],
    ['ICD-11', `${str(icd11.code, 'MG30.21')} ${str(icd11.display)}: criteria ${str(icd11.status, '?')}`],
    ['ICD-10-CM', `${str(icd10.code, 'M96.1')} ${str(icd10.display)}`],
  ]);
  w.bullets(arr(icd11.criteria).map((c) => `${str(c.label)}: ${str(c.status).toUpperCase()} (${str(c.reason)})`), { size: 9 });
  const ph = obj(cl.phenotype);
  if (str(ph.phenotype)) {
    const comps = Object.entries(obj(ph.components)).map(([k, v]) => `${k} ${str(v)}`).join(', ');
    w.fields([['Pain phenotype', `${str(ph.phenotype)}${comps ? ` (${comps})` : ''}`]]);
    w.bullets(strs(ph.reasons), { size: 9 });
  }

  // Causes.
  const causes = arr(out.causes);
  w.heading('Likely causes, ranked', 2);
  w.para('Each cause is scored on its own (causes can coexist): prior odds for the operation and time since surgery, times the likelihood ratios of the recorded findings. The range is the estimate when every expert-estimate number is varied; treat it as the uncertainty of the figure.', { size: 9, color: COLORS.muted, gap: 5 });
  if (causes.length === 0) w.para('No cause was scored.');
  const DETAILED = 5;
  causes.slice(0, DETAILED).forEach((c, i) => {
    const range = obj(c.range);
    const prior = obj(c.prior);
    const ev = arr(c.evidence)
      .slice()
      .sort((x, y) => Math.abs(num(y.logLr) ?? 0) - Math.abs(num(x.logLr) ?? 0) || str(x.finding).localeCompare(str(y.finding)));
    const runs: Run[] = [
      { text: `${i + 1}. ${str(c.name, str(c.id))} (${str(c.code)}): ${pct(num(c.probability))}, ${str(c.band, '?')}`, font: 'bold', size: 10.5, gap: 1 },
      {
        text: `Uncertainty range ${pct(num(range.low))} to ${pct(num(range.high))}. Prior ${pct(num(prior.probability))} after ${words(str(prior.operation, '?'))}, ${words(str(prior.window, '?'))} (${str(obj(prior.basis).kind, '?')}).${bool(c.correctableLesion) ? ' A correctable structural lesion.' : ''}${strs(c.redFlags).length ? ` Red flags: ${strs(c.redFlags).join(', ')}.` : ''}`,
        size: 9,
        gap: 1,
      },
    ];
    if (ev.length) {
      runs.push({ text: `Main evidence (${Math.min(3, ev.length)} of ${ev.length}):`, size: 9, font: 'bold', gap: 1 });
      for (const e of ev.slice(0, 3)) runs.push({ text: evidenceText(e, shortOf), bullet: true, size: 9, gap: 1 });
    } else runs.push({ text: 'No recorded finding moved this cause: the prior alone.', size: 9 });
    runs[runs.length - 1]!.gap = 6;
    w.block(runs, { keepTogether: true });
  });
  if (causes.length > DETAILED) {
    w.para('Other causes scored:', { font: 'bold', size: 9, gap: 1 });
    w.bullets(
      causes.slice(DETAILED).map((c, i) => `${DETAILED + i + 1}. ${str(c.name, str(c.id))} (${str(c.code)}): ${pct(num(c.probability))} (${pct(num(obj(c.range).low))} to ${pct(num(obj(c.range).high))}), ${str(c.band)}`),
      { size: 9 },
    );
  }
  const excluded = arr(out.excludedCauses);
  if (excluded.length) {
    w.para('Not scored (impossible here):', { font: 'bold', size: 9, gap: 1 });
    w.bullets(excluded.map((x) => `${str(x.name, str(x.id))} (${str(x.code)}): ${str(x.reason)}`), { size: 8.5, color: COLORS.muted });
  }

  // Work-up.
  const workup = arr(out.workup);
  const wd = obj(out.workupDetail);
  w.heading('Work-up', 2);
  if (workup.length === 0) w.para('No further test proposed.');
  workup.forEach((t, i) => {
    const confirms = arr(t.confirms).map((x) => causeName(str(x.cause)));
    const excludes = arr(t.excludes).map((x) => causeName(str(x.cause)));
    const runs: Run[] = [
      { text: `${i + 1}. ${str(t.name, str(t.test))} - ${URGENCY_WORDS[str(t.priority)] ?? str(t.priority)}${str(t.redFlag) ? ` (red flag ${str(t.redFlag)})` : ''}`, font: 'bold', gap: 1 },
      { text: str(t.rationale), size: 9, gap: 1 },
    ];
    if (confirms.length || excludes.length) runs.push({ text: `${confirms.length ? `Would support: ${[...new Set(confirms)].join('; ')}. ` : ''}${excludes.length ? `Would argue against: ${[...new Set(excludes)].join('; ')}.` : ''}`, size: 9, color: COLORS.muted, gap: 1 });
    runs[runs.length - 1]!.gap = 5;
    w.block(runs, { keepTogether: true });
  });
  const done = arr(wd.alreadyDone);
  if (done.length) w.bullets(done.map((d) => `Already done: ${words(str(d.test))} on ${str(d.date)} (valid until ${str(d.validUntil)})`), { size: 9 });
  const suppressed = arr(wd.suppressed);
  if (suppressed.length) w.bullets(suppressed.map((s) => `Held back: ${words(str(s.test))}: ${str(s.reason)}`), { size: 9 });

  // Plan.
  renderPlan(w, out, input.carePlan ?? null, shortOf);

  // Medicines and safety.
  renderMedicines(w, out);
  renderSafety(w, out, shortOf);

  // Sign-off.
  w.heading('Sign-off', 2);
  if (input.signOff.length === 0) w.para('This assessment has no recommendation to sign off.');
  else {
    w.para(`${decided} of ${input.signOff.length} recommendations decided; ${input.signOff.length - decided} open.`, { font: 'bold' });
    w.bullets(
      input.signOff.map((s) =>
        s.decision
          ? `${s.decision.decision === 'accept' ? 'ACCEPTED' : 'OVERRIDDEN'}: ${s.title} - ${s.decision.clinician}, ${s.decision.at}${s.decision.reason ? `. Reason: ${s.decision.reason}` : ''}`
          : `OPEN: ${s.title}`,
      ),
      { size: 9 },
    );
  }

  // Citations.
  renderCitations(w, citations);
  return w.finish();
}

function renderPlan(w: PdfWriter, out: Obj, carePlan: LetterCarePlan | null, shortOf: (id: string) => string): void {
  const items = planItems(out);
  w.heading('Treatment plan', 2);
  if (items.length === 0) {
    w.para(out.plan === undefined ? 'This assessment has no treatment plan (it was produced by an engine without the plan stage).' : 'The plan stage proposed no item.');
  }
  const byStep = new Map<string, Obj[]>();
  for (const it of items) {
    const s = str(it.step, 'unstaged');
    byStep.set(s, [...(byStep.get(s) ?? []), it]);
  }
  const order = ['now', 'next', 'later', ...[...byStep.keys()].filter((k) => !['now', 'next', 'later'].includes(k))];
  const statusByKey = new Map((carePlan?.steps ?? []).map((s) => [s.key, s]));
  for (const step of order) {
    const list = byStep.get(step);
    if (!list?.length) continue;
    w.heading(STEP_WORDS[step] ?? cap(words(step)), 3, 30);
    for (const it of list) {
      const rec = str(it.recommendation);
      const key = str(it.treatment, str(it.id, str(it.key)));
      const st = statusByKey.get(key);
      const runs: Run[] = [
        {
          text: `${str(it.name, str(it.title, key))}${str(it.code) ? ` (${str(it.code)})` : ''}: ${RECOMMENDATION_WORDS[rec] ?? rec}${st ? ` [care plan: ${st.status}${st.note ? `, ${st.note}` : ''}]` : ''}`,
          font: 'bold',
          color: rec === 'contraindicated' || rec === 'not-recommended' ? COLORS.danger : COLORS.text,
          gap: 1,
        },
      ];
      if (str(it.suppressed)) runs.push({ text: `Held back: ${str(it.suppressed)}`, size: 9, color: COLORS.danger, gap: 1 });
      for (const r of strs(it.reasons)) runs.push({ text: r, bullet: true, size: 9, gap: 1 });
      if (str(it.review)) runs.push({ text: `Review: ${str(it.review)}`, size: 9, gap: 1 });
      for (const m of strs(it.missing)) runs.push({ text: `Missing: ${m}`, bullet: true, size: 9, gap: 1 });
      for (const c of arr(it.criteria)) runs.push({ text: `${str(c.label)}: ${str(c.status).toUpperCase()}${str(c.value) ? `, ${str(c.value)}` : ''}${bool(c.approximate) ? ' (approximation)' : ''}. ${str(c.reason)}`, bullet: true, size: 9, gap: 1 });
      for (const c of strs(it.contraindications)) runs.push({ text: `Contraindication: ${c}`, bullet: true, size: 9, color: COLORS.danger, gap: 1 });
      for (const c of strs(it.cautions)) runs.push({ text: `Caution: ${c}`, bullet: true, size: 9, color: COLORS.warn, gap: 1 });
      const goals = obj(it.goals);
      if (strs(goals.supports).length || strs(goals.conflicts).length) {
        runs.push({ text: `Patient's goals served: ${strs(goals.supports).map(words).join(', ') || 'none recorded'}; preferences against: ${strs(goals.conflicts).map(words).join(', ') || 'none recorded'}`, size: 9, gap: 1 });
      }
      for (const e of strs(it.evidence)) runs.push({ text: e, bullet: true, size: 8.5, color: COLORS.muted, gap: 1 });
      for (const g of arr(it.guidelines)) runs.push({ text: `${str(g.body)} (${str(g.jurisdiction)}): ${str(g.position)}. ${str(g.statement)}`, bullet: true, size: 8.5, color: COLORS.muted, gap: 1 });
      if (strs(it.citations).length) runs.push({ text: `Sources: ${strs(it.citations).map(shortOf).join('; ')}`, size: 8.5, color: COLORS.muted, gap: 1 });
      runs[runs.length - 1]!.gap = 6;
      w.block(runs);
    }
  }
  const esc = arr(obj(out.outcomes).escalations);
  if (esc.length) {
    w.heading('Courses not working (stepped care)', 3, 30);
    w.bullets(esc.map((e) => `${words(str(e.treatment))} from ${str(e.courseStart)}: ${str(e.reason)} (rule: ${str(e.threshold)}; review due ${str(e.reviewDue)})`), { size: 9 });
  }
  if (carePlan && carePlan.steps.some((s) => !items.some((it) => str(it.treatment, str(it.id, str(it.key))) === s.key))) {
    w.heading('Care plan steps', 3, 30);
    w.bullets(carePlan.steps.map((s) => `${s.title}: ${s.status}${s.note ? ` (${s.note})` : ''}, updated ${s.updatedAt}`), { size: 9 });
  }
}

function renderMedicines(w: PdfWriter, out: Obj): void {
  const meds = obj(out.medications);
  const entries = arr(meds.entries);
  if (!entries.length) return;
  w.heading('Medicines', 2);
  w.bullets(
    entries.map((m) => {
      const mme = num(m.mmePerDay);
      return `${str(m.name)}${str(m.drug) ? ` (${str(m.drug)})` : ' (not in the drug dictionary)'}${strs(m.classes).length ? `: ${strs(m.classes).map(words).join(', ')}` : ''}${mme !== undefined ? `; ${mme} MME/day` : ''}${str(m.mmeNote) ? ` (${str(m.mmeNote)})` : ''}`;
    }),
    { size: 9 },
  );
  const total = num(meds.totalMme);
  if (total !== undefined) w.para(`Total opioid dose: ${total} MME/day${bool(meds.incomplete) ? ' at least (an opioid could not be converted)' : ''} (CDC 2022 conversion factors).`, { font: 'bold', size: 9.5 });
}

function renderSafety(w: PdfWriter, out: Obj, shortOf: (id: string) => string): void {
  const items = safetyItems(out)
    .map((s, i) => ({ s, i }))
    .sort((x, y) => (SEVERITY_RANK[str(x.s.severity)] ?? 3) - (SEVERITY_RANK[str(y.s.severity)] ?? 3) || x.i - y.i)
    .map((x) => x.s);
  w.heading('Safety notes', 2);
  if (items.length === 0) {
    w.para(out.safety === undefined ? 'This assessment has no safety checks (it was produced by an engine without the safety stage): check anticoagulant holds before procedures and opioid doses yourself.' : 'No safety alert.');
    return;
  }
  const groups: [string, string, { stroke: string; fill: string }][] = [
    ['block', 'Do not proceed until resolved', { stroke: COLORS.danger, fill: COLORS.dangerFill }],
    ['warn', 'Warnings', { stroke: COLORS.warn, fill: COLORS.warnFill }],
    ['info', 'For information', { stroke: COLORS.heading, fill: COLORS.infoFill }],
  ];
  const level = (s: Obj) => {
    const r = SEVERITY_RANK[str(s.severity)] ?? 2;
    return r === 0 ? 'block' : r === 1 ? 'warn' : 'info';
  };
  for (const [sev, title, colors] of groups) {
    const list = items.filter((s) => level(s) === sev);
    if (!list.length) continue;
    const runs: Run[] = [];
    for (const s of list) {
      const concerned = [...strs(s.drugs), ...strs(s.procedures), ...strs(s.medications)];
      const category = CATEGORY_WORDS[str(s.category)] ?? (str(s.category) ? cap(words(str(s.category))) : '');
      runs.push({ text: `${category ? `${category}: ` : ''}${str(s.message, str(s.title, str(s.id)))}${concerned.length ? ` [${concerned.map(words).join(', ')}]` : ''}`, bullet: true, gap: 1 });
      if (bool(s.verify)) runs.push({ text: 'VERIFY: rests on a value not confirmed in a retrieved source; check against the guideline before acting.', indent: 12, size: 9, font: 'bold', color: COLORS.danger, gap: 1 });
      for (const j of arr(s.jurisdictions)) runs.push({ text: `${str(j.body)} (${str(j.jurisdiction)}): ${str(j.position)}`, indent: 12, size: 9, gap: 1 });
      for (const d of strs(s.details)) runs.push({ text: d, indent: 12, size: 9, gap: 1 });
      if (strs(s.citations).length) runs.push({ text: `Sources: ${strs(s.citations).map(shortOf).join('; ')}`, indent: 12, size: 8.5, color: COLORS.muted, gap: 3 });
    }
    w.box(`${title} (${list.length})`, runs, colors);
  }
}

function renderCitations(w: PdfWriter, citations: PrintedCitation[]): void {
  w.heading('References', 2);
  if (!citations.length) {
    w.para('No reference cited.');
    return;
  }
  citations.forEach((c, i) => {
    w.para(`[${i + 1}] ${c.short} (${c.id}): ${c.citation}${c.resolvedNow ? ' [from the current knowledge base: not in the stored reference list]' : ''}`, { size: 8.5, gap: 2 });
  });
}

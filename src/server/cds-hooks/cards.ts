/**
 * CDS Hooks 2.0 cards from an evaluation:
 * - every active red flag: `critical`, with the urgent action and its time frame (and PHQ-9 item 9 alerts likewise);
 * - one summary card: `warning` when anything is urgent, `info` otherwise: the top causes with probability and band
 *   and the next tests, or, when SpinePath cannot assess, why not and what to record;
 * - one link card (`absolute`) to the patient in the SpinePath app.
 * Each card has a uuid, a summary of fewer than 140 characters (the specification's limit; enforced here), an
 * indicator, a source ({label, url, topic}) and a Markdown detail that cites its sources. Text that comes from the
 * EHR is escaped before it enters Markdown.
 */
import { randomUUID } from 'node:crypto';
import type { Assessment } from '../../engine/assess.js';
import { formatCitation } from '../../engine/assess.js';
import { compiledKb } from '../../engine/compiled-kb.js';
import type { FiredRedFlag } from '../../engine/triage.js';
import type { OutcomeAlert } from '../../outcomes/alerts.js';
import type { Evaluation } from './evaluate.js';
import { PREFETCH, type PrefetchKey } from './service.js';

export interface Coding {
  system: string;
  code: string;
  display: string;
}

export interface Card {
  uuid: string;
  summary: string;
  indicator: 'info' | 'warning' | 'critical';
  detail: string;
  source: { label: string; url?: string; topic?: Coding };
  links?: { label: string; url: string; type: 'absolute' | 'smart' }[];
  overrideReasons?: Coding[];
}

/** CDS Hooks: "One-sentence, <140-character summary". */
export const SUMMARY_MAX = 139;

export const TOPIC_SYSTEM = 'urn:spinepath:cds:topic';
export const OVERRIDE_SYSTEM = 'urn:spinepath:cds:override-reason';

const topic = (code: string, display: string): Coding => ({ system: TOPIC_SYSTEM, code, display });
export const TOPICS = {
  redFlag: topic('red-flag', 'Red flag after spine surgery'),
  alert: topic('questionnaire-alert', 'Questionnaire alert'),
  assessment: topic('psps-assessment', 'PSPS-T2 assessment'),
  link: topic('open-spinepath', 'Open SpinePath'),
};

export const OVERRIDE_REASONS: Coding[] = [
  { system: OVERRIDE_SYSTEM, code: 'already-addressed', display: 'Already assessed or being managed' },
  { system: OVERRIDE_SYSTEM, code: 'record-incorrect', display: 'The record is wrong or incomplete' },
  { system: OVERRIDE_SYSTEM, code: 'not-relevant', display: 'Not relevant for this patient now' },
  { system: OVERRIDE_SYSTEM, code: 'patient-declined', display: 'Patient declined' },
];

/** Shortens to at most SUMMARY_MAX characters, at a word boundary, with an ellipsis. */
export function fitSummary(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= SUMMARY_MAX) return t;
  const cut = t.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.(—-]+$/, '')}…`;
}

/** Text from the EHR made inert in Markdown (no links, emphasis, headings or HTML). */
export const escapeMd = (s: string): string => s.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

const SYSTEM_NAMES: Record<string, string> = {
  'http://snomed.info/sct': 'SNOMED CT',
  'http://hl7.org/fhir/sid/icd-10-cm': 'ICD-10-CM',
  'http://hl7.org/fhir/sid/icd-10': 'ICD-10',
  'http://id.who.int/icd/release/11/mms': 'ICD-11',
};
const systemName = (s: string): string => SYSTEM_NAMES[s] ?? escapeMd(s);

/** A cause or test name without its parentheticals and alternatives ("Instability (iatrogenic...)" -> "Instability"). */
export const shortName = (name: string): string => name.replace(/\s*\([^)]*\)/g, '').split(' / ')[0]!.trim() || name;

const pct = (p: number): string => (p >= 0.995 ? '>99%' : p < 0.005 ? '<1%' : `${Math.round(p * 100)}%`);

interface RefLink {
  short: string;
  url?: string;
  citation: string;
}

const refCache = new Map<string, RefLink>();
/** A knowledge-base reference as a short label, a URL (doi, PubMed or its own) and a full citation; cached. */
export function refLink(id: string): RefLink {
  let r = refCache.get(id);
  if (!r) {
    const ref = compiledKb().referenceById.get(id);
    const url = ref?.url ?? (ref?.doi ? `https://doi.org/${ref.doi}` : ref?.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/` : undefined);
    r = { short: ref?.short ?? id, ...(url ? { url } : {}), citation: ref ? formatCitation(ref) : id };
    refCache.set(id, r);
  }
  return r;
}

function sourcesMd(ids: readonly string[]): string {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return '';
  return `\n\n**Sources**\n${uniq.map((id) => `- ${refLink(id).citation}`).join('\n')}`;
}

const testName = (id: string): string => compiledKb().testById.get(id)?.name ?? id;
const findingName = (id: string): string => compiledKb().findingById.get(id)?.label ?? id;

export interface CardContext {
  /** SpinePath's public base URL (source URLs). */
  appUrl: string;
  /** The patient's page in SpinePath (or where to find them). */
  patientUrl: string;
  patientKnown: boolean;
  kb: { version: string; hash: string };
  /** Prefetch templates SpinePath did not receive and could not fetch, with why. */
  missing: { key: PrefetchKey; reason: string }[];
  /** Other notes for the summary card (resources about other patients ignored, fetch problems). */
  notes: string[];
}

export function redFlagCard(f: FiredRedFlag, ctx: CardContext): Card {
  const action = f.actions[0] ?? 'urgent review';
  const summary = fitSummary(`Red flag: ${f.name}. ${action}${f.timeFrame ? ` (${f.timeFrame})` : ''}`);
  const fired = f.firedBy.map((t) => `- ${t.description} (${t.findings.map(findingName).join(', ')})`).join('\n');
  const detail = [
    `**${f.name}**: ${f.urgency}. Time frame: ${f.timeFrame || 'as soon as possible'}.`,
    `**Why**\n${fired}`,
    `**Do**\n${f.actions.map((a) => `- ${a}`).join('\n')}`,
    f.tests.length ? `**Tests**\n${f.tests.map((t) => `- ${testName(t)}`).join('\n')}` : '',
    f.notes.length ? f.notes.map((n) => `> ${n}`).join('\n') : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const first = f.sources[0] ? refLink(f.sources[0]) : undefined;
  return {
    uuid: randomUUID(),
    summary,
    indicator: 'critical',
    detail: detail + sourcesMd(f.sources),
    source: { label: first ? `SpinePath red flags (${first.short})` : 'SpinePath red flags', url: first?.url ?? ctx.appUrl, topic: TOPICS.redFlag },
    links: [{ label: 'Open in SpinePath', url: ctx.patientUrl, type: 'absolute' }],
    overrideReasons: OVERRIDE_REASONS,
  };
}

export function alertCard(a: OutcomeAlert, ctx: CardContext): Card {
  return {
    uuid: randomUUID(),
    summary: fitSummary(`PHQ-9 of ${a.date}: ${a.message}`),
    indicator: a.level === 'urgent' ? 'critical' : 'warning',
    detail: `${a.message}\n\nFrom the PHQ-9 of ${a.date} (item 9). Follow the clinic's suicide-risk pathway.`,
    source: { label: 'SpinePath questionnaire alerts (PHQ-9)', url: ctx.appUrl, topic: TOPICS.alert },
    links: [{ label: 'Open in SpinePath', url: ctx.patientUrl, type: 'absolute' }],
    overrideReasons: OVERRIDE_REASONS,
  };
}

function missingMd(ctx: CardContext): string {
  const lines: string[] = [];
  if (ctx.missing.length) lines.push(`**Not received**: ${ctx.missing.map((m) => `${PREFETCH[m.key].label} (${m.reason})`).join('; ')}. What they would show is not considered here.`);
  for (const n of ctx.notes) lines.push(n);
  return lines.length ? `\n\n${lines.join('\n\n')}` : '';
}

const kbLine = (ctx: CardContext) => `\n\nSpinePath knowledge base ${ctx.kb.version}. Decision support for a clinician; it does not replace clinical judgement.`;

function assessedSummary(a: Assessment, ctx: CardContext, activeFlags: number): Card {
  const urgent = a.triage.urgency !== 'routine' && activeFlags > 0;
  const top = a.causes.slice(0, 3);
  const tests = a.workup.slice(0, 3);
  const causesShort = top.map((c) => `${shortName(c.name)} ${pct(c.probability)}`).join(', ');
  const testsShort = tests.map((t) => shortName(t.name)).join(', ');
  const summary = fitSummary(
    urgent ? `PSPS-T2: ${a.triage.urgency} red flag first; then ${causesShort}` : `PSPS-T2, likely causes: ${causesShort}${testsShort ? `. Next: ${testsShort}` : ''}`,
  );
  const op = a.context.latestOperation;
  const table = top.length
    ? `| cause | probability | range | band |\n|---|---|---|---|\n${top.map((c) => `| ${c.name} | ${pct(c.probability)} | ${pct(c.range.low)}–${pct(c.range.high)} | ${c.band} |`).join('\n')}`
    : 'No cause could be ranked.';
  const causeName = (id: string) => shortName(compiledKb().causeById.get(id)?.cause.name ?? id);
  const next = tests.length
    ? `**Next tests**\n${tests
        .map((t) => {
          const decides = [...new Set([...t.confirms, ...t.excludes].map((e) => causeName(e.cause)))];
          return `- ${t.name} (${t.priority})${decides.length ? `: helps decide ${decides.join(', ')}` : ''}`;
        })
        .join('\n')}`
    : '**Next tests**: none proposed.';
  const refs = [...a.classification.psps.sources, ...top.flatMap((c) => [...c.prior.basis.refs, ...c.evidence.flatMap((e) => e.basis.refs)])];
  const detail = [
    `**${a.classification.psps.label}** (ICD-11 ${a.classification.icd11.code}, ICD-10-CM ${a.classification.icd10cm.code}) after ${a.context.operation} of ${op.date}${op.levels.length ? ` at ${op.levels.join(', ')}` : ''}, ${a.context.monthsSinceSurgery} months ago.`,
    a.triage.suppression ?? '',
    `**Most likely causes**\n\n${table}`,
    next,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uuid: randomUUID(),
    summary,
    indicator: urgent ? 'warning' : 'info',
    detail: detail + missingMd(ctx) + kbLine(ctx) + sourcesMd(refs.slice(0, 12)),
    source: { label: `SpinePath ${ctx.kb.version}`, url: ctx.appUrl, topic: TOPICS.assessment },
    links: [{ label: 'Full assessment in SpinePath', url: ctx.patientUrl, type: 'absolute' }],
    overrideReasons: OVERRIDE_REASONS,
  };
}

function notAssessableSummary(e: Extract<Evaluation, { kind: 'not-assessable' }>, ctx: CardContext, activeFlags: number): Card {
  const urgent = e.triage.urgency !== 'routine' && activeFlags > 0;
  const procedures = ctx.missing.some((m) => m.key === 'procedures');
  const head = e.reason === 'no spine operation recorded' ? (procedures ? 'No Procedures received' : 'No spine operation recorded') : 'Spine operation details missing';
  const summary = fitSummary(`${head}: SpinePath cannot assess PSPS-T2${activeFlags ? `; ${activeFlags} red flag${activeFlags > 1 ? 's' : ''} from the findings` : ''}`);
  const lines: string[] = [];
  if (e.reason === 'no spine operation recorded') {
    lines.push(
      procedures
        ? 'The EHR sent no Procedures, so SpinePath cannot tell whether and when the patient had spine surgery. Causes of persistent pain after surgery are not ranked.'
        : 'None of the Procedures is a spine operation SpinePath recognises (CPT codes of lumbar and cervical decompression and fusion, or a spine procedure named with its levels). Causes of persistent pain after surgery are not ranked.',
    );
  } else {
    lines.push(`A spine operation is recorded but SpinePath needs more about it: ${e.missing.map((m) => `\`${m.path}\` (${escapeMd(m.message)})`).join('; ')}.`);
  }
  if (e.pspsCondition) {
    const c = e.pspsCondition;
    lines.push(`The record lists **${escapeMd(c.display)}** (${systemName(c.system)} ${escapeMd(c.code)}${c.onset ? `, onset ${c.onset}` : ''}), which implies an earlier ${c.region ?? 'spine'} operation: record it in SpinePath with its date, procedure and levels to get an assessment.`);
  }
  lines.push(
    activeFlags
      ? `Red flags were checked against the findings the record holds (${activeFlags} fired, see their cards).`
      : e.draft.findings.length
        ? `Red flags were checked against the findings the record holds; none fired. Findings not recorded are not assumed absent.`
        : 'The record holds no findings SpinePath can check red flags against.',
  );
  return {
    uuid: randomUUID(),
    summary,
    indicator: urgent ? 'warning' : 'info',
    detail: lines.join('\n\n') + missingMd(ctx) + kbLine(ctx),
    source: { label: `SpinePath ${ctx.kb.version}`, url: ctx.appUrl, topic: TOPICS.assessment },
    links: [{ label: ctx.patientKnown ? 'Open the patient in SpinePath' : 'Add the patient in SpinePath', url: ctx.patientUrl, type: 'absolute' }],
  };
}

export function linkCard(ctx: CardContext): Card {
  return {
    uuid: randomUUID(),
    summary: ctx.patientKnown ? 'Open SpinePath for the full assessment, care plan and follow-up' : 'Open SpinePath to add this patient and follow their course',
    indicator: 'info',
    detail: ctx.patientKnown
      ? 'The patient is in SpinePath: the full assessment with every piece of evidence, the care plan, questionnaires and follow-up are there.'
      : 'The patient is not yet in SpinePath: import the record from the EHR or enter the operation to follow their course.',
    source: { label: 'SpinePath', url: ctx.appUrl, topic: TOPICS.link },
    links: [{ label: 'Open SpinePath', url: ctx.patientUrl, type: 'absolute' }],
  };
}

/** All cards for an evaluation, most urgent first. */
export function cardsFor(e: Evaluation, ctx: CardContext): Card[] {
  const flags = (e.kind === 'assessed' ? e.assessment.triage : e.triage).redFlags.filter((f) => !f.review);
  const cards: Card[] = flags.map((f) => redFlagCard(f, ctx));
  if (e.kind === 'assessed') for (const a of e.assessment.outcomes.alerts) cards.push(alertCard(a, ctx));
  cards.push(e.kind === 'assessed' ? assessedSummary(e.assessment, ctx, flags.length) : notAssessableSummary(e, ctx, flags.length));
  cards.push(linkCard(ctx));
  return cards;
}

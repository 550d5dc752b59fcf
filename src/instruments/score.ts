/**
 * `score(instrumentId, answers, options?)`: exact scoring of SpinePath's own answer format or a FHIR R4
 * QuestionnaireResponse. Pure: no I/O. Never throws for bad answers (they come back as `errors` naming the item and
 * no score); throws `UnknownInstrumentError` for an instrument id that does not exist.
 */
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { phq9Alerts } from './alerts.js';
import { type Collected, collectAnswerSet, collectQuestionnaireResponse } from './collect.js';
import { COMPILED } from './compile.js';
import { PHQ9_ITEM9 } from './definitions/phq9.js';
import { SCORER_NAME, SCORER_VERSION } from './constants.js';
import { getInstrument } from './registry.js';
import { formatScore } from './rounding.js';
import type {
  Alert,
  Band,
  InstrumentDefinition,
  InstrumentId,
  MissingDecision,
  MissingRuleApplied,
  ScoreOptions,
  ScoreResult,
  SubscoreResult,
} from './types.js';

export function bandFor(bands: readonly Band[], value: number): Band | null {
  for (const b of bands) {
    if (b.maxInclusive === false ? value < b.max : value <= b.max) return b;
  }
  return null;
}

function isQuestionnaireResponse(x: unknown): x is QuestionnaireResponse {
  return typeof x === 'object' && x !== null && (x as { resourceType?: unknown }).resourceType === 'QuestionnaireResponse';
}

function collect(id: InstrumentId, input: unknown): Collected {
  if (isQuestionnaireResponse(input)) return collectQuestionnaireResponse(id, input);
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const rt = (input as { resourceType?: unknown }).resourceType;
    if (rt === undefined) return collectAnswerSet(id, input as Record<string, unknown>);
    return failed(id, `a FHIR ${String(rt)} is not a QuestionnaireResponse`);
  }
  return failed(id, 'answers must be an object: SpinePath answer format or a FHIR QuestionnaireResponse');
}

function failed(id: InstrumentId, message: string): Collected {
  const n = COMPILED[id].items.length;
  return {
    values: new Array<number | undefined>(n).fill(undefined),
    scores: new Array<number | undefined>(n).fill(undefined),
    invalid: new Array<boolean>(n).fill(false),
    errors: [{ code: 'bad-input', message }],
    warnings: [],
  };
}

function effectiveMinAnswered(def: InstrumentDefinition, options: ScoreOptions | undefined, warnings: string[]) {
  const scored = COMPILED[def.id].scoredCount;
  const asked = options?.policy?.minAnswered?.[def.id];
  if (asked === undefined) return { min: def.missing.minAnswered, overridden: false };
  if (!def.missing.configurable) {
    warnings.push(`policy minAnswered for ${def.id} ignored: its missing-item rule (${def.missing.method}) is not configurable`);
    return { min: def.missing.minAnswered, overridden: false };
  }
  if (!Number.isInteger(asked) || asked < 1 || asked > scored) {
    warnings.push(`policy minAnswered ${asked} for ${def.id} ignored: must be a whole number 1-${scored}`);
    return { min: def.missing.minAnswered, overridden: false };
  }
  return { min: asked, overridden: asked !== def.missing.minAnswered };
}

const DECISION_TEXT: Record<MissingDecision, string> = {
  complete: 'all items answered',
  'scored-with-missing': 'scored with missing items',
  prorated: 'prorated for missing items',
  'mean-imputed': 'missing items replaced by the mean of the answered items',
  'partial-sites': 'scored for the answered sites',
  refused: 'not scored',
};

function ruleText(
  def: InstrumentDefinition,
  decision: MissingDecision,
  answered: number,
  scored: number,
  missing: readonly string[],
  min: number,
  overridden: boolean,
  hasErrors: boolean,
): string {
  const head = `${def.shortName}: ${answered} of ${scored} scored items answered`;
  const miss = missing.length > 0 ? ` (missing: ${missing.join(', ')})` : '';
  if (hasErrors) return `${head}${miss}; not scored because of invalid answers (see errors).`;
  const policy =
    def.missing.method === 'require-all' || def.missing.method === 'per-item'
      ? def.missing.description
      : `policy: at least ${min} answered${overridden ? ` (clinic setting; default ${def.missing.minAnswered})` : ` (default)`}. ${def.missing.description}`;
  return `${head}${miss}; ${DECISION_TEXT[decision]}. Rule: ${policy}`;
}

/**
 * Score one response. `input` is `{ instrument, date, answers: { linkId: value } }` or a FHIR R4
 * QuestionnaireResponse (items matched by linkId, nested groups walked).
 */
export function score(instrumentId: string, input: unknown, options?: ScoreOptions): ScoreResult {
  const def = getInstrument(instrumentId);
  const ci = COMPILED[def.id];
  const c = collect(def.id, input);
  const warnings = [...c.warnings];
  const { min, overridden } = effectiveMinAnswered(def, options, warnings);

  let answered = 0;
  const missing: string[] = [];
  const itemScores: Record<string, number> = {};
  for (const it of ci.items) {
    const s = c.scores[it.index];
    if (s !== undefined) itemScores[it.def.linkId] = s;
    if (!it.def.scored) continue;
    if (s !== undefined) answered++;
    else if (!c.invalid[it.index]) missing.push(it.def.linkId);
  }

  const hasErrors = c.errors.length > 0;
  const out = hasErrors
    ? { score: null, subscores: {}, decision: 'refused' as const }
    : def.compute({ itemScores: c.scores, itemValues: c.values, answered, minAnswered: min });

  // Display
  let display: string | null;
  if (out.display !== undefined) display = out.display;
  else if (out.score === null) display = null;
  else {
    const decimals = out.decision === 'prorated' && !def.missing.roundUp ? Math.max(1, def.scoring.displayDecimals) : def.scoring.displayDecimals;
    display = formatScore(out.score, decimals);
  }

  // Band
  let band: Band | null = null;
  if (out.bandId !== undefined) band = def.bands.find((b) => b.id === out.bandId) ?? null;
  else if (out.score !== null) band = bandFor(def.bands, out.score);

  // Subscores
  const subscores: Record<string, SubscoreResult> = {};
  for (const s of def.subscores ?? []) {
    const v = out.subscores[s.id] ?? null;
    const b = v !== null && s.bands ? bandFor(s.bands, v) : null;
    subscores[s.id] = {
      id: s.id,
      name: s.name,
      value: v,
      display: v === null ? null : formatScore(v, s.displayDecimals),
      band: b ? { id: b.id, label: b.label } : null,
    };
  }

  // Alerts: whatever the total, errors elsewhere or missing items.
  const alerts: Alert[] = [];
  if (def.id === 'phq9') {
    const item9 = ci.byLinkId.get(PHQ9_ITEM9);
    if (item9) alerts.push(...phq9Alerts(c.values[item9.index], c.invalid[item9.index] ?? false, options?.crisisResources));
  }

  const complete = !hasErrors && (out.decision === 'complete' || out.decision === 'partial-sites');
  const missingRule: MissingRuleApplied = {
    method: def.missing.method,
    minAnswered: min,
    defaultMinAnswered: def.missing.minAnswered,
    overridden,
    decision: out.decision,
    text: ruleText(def, out.decision, answered, ci.scoredCount, missing, min, overridden, hasErrors),
    basis: def.missing.basis,
  };

  const notes = [...(out.notes ?? [])];
  if (out.decision === 'prorated' && def.missing.basis.kind === 'unverified') {
    notes.push(`Proration for ${def.shortName} is unverified: ${def.missing.basis.note ?? ''}`.trim());
  }
  if (def.id === 'eq5d5l') notes.push(String(out.extra?.indexNote ?? ''));

  const interpretation = interpret(def, display, band, out.decision, hasErrors, missingRule.text, subscores);

  return {
    instrument: def.id,
    instrumentVersion: def.version,
    ...(c.date !== undefined ? { date: c.date } : {}),
    scoreName: def.scoreName,
    score: out.score,
    display,
    range: def.range,
    direction: def.direction,
    complete,
    answered,
    itemCount: ci.scoredCount,
    subscores,
    band: band ? { id: band.id, label: band.label, range: band.range } : null,
    interpretation,
    missing,
    missingRule,
    alerts,
    errors: c.errors,
    warnings,
    itemScores,
    extra: { ...(out.extra ?? {}) },
    notes,
    scorer: { name: SCORER_NAME, version: SCORER_VERSION },
  };
}

function interpret(
  def: InstrumentDefinition,
  display: string | null,
  band: Band | null,
  decision: MissingDecision,
  hasErrors: boolean,
  rule: string,
  subscores: Record<string, SubscoreResult>,
): string {
  if (hasErrors) return `${def.shortName} not scored: invalid answers (see errors).`;
  if (display === null) return `${def.shortName} not scored. ${rule}`;
  const parts: string[] = [`${def.shortName} ${def.scoreName} ${display}${def.id === 'odi' || def.id === 'ndi' ? '%' : ''}`];
  if (band) parts[0] += `: ${band.label} (${band.range})`;
  else if (def.bands.length === 0 && def.id !== 'eq5d5l') parts[0] += ' (no published bands: follow the number and its change)';
  const subs = Object.values(subscores)
    .filter((s) => s.display !== null)
    .map((s) => `${s.name} ${s.display}${s.band ? ` (${s.band.label})` : ''}`);
  if (subs.length > 0) parts.push(subs.join('; '));
  if (decision !== 'complete') parts.push(DECISION_TEXT[decision]);
  return parts.join('. ') + '.';
}

/**
 * A score result as FHIR R4 Observation(s): LOINC score code where known (else a SpinePath code), valueQuantity with
 * unit "{score}", derivedFrom the QuestionnaireResponse, and a note with the scorer version and the missing-data
 * decision. NRS gives one Observation per answered site (same LOINC code, site in bodySite).
 */
import type {
  CodeableConcept,
  Observation,
  ObservationComponent,
  Patient,
  QuestionnaireResponse,
  Reference,
} from '@medplum/fhirtypes';
import { LOINC, SCORE_SYSTEM, UCUM } from './constants.js';
import { START_BACK_RISK } from './definitions/start-back.js';
import { getInstrument } from './registry.js';
import type { InstrumentDefinition, ScoreResult } from './types.js';

export interface ObservationContext {
  /** The QuestionnaireResponse the score was derived from: a Reference or "QuestionnaireResponse/<id>". */
  readonly questionnaireResponse?: Reference<QuestionnaireResponse> | string;
  readonly subject?: Reference<Patient>;
  /** Defaults to the result's date. */
  readonly effectiveDateTime?: string;
  readonly id?: string;
}

const SURVEY: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }],
};

const quantity = (value: number) => ({ value, unit: '{score}', system: UCUM, code: '{score}' });

function scoreCode(def: InstrumentDefinition): CodeableConcept {
  const text = `${def.shortName} ${def.scoreName}`;
  return def.loinc.score
    ? { coding: [{ system: LOINC, code: def.loinc.score, ...(def.loinc.scoreDisplay ? { display: def.loinc.scoreDisplay } : {}) }], text }
    : { coding: [{ system: SCORE_SYSTEM, code: `${def.id}-${def.scoreName.replace(/\s+/g, '-')}`, display: text }], text };
}

function noteText(r: ScoreResult): string {
  const lines = [`Scored by ${r.scorer.name} ${r.scorer.version} (${r.instrument} version ${r.instrumentVersion}).`];
  lines.push(`Missing data: ${r.missingRule.text} [basis: ${r.missingRule.basis.kind}]`);
  if (r.missingRule.overridden) lines.push(`Clinic policy: minAnswered ${r.missingRule.minAnswered} (default ${r.missingRule.defaultMinAnswered}).`);
  for (const e of r.errors) lines.push(`Error: ${e.message}`);
  for (const w of r.warnings) lines.push(`Warning: ${w}`);
  for (const n of r.notes) if (n) lines.push(n);
  for (const a of r.alerts) lines.push(`ALERT (${a.level}): ${a.message}`);
  return lines.join('\n');
}

function derivedFrom(ctx: ObservationContext): Reference<QuestionnaireResponse>[] | undefined {
  const qr = ctx.questionnaireResponse;
  if (qr === undefined) return undefined;
  return [typeof qr === 'string' ? { reference: qr } : qr];
}

function base(r: ScoreResult, def: InstrumentDefinition, ctx: ObservationContext): Observation {
  const effective = ctx.effectiveDateTime ?? r.date;
  const from = derivedFrom(ctx);
  return {
    resourceType: 'Observation',
    ...(ctx.id ? { id: ctx.id } : {}),
    status: 'final',
    category: [SURVEY],
    code: scoreCode(def),
    ...(ctx.subject ? { subject: ctx.subject } : {}),
    ...(effective ? { effectiveDateTime: effective } : {}),
    ...(from ? { derivedFrom: from } : {}),
    note: [{ text: noteText(r) }],
  };
}

function subscoreComponents(r: ScoreResult, def: InstrumentDefinition): ObservationComponent[] {
  const out: ObservationComponent[] = [];
  for (const s of def.subscores ?? []) {
    const v = r.subscores[s.id]?.value;
    if (v === null || v === undefined) continue;
    out.push({
      code: s.loinc
        ? { coding: [{ system: LOINC, code: s.loinc }], text: s.name }
        : { coding: [{ system: SCORE_SYSTEM, code: `${def.id}-${s.id}`, display: s.name }], text: s.name },
      valueQuantity: quantity(v),
    });
  }
  if (def.id === 'start-back' && r.band) {
    const risk = START_BACK_RISK.find((b) => b.id === r.band?.id);
    out.push({
      code: { coding: [{ system: LOINC, code: '91352-5' }], text: 'STarT Back risk group' },
      valueCodeableConcept: {
        coding: risk ? [{ system: LOINC, code: risk.loincAnswer, display: risk.label }] : [],
        text: r.band.label,
      },
    });
  }
  return out;
}

/** Observation(s) for one score result. A result without a score gives one Observation with dataAbsentReason. */
export function toObservations(result: ScoreResult, ctx: ObservationContext = {}): Observation[] {
  const def = getInstrument(result.instrument);

  if (def.id === 'nrs') {
    const sites = Object.values(result.subscores).filter((s) => s.value !== null);
    if (sites.length > 0) {
      return sites.map((s) => ({
        ...base(result, def, { ...ctx, ...(ctx.id ? { id: `${ctx.id}-${s.id}` } : {}) }),
        code: { ...scoreCode(def), text: `NRS ${s.id} pain` },
        bodySite: { text: s.id },
        valueQuantity: quantity(s.value as number),
        ...(s.band ? { interpretation: [{ text: s.band.label }] } : {}),
      }));
    }
  }

  const obs = base(result, def, ctx);
  const components = subscoreComponents(result, def);
  if (components.length > 0) obs.component = components;

  if (def.id === 'eq5d5l') {
    const profile = result.extra.profile;
    if (typeof profile === 'string') obs.valueString = profile;
    else obs.dataAbsentReason = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'error' }], text: result.missingRule.text };
    return [obs];
  }
  if (result.score !== null) {
    obs.valueQuantity = quantity(result.score);
    if (result.band) obs.interpretation = [{ text: `${result.band.label} (${result.band.range})` }];
  } else {
    const invalid = result.errors.length > 0;
    obs.dataAbsentReason = {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: invalid ? 'error' : 'unknown' }],
      text: invalid ? 'invalid answers' : result.missingRule.text,
    };
  }
  return [obs];
}

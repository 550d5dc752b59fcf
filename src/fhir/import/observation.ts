/**
 * Observation -> questionnaire scores and items (LOINC codes of the instrument definitions), pain scores, smoking
 * status, STarT Back risk group, AHRQ's MME per day. Anything else is listed as unmapped.
 */
import { DEFINITIONS } from '../../instruments/registry.js';
import { INSTRUMENT_IDS, type InstrumentId, type ItemDefinition } from '../../instruments/types.js';
import { START_BACK_RISK } from '../../instruments/definitions/start-back.js';
import { MME_CODE, PAIN_SCORE_CODES, SMOKING_ANSWERS, SMOKING_STATUS_LOINC, SYSTEM } from '../codes.js';
import { codingsOf, conceptText, type ImportContext, isObject, type Json, num, readDay, str } from './context.js';
import type { DraftPainScore, SourceRef } from './types.js';

interface ItemRef {
  instrument: InstrumentId;
  item: ItemDefinition;
}

const SCORE_BY_LOINC = new Map<string, InstrumentId>();
const ITEM_BY_LOINC = new Map<string, ItemRef>();
for (const id of INSTRUMENT_IDS) {
  const def = DEFINITIONS[id];
  if (id === 'nrs') continue; // 72514-3 carries no site: handled as a pain score below.
  if (def.loinc.score) SCORE_BY_LOINC.set(def.loinc.score, id);
  for (const item of def.items) if (item.loinc && !ITEM_BY_LOINC.has(item.loinc)) ITEM_BY_LOINC.set(item.loinc, { instrument: id, item });
}
const PAIN_SCORES = new Map(PAIN_SCORE_CODES.map((p) => [p.code, p]));
const SMOKING = new Map(SMOKING_ANSWERS.map((a) => [a.code, a]));
const START_BACK_RISK_LOINC = '91352-5';
const NRS_SITES = ['back', 'leg', 'neck', 'arm'] as const;

/** What one Observation contributes (the importer files it under the patient). */
export interface ObservationFacts {
  scores: { instrument: InstrumentId; date?: string; score: number; source: SourceRef }[];
  items: { instrument: InstrumentId; linkId: string; value: number; date?: string; source: SourceRef }[];
  painScores: DraftPainScore[];
  smoking: { status: 'present' | 'absent' | 'unknown'; display: string; date?: string; source: SourceRef }[];
  startBackRisk: { risk: string; date?: string; source: SourceRef }[];
  mme: { value: number; unit?: string; date?: string; source: SourceRef }[];
}

export function emptyFacts(): ObservationFacts {
  return { scores: [], items: [], painScores: [], smoking: [], startBackRisk: [], mme: [] };
}

function numericValue(r: Json): number | undefined {
  if (isObject(r.valueQuantity)) return num(r.valueQuantity.value);
  return num(r.valueInteger);
}

/** An item answer from a number or a coded answer; undefined when not a valid answer of the item. */
function itemValue(item: ItemDefinition, holder: Json): number | undefined {
  if (item.type === 'integer') {
    const v = numericValue(holder);
    return v !== undefined && Number.isInteger(v) && v >= (item.min ?? -Infinity) && v <= (item.max ?? Infinity) ? v : undefined;
  }
  for (const [, c] of codingsOf(holder.valueCodeableConcept)) {
    const o = item.options?.find((opt) => opt.code === c.code && (!c.system || opt.system === c.system));
    if (o) return o.value;
  }
  const v = numericValue(holder);
  return v !== undefined ? item.options?.find((o) => o.value === v)?.value : undefined;
}

function siteOf(r: Json): (typeof NRS_SITES)[number] | undefined {
  const t = conceptText(r.bodySite)?.toLowerCase();
  return NRS_SITES.find((s) => t === s || t === `${s} pain`);
}

export function mapObservation(ctx: ImportContext, r: Json, src: SourceRef, facts: ObservationFacts): void {
  const path = src.path;
  const status = str(r.status);
  if (status === 'entered-in-error' || status === 'cancelled') {
    ctx.issue('information', 'informational', `${path}.status`, `Observation ${src.id ?? ''} is ${status}: not imported`);
    return;
  }
  const date =
    readDay(ctx, r.effectiveDateTime, `${path}.effectiveDateTime`) ??
    (isObject(r.effectivePeriod) ? readDay(ctx, r.effectivePeriod.start, `${path}.effectivePeriod.start`) : undefined) ??
    readDay(ctx, r.issued, `${path}.issued`);
  const codings = codingsOf(r.code);
  if (codings.length === 0) {
    ctx.error(`${path}.code`, 'Observation without a coded code: nothing to map', 'required');
    return;
  }
  for (const [i, c] of codings) {
    const p = `${path}.code.coding[${i}]`;
    if (c.system === SYSTEM.loinc && c.code) {
      const instrument = SCORE_BY_LOINC.get(c.code);
      if (instrument) {
        mapScore(ctx, r, src, p, c, instrument, date, facts);
        return;
      }
      const item = ITEM_BY_LOINC.get(c.code);
      if (item) {
        const v = itemValue(item.item, r);
        if (v === undefined) {
          ctx.unmapCode(src, p, c, `value is not a valid answer of ${item.instrument} item ${item.item.linkId}`);
          return;
        }
        facts.items.push({ instrument: item.instrument, linkId: item.item.linkId, value: v, ...(date ? { date } : {}), source: src });
        ctx.mapCode(src, p, c, `questionnaire:${item.instrument}`);
        return;
      }
      const pain = PAIN_SCORES.get(c.code);
      if (pain) {
        const v = numericValue(r);
        if (v === undefined) {
          ctx.unmapCode(src, p, c, 'pain score without a numeric value');
          return;
        }
        const site = siteOf(r);
        if (c.code === '72514-3' && site && Number.isInteger(v) && v >= 0 && v <= 10) {
          facts.items.push({ instrument: 'nrs', linkId: `nrs-${site}`, value: v, ...(date ? { date } : {}), source: src });
          ctx.mapCode(src, p, c, 'questionnaire:nrs');
          return;
        }
        const note =
          c.code === '72514-3'
            ? site
              ? `value ${v} is not a whole number 0-10: kept as a pain score, not an NRS entry`
              : 'no body site (back, leg, neck or arm): kept as a pain score; SpinePath records NRS per site'
            : `${pain.scale}: a scale SpinePath does not score; kept as a pain score`;
        facts.painScores.push({ code: c.code, display: pain.display, value: v, ...(date ? { date } : {}), ...(site ? { site } : {}), note, source: src });
        ctx.mapCode(src, p, c, 'pain-score');
        return;
      }
      if (c.code === SMOKING_STATUS_LOINC) {
        const answers = codingsOf(r.valueCodeableConcept);
        const a = answers.map(([j, v]) => [j, v, v.system === SYSTEM.snomed && v.code ? SMOKING.get(v.code) : undefined] as const).find((x) => x[2]);
        if (!a) {
          ctx.unmapConcept(src, `${path}.valueCodeableConcept`, r.valueCodeableConcept, 'smoking status answer not in the US Core Smoking Status value set');
          return;
        }
        facts.smoking.push({ status: a[2]!.status, display: a[2]!.display, ...(date ? { date } : {}), source: src });
        ctx.mapCode(src, p, c, 'finding:smoking');
        ctx.mapCode(src, `${path}.valueCodeableConcept.coding[${a[0]}]`, a[1], `finding:smoking=${a[2]!.status}`);
        return;
      }
      if (c.code === START_BACK_RISK_LOINC) {
        const answers = codingsOf(r.valueCodeableConcept);
        const hit = answers.map(([, v]) => START_BACK_RISK.find((b) => b.loincAnswer === v.code)).find((b) => b);
        if (!hit) {
          ctx.unmapConcept(src, `${path}.valueCodeableConcept`, r.valueCodeableConcept, 'STarT Back risk answer not one of LA9194-7, LA8982-6, LA9193-9');
          return;
        }
        facts.startBackRisk.push({ risk: hit.id, ...(date ? { date } : {}), source: src });
        ctx.mapCode(src, p, c, 'finding:start-back-high-risk');
        return;
      }
    }
    if (c.system === MME_CODE.system && c.code === MME_CODE.code) {
      const v = numericValue(r);
      if (v === undefined) {
        ctx.unmapCode(src, p, c, 'MME observation without a value');
        return;
      }
      const unit = isObject(r.valueQuantity) ? (str(r.valueQuantity.code) ?? str(r.valueQuantity.unit)) : undefined;
      facts.mme.push({ value: v, ...(unit ? { unit } : {}), ...(date ? { date } : {}), source: src });
      ctx.mapCode(src, p, c, 'mme-per-day');
      return;
    }
  }
  // Not recognised: list the code, the coded value and component codes.
  ctx.unmapConcept(src, `${path}.code`, r.code, 'no SpinePath meaning for this observation code');
  if (r.valueCodeableConcept !== undefined) ctx.unmapConcept(src, `${path}.valueCodeableConcept`, r.valueCodeableConcept, 'value of an unmapped observation');
  if (Array.isArray(r.component)) {
    r.component.forEach((comp, k) => {
      if (isObject(comp)) ctx.unmapConcept(src, `${path}.component[${k}].code`, comp.code, 'component of an unmapped observation');
    });
  }
}

function mapScore(
  ctx: ImportContext,
  r: Json,
  src: SourceRef,
  p: string,
  c: { system?: string; code?: string; display?: string },
  instrument: InstrumentId,
  date: string | undefined,
  facts: ObservationFacts,
): void {
  const def = DEFINITIONS[instrument];
  const v = numericValue(r);
  let used = false;
  if (v !== undefined) {
    if (v < def.range.min || v > def.range.max) {
      ctx.warn(`${src.path}.valueQuantity.value`, `${def.shortName} score ${v} is outside ${def.range.min}-${def.range.max}: not imported`, 'value');
    } else {
      facts.scores.push({ instrument, ...(date ? { date } : {}), score: v, source: src });
      used = true;
    }
  }
  // Item answers carried as components (AHRQ's PEG observation).
  if (Array.isArray(r.component)) {
    r.component.forEach((comp, k) => {
      if (!isObject(comp)) return;
      const cc = codingsOf(comp.code).find(([, x]) => x.system === SYSTEM.loinc && x.code && ITEM_BY_LOINC.get(x.code)?.instrument === instrument);
      if (!cc) {
        ctx.unmapConcept(src, `${src.path}.component[${k}].code`, comp.code, `not an item of ${def.shortName}`);
        return;
      }
      const item = ITEM_BY_LOINC.get(cc[1].code!)!;
      const value = itemValue(item.item, comp);
      if (value === undefined) {
        ctx.unmapCode(src, `${src.path}.component[${k}].code.coding[${cc[0]}]`, cc[1], `value is not a valid answer of ${def.shortName} item ${item.item.linkId}`);
        return;
      }
      facts.items.push({ instrument, linkId: item.item.linkId, value, ...(date ? { date } : {}), source: src });
      ctx.mapCode(src, `${src.path}.component[${k}].code.coding[${cc[0]}]`, cc[1], `questionnaire:${instrument}`);
      used = true;
    });
  }
  if (used) ctx.mapCode(src, p, c, `questionnaire:${instrument}`);
  else ctx.unmapCode(src, p, c, `${def.shortName} score observation without a usable value`);
}

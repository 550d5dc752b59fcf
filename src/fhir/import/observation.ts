/**
 * Observation -> questionnaire scores and items (LOINC codes of the instrument definitions), pain scores, smoking
 * status, STarT Back risk group, AHRQ's MME per day. Anything else is listed as unmapped.
 */
import { DEFINITIONS } from '../../instruments/registry.js';
import { INSTRUMENT_IDS, type InstrumentId, type ItemDefinition } from '../../instruments/types.js';
import { START_BACK_RISK } from '../../instruments/definitions/start-back.js';
import { MME_CODE, PAIN_SCORE_CODES, SMOKING_ANSWERS, SMOKING_STATUS_LOINC, SYSTEM } from '../codes.js';
import {
  INTERPRETATION_HIGH,
  INTERPRETATION_NOT_HIGH,
  INTERPRETATION_SYSTEM,
  LAB_CODES,
  LAB_UNITS,
  type LabKind,
  TEMPERATURE_CODES,
  TEMPERATURE_UNITS,
} from '../triage-codes.js';
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
const TEMPERATURES = new Map(TEMPERATURE_CODES.map((t) => [t.code, t]));
const LABS = new Map(LAB_CODES.map((l) => [l.code, l]));
const NRS_SITES = ['back', 'leg', 'neck', 'arm'] as const;

type CodingArg = { system?: string; code?: string; display?: string };

/** What one Observation contributes (the importer files it under the patient). */
export interface ObservationFacts {
  scores: { instrument: InstrumentId; date?: string; score: number; source: SourceRef }[];
  items: { instrument: InstrumentId; linkId: string; value: number; date?: string; source: SourceRef }[];
  painScores: DraftPainScore[];
  smoking: { status: 'present' | 'absent' | 'unknown'; display: string; date?: string; source: SourceRef }[];
  startBackRisk: { risk: string; date?: string; source: SourceRef }[];
  mme: { value: number; unit?: string; date?: string; source: SourceRef }[];
  /** Body temperatures in degrees C (converted from [degF] where needed), with what was recorded. */
  temperatures: TemperatureFact[];
  /** CRP (mg/L), ESR (mm/h), white cell count (the laboratory's unit), each with whether it is above the reference range. */
  labs: LabFact[];
}

export interface TemperatureFact {
  celsius: number;
  /** The coding that was read and its path: the report lists it as mapped or not once the derivation has used it. */
  path: string;
  coding: CodingArg;
  /** As recorded: "101.5 [degF]". */
  recorded: string;
  date?: string;
  source: SourceRef;
}

export interface LabFact {
  kind: LabKind;
  path: string;
  coding: CodingArg;
  /** In mg/L (CRP) or mm/h (ESR); for the white cell count in the laboratory's own unit. */
  value: number;
  unit: string;
  /** `<` or `>` when the laboratory reported a bound ("< 5 mg/L"). */
  comparator?: '<' | '<=' | '>' | '>=';
  /** Above the laboratory's reference range (its high limit, or its interpretation flag); undefined when neither says. */
  raised?: boolean;
  /** How `raised` was judged: "reference range <= 5 mg/L", "interpretation H", or why it could not be. */
  basis: string;
  recorded: string;
  date?: string;
  source: SourceRef;
}

export function emptyFacts(): ObservationFacts {
  return { scores: [], items: [], painScores: [], smoking: [], startBackRisk: [], mme: [], temperatures: [], labs: [] };
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
      const temp = TEMPERATURES.get(c.code);
      if (temp) {
        mapTemperature(ctx, r, src, p, c, date, facts);
        return;
      }
      const lab = LABS.get(c.code);
      if (lab) {
        mapLab(ctx, r, src, p, c, lab.kind, date, facts);
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

// ---------------------------------------------------------------------------------------------------------------
// Body temperature and inflammatory markers (src/fhir/triage-codes.ts)

/** The unit of a Quantity: its UCUM code (system UCUM or no system), else its plain-text unit. */
function unitOf(q: Json): string | undefined {
  const code = str(q.code);
  const system = str(q.system);
  if (code && (!system || system === SYSTEM.ucum)) return code;
  return str(q.unit) ?? code;
}

const COMPARATORS = new Set(['<', '<=', '>', '>=']);

function mapTemperature(ctx: ImportContext, r: Json, src: SourceRef, p: string, c: CodingArg, date: string | undefined, facts: ObservationFacts): void {
  const q = isObject(r.valueQuantity) ? r.valueQuantity : undefined;
  const v = q ? num(q.value) : undefined;
  if (!q || v === undefined) {
    ctx.unmapCode(src, p, c, 'body temperature without a numeric valueQuantity');
    return;
  }
  if (q.comparator !== undefined) {
    ctx.unmapCode(src, p, c, `body temperature given as a bound (${String(q.comparator)} ${v}): not read`);
    return;
  }
  const rawUnit = unitOf(q);
  const unit = rawUnit ? TEMPERATURE_UNITS[rawUnit] : undefined;
  if (!unit) {
    ctx.unmapCode(src, p, c, rawUnit ? `body temperature unit ${JSON.stringify(rawUnit)} is not UCUM Cel or [degF]: not read` : 'body temperature without a unit (Cel or [degF] expected): not read');
    ctx.warn(`${src.path}.valueQuantity`, `body temperature ${v} ${rawUnit ?? '(no unit)'}: unit not recognised, value not used`, 'value');
    return;
  }
  const celsius = Math.round((unit === 'Cel' ? v : ((v - 32) * 5) / 9) * 100) / 100;
  // Not a clinical rule: a value outside what a living body measures means a wrong unit or a typing error.
  if (celsius < 25 || celsius > 45) {
    ctx.unmapCode(src, p, c, `body temperature ${v} ${rawUnit} (${celsius} degrees C) is not a plausible body temperature: unit wrong? not read`);
    ctx.warn(`${src.path}.valueQuantity`, `body temperature ${v} ${rawUnit} is outside 25-45 degrees C: not used`, 'value');
    return;
  }
  // Mapped (finding:fever) or not (with the reason) by the derivation, which knows the operation date.
  facts.temperatures.push({ celsius, path: p, coding: c, recorded: `${v} ${rawUnit}`, ...(date ? { date } : {}), source: src });
}

/** A reference-range limit in the same unit as the value, converted like the value; undefined when not comparable. */
function limitIn(kind: LabKind, limit: unknown, valueUnit: string, factor: number): number | undefined {
  if (!isObject(limit)) return undefined;
  const v = num(limit.value);
  if (v === undefined) return undefined;
  const u = unitOf(limit);
  if (kind === 'wbc') return !u || u === valueUnit ? v : undefined;
  if (!u) return v * factor; // a limit without a unit is in the value's unit
  const f = LAB_UNITS[kind][u.toLowerCase()];
  return f === undefined ? undefined : v * f;
}

function mapLab(ctx: ImportContext, r: Json, src: SourceRef, p: string, c: CodingArg, kind: LabKind, date: string | undefined, facts: ObservationFacts): void {
  const name = kind === 'crp' ? 'CRP' : kind === 'esr' ? 'ESR' : 'white cell count';
  const q = isObject(r.valueQuantity) ? r.valueQuantity : undefined;
  const raw = q ? num(q.value) : undefined;
  if (!q || raw === undefined) {
    ctx.unmapCode(src, p, c, `${name} without a numeric valueQuantity`);
    return;
  }
  const rawUnit = unitOf(q) ?? '';
  let factor = 1;
  let unit = rawUnit;
  if (kind !== 'wbc') {
    const f = LAB_UNITS[kind][rawUnit.toLowerCase()];
    if (f === undefined) {
      const expected = kind === 'crp' ? 'mg/L (or mg/dL, converted)' : 'mm/h';
      ctx.unmapCode(src, p, c, `${name} in ${rawUnit ? JSON.stringify(rawUnit) : 'no unit'}: ${expected} expected, value not used`);
      ctx.warn(`${src.path}.valueQuantity`, `${name} ${raw} ${rawUnit || '(no unit)'}: unit not accepted (${expected}), value not used`, 'value');
      return;
    }
    factor = f;
    unit = kind === 'crp' ? 'mg/L' : 'mm/h';
  }
  const value = Math.round(raw * factor * 1000) / 1000;
  const comparator = typeof q.comparator === 'string' && COMPARATORS.has(q.comparator) ? (q.comparator as LabFact['comparator']) : undefined;
  const recorded = `${comparator ?? ''}${raw} ${rawUnit}`.trim();
  // Raised: the laboratory's reference range high limit, else its interpretation flag; never a number of our own.
  let raised: boolean | undefined;
  let basis = '';
  const ranges = Array.isArray(r.referenceRange) ? r.referenceRange.filter(isObject) : [];
  const withHigh = ranges.find((x) => isObject(x.high));
  const high = withHigh ? limitIn(kind, withHigh.high, rawUnit, factor) : undefined;
  if (high !== undefined) {
    const lower = comparator === '<' || comparator === '<=';
    const upper = comparator === '>' || comparator === '>=';
    if (lower) raised = value <= high ? false : undefined;
    else if (upper) raised = value >= high ? true : undefined;
    else raised = value > high;
    basis = `reference range high ${high} ${unit}`;
    if (raised === undefined) basis += ` (value ${recorded} cannot be placed against it)`;
  } else if (withHigh) {
    basis = 'reference range in another unit: not compared';
  }
  if (raised === undefined) {
    const flags = [...(Array.isArray(r.interpretation) ? r.interpretation : [])].flatMap((i) => codingsOf(i).map(([, x]) => x)).filter((x) => x.system === INTERPRETATION_SYSTEM && x.code);
    const hi = flags.find((x) => INTERPRETATION_HIGH.has(x.code!));
    const notHi = flags.find((x) => INTERPRETATION_NOT_HIGH.has(x.code!));
    if (hi || notHi) {
      raised = !!hi;
      basis = `interpretation ${(hi ?? notHi)!.code}`;
    }
  }
  if (raised === undefined && !basis) basis = 'no reference range or interpretation';
  // Mapped (test:crp-esr) or not (with the reason) by the derivation, which knows the operation date.
  facts.labs.push({ kind, path: p, coding: c, value, unit, ...(comparator ? { comparator } : {}), ...(raised !== undefined ? { raised } : {}), basis, recorded, ...(date ? { date } : {}), source: src });
}

/**
 * MedicationRequest / MedicationStatement (with a coded medication, a contained Medication or a Medication in the
 * bundle) -> DraftMedication: ingredient, class, strength, dose, frequency, as-needed: the fields a morphine milligram
 * equivalent (MME) calculation and the co-prescription warnings need. No MME is computed here.
 */
import { SYSTEM } from '../codes.js';
import { classesOf, ingredientsInName, rxnormEntry } from '../rxnorm.js';
import { codingsOf, conceptText, type ImportContext, isObject, type Json, num, readDay, str } from './context.js';
import type { DraftMedication, DraftQuantity, SourceRef } from './types.js';

/** Periods in days (UCUM units of Timing.repeat.periodUnit). */
const DAYS_PER: Record<string, number> = { s: 1 / 86400, min: 1 / 1440, h: 1 / 24, d: 1, wk: 7, mo: 30, a: 365 };

const STRENGTH = /([\d.]+)\s*(MG|MCG|UG|G|MEQ|UNT|ML|%)(?:\/(ML|HR|ACTUAT|G|L|MG))?\b/i;
const PREFIX = /^(?:(?:abuse-deterrent|matrix delivery|\d+\s*hr|\d+(?:\.\d+)?\s*ml|\{[^}]*\})\s+)+/i;

type ParsedName = { strengths: DraftMedication['strengths']; doseForm?: string; extendedRelease: boolean };
const nameCache = new Map<string, ParsedName>();

/** Strengths and dose form from an RxNorm clinical drug name ("12 HR Oxycodone Hydrochloride 60 MG Extended Release Oral Tablet"). */
export function parseDrugName(name: string): ParsedName {
  let hit = nameCache.get(name);
  if (!hit) {
    hit = parseDrugNameUncached(name);
    if (nameCache.size > 10_000) nameCache.clear();
    nameCache.set(name, hit);
  }
  return { strengths: hit.strengths.map((x) => ({ ...x })), ...(hit.doseForm ? { doseForm: hit.doseForm } : {}), extendedRelease: hit.extendedRelease };
}

function parseDrugNameUncached(name: string): ParsedName {
  const bare = name.replace(/\s*\[[^\]]*\]\s*$/, '');
  const parts = bare.split(' / ');
  const strengths: DraftMedication['strengths'] = [];
  let doseForm: string | undefined;
  parts.forEach((part, i) => {
    const p = i === 0 ? part.replace(PREFIX, '') : part;
    const m = STRENGTH.exec(p);
    if (!m) return;
    const ing = ingredientsInName(p.slice(0, m.index))[0]?.ingredient;
    strengths.push({ ...(ing ? { ingredient: ing } : {}), value: Number(m[1]), unit: m[2]!.toLowerCase(), ...(m[3] ? { per: m[3].toLowerCase() } : {}) });
    if (i === parts.length - 1) {
      const rest = p.slice(m.index + m[0].length).trim();
      if (rest) doseForm = rest;
    }
  });
  const extendedRelease = /extended release|\b(12|24|72|168) hr\b|transdermal/i.test(bare);
  return { strengths, ...(doseForm ? { doseForm } : {}), extendedRelease };
}

interface Resolved {
  concept?: unknown;
  conceptPath: string;
  medication?: Json;
}

function resolveMedication(ctx: ImportContext, r: Json, path: string, lookup: (ref: string) => Json | undefined): Resolved {
  if (r.medicationCodeableConcept !== undefined) return { concept: r.medicationCodeableConcept, conceptPath: `${path}.medicationCodeableConcept` };
  const ref = isObject(r.medicationReference) ? str(r.medicationReference.reference) : undefined;
  if (!ref) {
    ctx.error(`${path}.medication[x]`, 'no medicationCodeableConcept or medicationReference', 'required');
    return { conceptPath: `${path}.medication[x]` };
  }
  let med: Json | undefined;
  let where = '';
  if (ref.startsWith('#')) {
    const contained = Array.isArray(r.contained) ? r.contained : [];
    const idx = contained.findIndex((c) => isObject(c) && c.resourceType === 'Medication' && c.id === ref.slice(1));
    if (idx >= 0) {
      med = contained[idx] as Json;
      where = `${path}.contained[${idx}]`;
    }
  } else {
    med = lookup(ref);
    where = `(Medication ${ref})`;
  }
  if (!med) {
    ctx.warn(`${path}.medicationReference`, `Medication ${ref} not found in the resource or the bundle: medication unknown`, 'required');
    return { conceptPath: `${path}.medicationReference` };
  }
  return { concept: med.code, conceptPath: `${where}.code`, medication: med };
}

function quantity(q: unknown): DraftQuantity | undefined {
  if (!isObject(q)) return undefined;
  const value = num(q.value);
  if (value === undefined) return undefined;
  const unit = str(q.code) ?? str(q.unit);
  return { value, ...(unit ? { unit } : {}) };
}

function readDosage(ctx: ImportContext, d: Json, path: string, out: DraftMedication): void {
  const text = str(d.text);
  if (text) out.dosageText = text;
  if (d.asNeededBoolean === true || isObject(d.asNeededCodeableConcept)) out.asNeeded = true;
  else if (d.asNeededBoolean === false) out.asNeeded = false;
  const route = conceptText(d.route);
  if (route) out.route = route;
  const dar = Array.isArray(d.doseAndRate) ? d.doseAndRate[0] : undefined;
  if (isObject(dar)) {
    const dose = quantity(dar.doseQuantity) ?? (isObject(dar.doseRange) ? quantity(dar.doseRange.high) : undefined);
    if (dose) out.dose = dose;
  }
  const repeat = isObject(d.timing) && isObject(d.timing.repeat) ? d.timing.repeat : undefined;
  if (repeat) {
    const count = num(repeat.frequency) ?? 1;
    const countMax = num(repeat.frequencyMax);
    const period = num(repeat.period);
    const unit = str(repeat.periodUnit);
    if (period !== undefined && unit) {
      const days = DAYS_PER[unit];
      if (days === undefined) ctx.warn(`${path}.timing.repeat.periodUnit`, `unknown period unit ${JSON.stringify(unit)}`, 'value');
      const perDay = days !== undefined && period > 0 ? (countMax ?? count) / (period * days) : undefined;
      out.frequency = { count, ...(countMax !== undefined ? { countMax } : {}), period, periodUnit: unit, ...(perDay !== undefined ? { perDay } : {}) };
    }
  } else if (isObject(d.timing) && isObject(d.timing.code)) {
    ctx.warn(`${path}.timing.code`, `timing given only as a code (${conceptText(d.timing.code) ?? 'no text'}): frequency not read`, 'not-supported');
  }
}

export function mapMedication(
  ctx: ImportContext,
  r: Json,
  src: SourceRef,
  lookup: (ref: string) => Json | undefined,
): DraftMedication | undefined {
  const path = src.path;
  const kind = src.resourceType as DraftMedication['resourceType'];
  const status = str(r.status);
  if (status === 'entered-in-error') {
    ctx.issue('information', 'informational', `${path}.status`, `${kind} ${src.id ?? ''} is entered-in-error: not imported`);
    return undefined;
  }
  const res = resolveMedication(ctx, r, path, lookup);
  const name = conceptText(res.concept);
  const out: DraftMedication = {
    resourceType: kind,
    ingredients: [],
    classes: [],
    match: 'code',
    strengths: [],
    ...(name ? { name } : {}),
    ...(status ? { status } : {}),
    ...(str(r.intent) ? { intent: str(r.intent) } : {}),
    source: src,
  };
  // Recognise: the curated RxNorm table first, then ingredient names in the drug name.
  let hit = false;
  for (const [i, c] of codingsOf(res.concept)) {
    const p = `${res.conceptPath}.coding[${i}]`;
    const entry = c.system === SYSTEM.rxnorm && c.code ? rxnormEntry(c.code) : undefined;
    if (entry && !hit) {
      hit = true;
      out.code = c;
      out.ingredients = [...entry.ingredients];
      out.classes = [...entry.classes];
      for (const cl of entry.classes) ctx.mapCode(src, p, c, `medication:${cl}`, 'code');
    } else if (!hit) {
      out.code ??= c;
    }
  }
  // Ingredients of a coded Medication resource.
  const medIngredients = res.medication && Array.isArray(res.medication.ingredient) ? res.medication.ingredient : [];
  const ingredientNames: string[] = [];
  for (const ing of medIngredients) {
    if (!isObject(ing)) continue;
    const n = conceptText(ing.itemCodeableConcept);
    if (n) ingredientNames.push(n);
    const strength = isObject(ing.strength) ? ing.strength : undefined;
    const numer = strength ? quantity(strength.numerator) : undefined;
    if (numer) {
      const denom = strength ? quantity(strength.denominator) : undefined;
      const ingName = n ? ingredientsInName(n)[0]?.ingredient : undefined;
      out.strengths.push({ ...(ingName ? { ingredient: ingName } : {}), value: numer.value, unit: numer.unit ?? '', ...(denom?.unit ? { per: denom.unit } : {}) });
    }
  }
  if (!hit) {
    const byName = ingredientsInName([name ?? '', ...ingredientNames].join(' '));
    if (byName.length > 0) {
      out.match = 'ingredient-name';
      out.ingredients = byName.map((b) => b.ingredient);
      out.classes = classesOf(byName);
      const codings = codingsOf(res.concept);
      const c = codings[0]?.[1] ?? { display: name };
      const p = codings[0] ? `${res.conceptPath}.coding[${codings[0][0]}]` : res.conceptPath;
      for (const cl of out.classes) ctx.mapCode(src, p, c, `medication:${cl}`, 'ingredient-name');
      ctx.warn(p, `${name ?? 'medication'}: recognised by ingredient name (${out.ingredients.join(', ')}), not by a code in the curated RxNorm table: confirm`, 'informational');
    } else {
      out.match = 'none';
      ctx.unmapConcept(src, res.conceptPath, res.concept, 'not a medication class the safety rules use (no curated RxNorm code, no known ingredient name)');
    }
  }
  if (name) {
    const parsed = parseDrugName(name);
    if (out.strengths.length === 0) out.strengths = parsed.strengths;
    if (parsed.doseForm) out.doseForm = parsed.doseForm;
    if (parsed.extendedRelease) out.extendedRelease = true;
  }
  // Dates and dosage.
  if (kind === 'MedicationRequest') {
    const start = readDay(ctx, r.authoredOn, `${path}.authoredOn`);
    if (start) out.start = start;
    const dispense = isObject(r.dispenseRequest) ? r.dispenseRequest : undefined;
    const vp = dispense && isObject(dispense.validityPeriod) ? dispense.validityPeriod : undefined;
    if (vp) {
      const s = readDay(ctx, vp.start, `${path}.dispenseRequest.validityPeriod.start`);
      const e = readDay(ctx, vp.end, `${path}.dispenseRequest.validityPeriod.end`);
      if (s && !out.start) out.start = s;
      if (e) out.end = e;
    }
  } else {
    const start = readDay(ctx, r.effectiveDateTime, `${path}.effectiveDateTime`);
    if (start) out.start = start;
    if (isObject(r.effectivePeriod)) {
      const s = readDay(ctx, r.effectivePeriod.start, `${path}.effectivePeriod.start`);
      const e = readDay(ctx, r.effectivePeriod.end, `${path}.effectivePeriod.end`);
      if (s) out.start = s;
      if (e) out.end = e;
    }
  }
  const dosageField = kind === 'MedicationRequest' ? 'dosageInstruction' : 'dosage';
  const dosages = Array.isArray(r[dosageField]) ? (r[dosageField] as unknown[]) : [];
  if (dosages.length > 0 && isObject(dosages[0])) readDosage(ctx, dosages[0], `${path}.${dosageField}[0]`, out);
  if (dosages.length > 1) ctx.warn(`${path}.${dosageField}`, `${dosages.length} dosage lines: only the first is read`, 'not-supported');
  return out;
}

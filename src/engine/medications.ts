/**
 * Medications matched against the drug dictionary, with the daily dose and MME/day of each opioid (CDC 2022 factors,
 * evidence.md §4.7). Pure; the name index is built once from the knowledge base.
 *
 * Matching (tool logic): lower case; bracketed text, salts (hydrochloride, sulfate, ...) and release or form words
 * (MR, SR, XL, tablets, patch, ...) removed; then the generic name, a brand name or a synonym must match exactly. A
 * name that does not match is reported as "not checked by SpinePath" with the nearest known names, never guessed.
 */
import type { Medication } from '../case/medications.js';
import { editDistance } from '../case/suggest.js';
import type { KbDrug } from '../knowledge/index.js';
import { knowledgeBase } from '../knowledge/index.js';
import type { DrugClass } from '../knowledge/schema.js';

const STRIP_WORDS = new Set([
  'hydrochloride', 'hcl', 'sulfate', 'sulphate', 'phosphate', 'sodium', 'potassium', 'tartrate', 'bitartrate', 'citrate',
  'mesylate', 'maleate', 'besylate', 'acetate', 'bromide', 'calcium', 'magnesium', 'dipotassium',
  'mr', 'sr', 'er', 'xl', 'xr', 'cr', 'la', 'ir', 'ct', 'modified', 'extended', 'prolonged', 'immediate', 'release',
  'tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'cap', 'caps', 'patch', 'patches', 'oral', 'solution',
  'liquid', 'injection', 'gel', 'cream', 'spray',
]);

/** Lower-cased name without brackets, salts, strengths or form words. */
export function normalizeDrugName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/\d+(\.\d+)?\s*(mg|mcg|g|micrograms?|units?|%)\b/g, ' ')
    .replace(/[^a-z0-9 -]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STRIP_WORDS.has(w))
    .join(' ')
    .trim();
}

interface DrugIndex {
  byName: Map<string, { drug: KbDrug; matchedBy: 'generic' | 'brand' | 'synonym' }>;
  names: string[];
}

let index: DrugIndex | undefined;

function drugIndex(): DrugIndex {
  if (index) return index;
  const byName = new Map<string, { drug: KbDrug; matchedBy: 'generic' | 'brand' | 'synonym' }>();
  for (const d of knowledgeBase().drugs) {
    const add = (n: string, matchedBy: 'generic' | 'brand' | 'synonym') => {
      const k = normalizeDrugName(n);
      if (k && !byName.has(k)) byName.set(k, { drug: d, matchedBy });
    };
    add(d.name, 'generic');
    add(d.id.replace(/-/g, ' '), 'generic');
    for (const b of d.brands) add(b, 'brand');
    for (const s of d.synonyms) add(s, 'synonym');
  }
  index = { byName, names: [...byName.keys()].sort() };
  return index;
}

/** The dictionary entry for a name as written, or undefined when SpinePath does not know it. */
export function lookupDrug(name: string): { drug: KbDrug; matchedBy: 'generic' | 'brand' | 'synonym' } | undefined {
  const idx = drugIndex();
  const n = normalizeDrugName(name);
  return idx.byName.get(n) ?? idx.byName.get(n.split(' ')[0] ?? '');
}

/** Up to `max` known names nearest to an unknown one (edit distance, then alphabetical). */
export function nearestDrugNames(name: string, max = 3): string[] {
  const n = normalizeDrugName(name) || name.toLowerCase();
  return drugIndex()
    .names.map((k) => ({ k, d: editDistance(n, k) }))
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, max)
    .map((x) => x.k);
}

export interface OpioidDose {
  /** Daily dose in the unit of the CDC factor (mg/day, or mcg/h for transdermal fentanyl). */
  daily: number | null;
  dailyUnit: 'mg/day' | 'mcg/h';
  factor: number | null;
  /** MME/day, rounded to 0.01; null when it cannot be computed (reason says why). */
  mme: number | null;
  reason?: string;
  notes: string[];
}

export interface ResolvedMedication {
  index: number;
  name: string;
  /** Drug id in the dictionary; null = not checked by SpinePath. */
  drug: string | null;
  drugName: string | null;
  classes: DrugClass[];
  medication: Medication;
  opioid?: OpioidDose;
}

export interface MedicationSummary {
  medications: ResolvedMedication[];
  /** Classes taken, for rule look-ups. */
  classes: Set<DrugClass>;
  /** Sum of the computable opioid MME/day (a lower bound when `incomplete`). */
  totalMme: number | null;
  incomplete: boolean;
  unknown: { index: number; name: string; nearest: string[] }[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function perDay(m: Medication): number | undefined {
  if (m.frequencyPerDay !== undefined) return m.frequencyPerDay;
  if (m.intervalHours !== undefined) return 24 / m.intervalHours;
  return undefined;
}

function toMg(dose: number, unit: Medication['unit']): number | undefined {
  if (unit === 'mg') return dose;
  if (unit === 'g') return dose * 1000;
  if (unit === 'mcg') return dose / 1000;
  return undefined;
}

/** MME/day of one opioid medication under the CDC 2022 factors. */
export function opioidDose(m: Medication, d: KbDrug): OpioidDose {
  const notes: string[] = [];
  if (!d.mme) return { daily: null, dailyUnit: 'mg/day', factor: null, mme: null, reason: d.noMme?.reason ?? `${d.name}: no CDC 2022 MME factor`, notes };
  const f = d.mme;
  if (f.routes && m.route && !f.routes.includes(m.route)) {
    return { daily: null, dailyUnit: f.doseUnit === 'mcg/h' ? 'mcg/h' : 'mg/day', factor: null, mme: null, reason: `${d.name} by the ${m.route} route has no factor in the CDC 2022 table (only ${f.routes.join(', ')})`, notes };
  }
  if (m.dose === undefined || m.unit === undefined) {
    return { daily: null, dailyUnit: f.doseUnit === 'mcg/h' ? 'mcg/h' : 'mg/day', factor: f.factor, mme: null, reason: `${d.name}: dose or unit not recorded`, notes };
  }
  if (m.asNeeded) notes.push('taken as needed: counted at the recorded frequency, the most the prescription allows (tool logic)');
  if (f.doseUnit === 'mcg/h') {
    if (m.unit !== 'mcg/h') return { daily: null, dailyUnit: 'mcg/h', factor: f.factor, mme: null, reason: `${d.name}: the CDC factor applies to a dose in mcg/h (patch), not ${m.unit}`, notes };
    if (f.routes && !m.route) notes.push(`route not recorded: read as ${f.routes.join(' or ')} because the dose is in mcg/h`);
    return { daily: m.dose, dailyUnit: 'mcg/h', factor: f.factor, mme: round2(m.dose * f.factor), notes };
  }
  const mg = toMg(m.dose, m.unit);
  if (mg === undefined) return { daily: null, dailyUnit: 'mg/day', factor: f.factor, mme: null, reason: `${d.name}: the CDC factor applies to mg/day, not ${m.unit}`, notes };
  const n = perDay(m);
  if (n === undefined) return { daily: null, dailyUnit: 'mg/day', factor: f.factor, mme: null, reason: `${d.name}: frequency not recorded (frequencyPerDay or intervalHours)`, notes };
  const daily = mg * n;
  return { daily: round2(daily), dailyUnit: 'mg/day', factor: f.factor, mme: round2(daily * f.factor), notes };
}

export function summarizeMedications(meds: readonly Medication[]): MedicationSummary {
  const out: ResolvedMedication[] = [];
  const classes = new Set<DrugClass>();
  const unknown: MedicationSummary['unknown'] = [];
  let total = 0;
  let anyOpioid = false;
  let incomplete = false;
  meds.forEach((m, i) => {
    const hit = lookupDrug(m.name);
    if (!hit) {
      unknown.push({ index: i, name: m.name, nearest: nearestDrugNames(m.name) });
      out.push({ index: i, name: m.name, drug: null, drugName: null, classes: [], medication: m });
      return;
    }
    const d = hit.drug;
    for (const c of d.classes) classes.add(c);
    const r: ResolvedMedication = { index: i, name: m.name, drug: d.id, drugName: d.name, classes: d.classes, medication: m };
    if (d.classes.includes('opioid')) {
      anyOpioid = true;
      r.opioid = opioidDose(m, d);
      if (r.opioid.mme === null) incomplete = true;
      else total += r.opioid.mme;
    }
    out.push(r);
  });
  return { medications: out, classes, totalMme: anyOpioid ? round2(total) : null, incomplete, unknown };
}

/**
 * The medications the safety rules need, recognised from RxNorm codes or, when the code is not in the curated table,
 * from the ingredient name in the drug's name (RxNorm clinical drug names start with the ingredient: "oxycodone
 * hydrochloride 10 MG Oral Capsule").
 *
 * The code table lists only RxCUIs read in a named source (the AHRQ and Synthea peer patients, the CDC opioid CDS value
 * sets): no RxCUI is written from memory. Everything else is matched by ingredient name and the import report says so
 * (match "ingredient-name"), so a reviewer can tell the two apart. Class membership of an ingredient is standard
 * pharmacology (tool logic, docs/fhir.md); it is not a clinical rule.
 */
import { drugs } from '../knowledge/drugs.js';
import { type CodeSource, SOURCES } from './codes.js';

export const MEDICATION_CLASSES = [
  'opioid',
  'benzodiazepine',
  'z-drug-hypnotic',
  'gabapentinoid',
  'muscle-relaxant',
  'anticoagulant',
  'antiplatelet',
  'nsaid',
  'antidepressant',
  'paracetamol',
  /** Oral corticosteroids of the knowledge-base drug dictionary (src/knowledge/drugs.ts, class oral-corticosteroid). */
  'oral-corticosteroid',
] as const;
export type MedicationClass = (typeof MEDICATION_CLASSES)[number];

/** Classes that depress the central nervous system (opioid co-prescription warnings). */
export const CNS_DEPRESSANT_CLASSES: readonly MedicationClass[] = ['opioid', 'benzodiazepine', 'z-drug-hypnotic', 'gabapentinoid', 'muscle-relaxant'];

export interface IngredientClass {
  /** Lower-case ingredient name as it starts an RxNorm clinical drug name (salt words are ignored). */
  readonly ingredient: string;
  readonly classes: readonly MedicationClass[];
}

/** Ingredients by class. Names, not codes: a drug is recognised when its name contains the ingredient as a word. */
export const INGREDIENTS: readonly IngredientClass[] = [
  ...[
    'oxycodone',
    'hydrocodone',
    'morphine',
    'hydromorphone',
    'oxymorphone',
    'fentanyl',
    'methadone',
    'tramadol',
    'tapentadol',
    'codeine',
    'buprenorphine',
    'meperidine',
    'levorphanol',
    'pentazocine',
    'butorphanol',
    'dihydrocodeine',
  ].map((ingredient) => ({ ingredient, classes: ['opioid'] as const })),
  ...[
    'alprazolam',
    'chlordiazepoxide',
    'clobazam',
    'clonazepam',
    'clorazepate',
    'diazepam',
    'estazolam',
    'flurazepam',
    'lorazepam',
    'midazolam',
    'oxazepam',
    'quazepam',
    'temazepam',
    'triazolam',
  ].map((ingredient) => ({ ingredient, classes: ['benzodiazepine'] as const })),
  ...['zolpidem', 'zaleplon', 'eszopiclone', 'zopiclone'].map((ingredient) => ({ ingredient, classes: ['z-drug-hypnotic'] as const })),
  ...['gabapentin', 'pregabalin'].map((ingredient) => ({ ingredient, classes: ['gabapentinoid'] as const })),
  ...['carisoprodol', 'cyclobenzaprine', 'methocarbamol', 'tizanidine', 'baclofen', 'metaxalone', 'orphenadrine'].map((ingredient) => ({
    ingredient,
    classes: ['muscle-relaxant'] as const,
  })),
  ...['warfarin', 'apixaban', 'rivaroxaban', 'dabigatran', 'edoxaban', 'heparin', 'enoxaparin', 'dalteparin', 'fondaparinux'].map(
    (ingredient) => ({ ingredient, classes: ['anticoagulant'] as const }),
  ),
  ...['clopidogrel', 'prasugrel', 'ticagrelor', 'dipyridamole', 'cilostazol'].map((ingredient) => ({ ingredient, classes: ['antiplatelet'] as const })),
  // Aspirin is an NSAID and, at low dose, an antiplatelet: both classes are reported.
  { ingredient: 'aspirin', classes: ['nsaid', 'antiplatelet'] },
  ...[
    'ibuprofen',
    'naproxen',
    'diclofenac',
    'celecoxib',
    'meloxicam',
    'ketorolac',
    'indomethacin',
    'etodolac',
    'nabumetone',
    'piroxicam',
    'ketoprofen',
    'flurbiprofen',
    'sulindac',
    'oxaprozin',
    'diflunisal',
  ].map((ingredient) => ({ ingredient, classes: ['nsaid'] as const })),
  ...[
    'duloxetine',
    'venlafaxine',
    'desvenlafaxine',
    'milnacipran',
    'amitriptyline',
    'nortriptyline',
    'imipramine',
    'desipramine',
    'doxepin',
    'sertraline',
    'fluoxetine',
    'paroxetine',
    'citalopram',
    'escitalopram',
    'bupropion',
    'mirtazapine',
    'trazodone',
  ].map((ingredient) => ({ ingredient, classes: ['antidepressant'] as const })),
  { ingredient: 'acetaminophen', classes: ['paracetamol'] },
  { ingredient: 'paracetamol', classes: ['paracetamol'] },
  // Oral corticosteroids: the names of the knowledge-base drug dictionary (generic, synonyms, brands), not a list of ours.
  ...drugs
    .filter((d) => d.classes.includes('oral-corticosteroid'))
    .flatMap((d) => [d.name, ...(d.synonyms ?? []), ...(d.brands ?? [])])
    .map((n) => n.toLowerCase())
    .filter((n) => /^[a-z]+$/.test(n))
    .map((ingredient) => ({ ingredient, classes: ['oral-corticosteroid'] as const })),
];

export interface RxNormEntry {
  readonly code: string;
  readonly display: string;
  readonly ingredients: readonly string[];
  readonly classes: readonly MedicationClass[];
  readonly source: CodeSource;
}

const rx = (code: string, display: string, ingredients: string[], classes: MedicationClass[], source: CodeSource): RxNormEntry => ({
  code,
  display,
  ingredients,
  classes,
  source,
});

/** RxCUIs read in the sources named per entry. */
export const RXNORM_TABLE: readonly RxNormEntry[] = [
  // AHRQ Pain Management Summary test patient (Brenda Jackson).
  rx('1049593', '12 HR Oxycodone Hydrochloride 60 MG Extended Release Oral Tablet', ['oxycodone'], ['opioid'], SOURCES.ahrqPatient),
  rx('1049717', 'Oxycodone Hydrochloride 10 MG Oral Capsule', ['oxycodone'], ['opioid'], SOURCES.ahrqPatient),
  rx('197806', 'Ibuprofen 600 MG Oral Tablet', ['ibuprofen'], ['nsaid'], SOURCES.ahrqPatient),
  rx('198440', 'Acetaminophen 500 MG Oral Tablet', ['acetaminophen'], ['paracetamol'], SOURCES.ahrqPatient),
  rx('596930', 'duloxetine 30 MG Delayed Release Oral Capsule', ['duloxetine'], ['antidepressant'], SOURCES.ahrqPatient),
  rx('905505', 'chlordiazepoxide hydrochloride 25 MG Oral Tablet', ['chlordiazepoxide'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  // Synthea patients.
  rx('1860154', 'Abuse-Deterrent 12 HR Oxycodone Hydrochloride 15 MG Extended Release Oral Tablet', ['oxycodone'], ['opioid'], SOURCES.synthea),
  rx('310965', 'Ibuprofen 200 MG Oral Tablet', ['ibuprofen'], ['nsaid'], SOURCES.synthea),
  rx('309362', 'Clopidogrel 75 MG Oral Tablet', ['clopidogrel'], ['antiplatelet'], SOURCES.synthea),
  // CDC opioid CDS value set: opioid analgesics with ambulatory misuse potential (generic clinical drugs read).
  rx('835603', 'tramadol hydrochloride 50 MG Oral Tablet', ['tramadol'], ['opioid'], SOURCES.cdcOpioids),
  rx('836466', 'tramadol hydrochloride 50 MG Oral Capsule', ['tramadol'], ['opioid'], SOURCES.cdcOpioids),
  rx('2179635', 'tramadol hydrochloride 100 MG Oral Tablet', ['tramadol'], ['opioid'], SOURCES.cdcOpioids),
  rx('836395', 'acetaminophen 325 MG / tramadol hydrochloride 37.5 MG Oral Tablet', ['acetaminophen', 'tramadol'], ['opioid', 'paracetamol'], SOURCES.cdcOpioids),
  rx('849561', '12 HR tramadol hydrochloride 150 MG Extended Release Oral Tablet', ['tramadol'], ['opioid'], SOURCES.cdcOpioids),
  // CDC opioid CDS value set: benzodiazepine medications (generic clinical drugs read).
  rx('308047', 'alprazolam 0.25 MG Oral Tablet', ['alprazolam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('308048', 'alprazolam 0.5 MG Oral Tablet', ['alprazolam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197321', 'alprazolam 1 MG Oral Tablet', ['alprazolam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197322', 'alprazolam 2 MG Oral Tablet', ['alprazolam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197527', 'clonazepam 0.5 MG Oral Tablet', ['clonazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197528', 'clonazepam 1 MG Oral Tablet', ['clonazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197529', 'clonazepam 2 MG Oral Tablet', ['clonazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197589', 'diazepam 10 MG Oral Tablet', ['diazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197590', 'diazepam 2 MG Oral Tablet', ['diazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('197591', 'diazepam 5 MG Oral Tablet', ['diazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('198241', 'temazepam 15 MG Oral Capsule', ['temazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('198242', 'temazepam 30 MG Oral Capsule', ['temazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('198243', 'temazepam 7.5 MG Oral Capsule', ['temazepam'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('905369', 'chlordiazepoxide hydrochloride 10 MG Oral Capsule', ['chlordiazepoxide'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('905495', 'chlordiazepoxide hydrochloride 25 MG Oral Capsule', ['chlordiazepoxide'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
  rx('905516', 'chlordiazepoxide hydrochloride 5 MG Oral Capsule', ['chlordiazepoxide'], ['benzodiazepine'], SOURCES.cdcBenzodiazepines),
];

const BY_CODE = new Map(RXNORM_TABLE.map((e) => [e.code, e]));
const INGREDIENT_BY_NAME = new Map(INGREDIENTS.map((i) => [i.ingredient, i]));
const WORD = /[a-z]+/g;

export function rxnormEntry(code: string): RxNormEntry | undefined {
  return BY_CODE.get(code);
}

/** Ingredients named in a drug name, in order of appearance (each once). */
const ingredientCache = new Map<string, IngredientClass[]>();

export function ingredientsInName(name: string): IngredientClass[] {
  const hit = ingredientCache.get(name);
  if (hit) return [...hit];
  const out = ingredientsUncached(name);
  if (ingredientCache.size > 10_000) ingredientCache.clear();
  ingredientCache.set(name, out);
  return [...out];
}

function ingredientsUncached(name: string): IngredientClass[] {
  const out: IngredientClass[] = [];
  const lower = name.toLowerCase();
  for (const m of lower.matchAll(WORD)) {
    const hit = INGREDIENT_BY_NAME.get(m[0]);
    if (hit && !out.includes(hit)) out.push(hit);
  }
  return out;
}

export function classesOf(ingredients: readonly IngredientClass[]): MedicationClass[] {
  const set = new Set<MedicationClass>();
  for (const i of ingredients) for (const c of i.classes) set.add(c);
  return MEDICATION_CLASSES.filter((c) => set.has(c));
}

/**
 * Types of the instruments module: instrument definitions (data), answers, scoring results and policies.
 *
 * Facts come from `shared/clinical/instruments.md` (cited there per instrument). Every rule, band and MCID carries a
 * `Basis` using the tags of `shared/clinical/README.md`, so a reader can tell a published rule from a policy we chose.
 */

/** The instrument ids of issue 4 (used by the CLI: `spinepath score <id>`). */
export const INSTRUMENT_IDS = [
  'nrs',
  'peg',
  'odi',
  'ndi',
  'phq9',
  'gad7',
  'dn4',
  'paindetect',
  'pcs',
  'start-back',
  'promis-pi-4a',
  'pgic',
  'eq5d5l',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export const BASIS_KINDS = [
  'published',
  'secondary',
  'computed',
  'unverified',
  'expert-estimate',
  'tool-logic',
] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

/**
 * Where a rule or number comes from. Same kinds as the knowledge base (`src/knowledge/schema.ts`):
 * published/secondary/computed name a reference id (or a `url` for a web page without a reference id);
 * unverified/expert-estimate/tool-logic give their reasoning in `note`.
 */
export interface Basis {
  readonly kind: BasisKind;
  readonly refs: readonly string[];
  readonly note?: string;
  /** A public page the fact was read on, when it has no reference id (e.g. a LOINC term page). */
  readonly url?: string;
}

/**
 * Licence classes of instruments.md §0.2. A: public domain / no permission required (item text ships).
 * B: free for non-commercial use only. C: copyrighted, licence or permission needed for electronic use.
 * unknown: no licence statement found (treated as C). Only class A ships item text or option labels.
 */
export type LicenceClass = 'A' | 'B' | 'C' | 'unknown';

export interface Licence {
  readonly class: LicenceClass;
  /** Owner line as found (e.g. "ODI © Jeremy Fairbank, 1980. All Rights Reserved"). */
  readonly owner: string;
  /** What the owner allows, in our words, with its caveats. */
  readonly terms: string;
  /** Text for `Questionnaire.copyright`. */
  readonly copyright: string;
  /** True only for class A: item text and option labels are part of the definition. */
  readonly shipsText: boolean;
  readonly basis: Basis;
}

export interface AnswerOption {
  /** The answer value in SpinePath's own answer format (what the respondent picked). */
  readonly value: number;
  /** The value the option contributes to the score (already recoded, e.g. STarT Back item 9). */
  readonly score: number;
  /** Coding of the option in FHIR: LOINC LA code where one is known, else a SpinePath code. */
  readonly system: string;
  readonly code: string;
  /** Other codings that mean the same option (e.g. GAD-7 item 2 LA18938-3 "More days than not" = 2). */
  readonly altCodes?: readonly { readonly system: string; readonly code: string }[];
  /** Option label: class A only. */
  readonly label?: string;
}

export interface ItemDefinition {
  /** Stable id: the LOINC item code where one exists, else a kebab-case id. Independent of wording. */
  readonly linkId: string;
  /** LOINC item (question) code where known. */
  readonly loinc?: string;
  /** Short neutral name for messages and docs (not the item wording). */
  readonly name: string;
  readonly type: 'choice' | 'integer';
  /** For choice items. */
  readonly options?: readonly AnswerOption[];
  /** For integer items: allowed range, inclusive. */
  readonly min?: number;
  readonly max?: number;
  /** Whether the item contributes to a score. Unscored items (PHQ-9 difficulty) are optional. */
  readonly scored: boolean;
  /** Item wording: class A only. */
  readonly text?: string;
  /** Anchor labels of a numeric item (0 and max): class A only. */
  readonly anchors?: { readonly min: string; readonly max: string };
  /** Grouping tag used by some instruments (DN4 interview vs examination items). */
  readonly part?: string;
  /** Note shown in docs (e.g. an unverified code). */
  readonly note?: string;
}

/** A band of the score (or a subscore). The first band (ascending) whose upper bound the value does not exceed. */
export interface Band {
  readonly id: string;
  readonly label: string;
  /** Upper bound of the band. */
  readonly max: number;
  /** Default true (value <= max). False: value < max (used for integer ranges so prorated fractions fall inside). */
  readonly maxInclusive?: boolean;
  /** The range as the source prints it, e.g. "10-14". */
  readonly range: string;
  readonly basis: Basis;
}

export interface Mcid {
  /** What it is: "MCID", "MIC", "MDC", "SEM", "improvement cut-off". */
  readonly kind: string;
  /** The number, when there is one. */
  readonly value?: number;
  readonly unit?: 'points' | 'percent' | 'T-points' | 'raw points' | 'category';
  readonly text: string;
  readonly basis: Basis;
}

/**
 * How missing items are handled.
 * - `require-all`: every scored item must be answered; not configurable.
 * - `denominator`: score = sum / (max × answered) (ODI form text); configurable minimum answered.
 * - `mean-impute`: add the mean of answered items for each missing one (NDI author); configurable.
 * - `prorate`: prorated = sum × items / answered, optionally rounded up (PROMIS, PHQ-9/GAD-7 if enabled).
 * - `per-item`: single-item measures (NRS sites): each item scored on its own.
 */
export type MissingMethod = 'require-all' | 'denominator' | 'mean-impute' | 'prorate' | 'per-item';

export interface MissingRuleDefinition {
  readonly method: MissingMethod;
  /** Default minimum number of scored items answered for a score (`require-all`: all). */
  readonly minAnswered: number;
  /** For prorate: round the prorated raw sum up to a whole number (PROMIS). */
  readonly roundUp?: boolean;
  /** Whether a clinic may change `minAnswered` through the scoring policy. */
  readonly configurable: boolean;
  readonly description: string;
  readonly basis: Basis;
}

export interface SubscoreDefinition {
  readonly id: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Items summed, by linkId (when the subscore is a plain sum). */
  readonly items?: readonly string[];
  readonly loinc?: string;
  readonly bands?: readonly Band[];
  readonly displayDecimals: number;
  readonly basis: Basis;
}

export type Direction = 'higher-is-worse' | 'higher-is-better' | 'lower-is-better';

/** What `compute` receives: one entry per item of the definition (same order), undefined when missing. */
export interface ComputeInput {
  readonly itemScores: readonly (number | undefined)[];
  readonly itemValues: readonly (number | undefined)[];
  /** Number of scored items answered. */
  readonly answered: number;
  /** Effective minimum answered (policy). */
  readonly minAnswered: number;
}

export interface ComputeOutput {
  /** Main score, full precision; null when the rule refuses to score. */
  readonly score: number | null;
  readonly subscores: Readonly<Record<string, number | null>>;
  /** How the missing-item rule was applied: 'complete', 'prorated', ..., or 'refused'. */
  readonly decision: MissingDecision;
  /** Extra facts for the result (e.g. PROMIS SE, EQ-5D profile, prorated raw). */
  readonly extra?: Readonly<Record<string, string | number | null>>;
  /** Band id chosen by custom logic (STarT Back risk); otherwise bands apply to `score`. */
  readonly bandId?: string | null;
  /** Display override (EQ-5D profile); otherwise the score rounded per `scoring.displayDecimals`. */
  readonly display?: string | null;
  readonly notes?: readonly string[];
}

export type MissingDecision =
  | 'complete'
  | 'scored-with-missing'
  | 'prorated'
  | 'mean-imputed'
  | 'partial-sites'
  | 'refused';

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly name: string;
  readonly shortName: string;
  /** Short instrument version as administered (ODI "2.1a", PGIC "nimh-7"); text packs must name the same. */
  readonly version: string;
  readonly description: string;
  readonly recall?: string;
  /** Introductory stem shown above the items: class A only. */
  readonly stem?: string;
  readonly licence: Licence;
  readonly loinc: {
    readonly panel?: string;
    /** LOINC code of the main score (Observation.code). */
    readonly score?: string;
    readonly scoreDisplay?: string;
    /** Caveats about the codes (missing codes, codes whose fit to this form is unverified). */
    readonly note?: string;
  };
  readonly items: readonly ItemDefinition[];
  /** Name of the main score: "total", "mean", "percentage", "T-score", "highest site rating", "profile". */
  readonly scoreName: string;
  readonly range: { readonly min: number; readonly max: number };
  readonly direction: Direction;
  readonly scoring: {
    readonly description: string;
    readonly basis: Basis;
    /** Decimals of the displayed score (the manual's rounding, else one decimal). */
    readonly displayDecimals: number;
    readonly displayRule: string;
  };
  readonly missing: MissingRuleDefinition;
  readonly subscores?: readonly SubscoreDefinition[];
  readonly bands: readonly Band[];
  readonly mcid: readonly Mcid[];
  /** Reference ids (src/knowledge/references.ts). */
  readonly sources: readonly string[];
  readonly notes?: readonly string[];
  /** Multiple answers to one item: error (default) or take the highest-scoring one (ODI, unverified). */
  readonly multipleAnswers?: 'error' | 'highest';
  /** Linkids that may appear in a QuestionnaireResponse and are ignored (calculated totals). */
  readonly ignoredLinkIds?: readonly string[];
  readonly compute: (input: ComputeInput) => ComputeOutput;
}

/** SpinePath's own answer format. */
export interface AnswerSet {
  readonly instrument: string;
  /** YYYY-MM-DD */
  readonly date?: string;
  /** linkId -> answer value (option value or code; number for numeric items); null = not answered. */
  readonly answers: Readonly<Record<string, number | string | null>>;
}

export interface ScoreError {
  readonly code:
    | 'unknown-linkid'
    | 'out-of-range'
    | 'not-an-option'
    | 'not-an-integer'
    | 'wrong-type'
    | 'multiple-answers'
    | 'wrong-instrument'
    | 'bad-input'
    | 'bad-date';
  readonly linkId?: string;
  readonly message: string;
}

export interface Alert {
  readonly id: string;
  readonly level: 'urgent' | 'warning';
  readonly linkId?: string;
  /** For the clinician. */
  readonly message: string;
  /** For the patient: where to get help now. */
  readonly patientMessage?: string;
  readonly resources?: readonly CrisisResource[];
}

export interface CrisisResource {
  readonly region: string;
  readonly name: string;
  readonly contact: string;
}

export interface MissingRuleApplied {
  readonly method: MissingMethod;
  readonly minAnswered: number;
  readonly defaultMinAnswered: number;
  readonly overridden: boolean;
  readonly decision: MissingDecision;
  /** One sentence: what was missing, what rule applied, with its basis. */
  readonly text: string;
  readonly basis: Basis;
}

export interface SubscoreResult {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly display: string | null;
  readonly band: { readonly id: string; readonly label: string } | null;
}

export interface ScoreResult {
  readonly instrument: InstrumentId;
  readonly instrumentVersion: string;
  readonly date?: string;
  readonly scoreName: string;
  /** Main score, full precision; null when not scorable. */
  readonly score: number | null;
  /** Rounded as the manual says (see docs/instruments.md). */
  readonly display: string | null;
  readonly range: { readonly min: number; readonly max: number };
  readonly direction: Direction;
  /** All scored items answered and valid. */
  readonly complete: boolean;
  readonly answered: number;
  readonly itemCount: number;
  readonly subscores: Readonly<Record<string, SubscoreResult>>;
  readonly band: { readonly id: string; readonly label: string; readonly range: string } | null;
  readonly interpretation: string;
  /** linkIds of scored items not answered. */
  readonly missing: readonly string[];
  readonly missingRule: MissingRuleApplied;
  readonly alerts: readonly Alert[];
  readonly errors: readonly ScoreError[];
  readonly warnings: readonly string[];
  /** Per-item values used (linkId -> score contribution). */
  readonly itemScores: Readonly<Record<string, number>>;
  readonly extra: Readonly<Record<string, string | number | null>>;
  readonly notes: readonly string[];
  readonly scorer: { readonly name: string; readonly version: string };
}

/** Clinic-configurable scoring policy, recorded in every result. */
export interface ScoringPolicy {
  /** Per instrument: minimum number of scored items answered (only where the rule is configurable). */
  readonly minAnswered?: Partial<Record<InstrumentId, number>>;
}

export interface ScoreOptions {
  readonly policy?: ScoringPolicy;
  /** Crisis resources shown with the PHQ-9 item 9 alert (default: international list in alerts.ts). */
  readonly crisisResources?: readonly CrisisResource[];
}

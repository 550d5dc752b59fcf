/** Safety findings of an assessment (`safety[]`). */

export type SafetySeverity = 'block' | 'warn' | 'info';

export interface SafetyItem {
  /** Stable id, e.g. "opioid-benzodiazepine", "hold:apixaban:intermediate". */
  id: string;
  severity: SafetySeverity;
  category: 'red-flag' | 'anticoagulant' | 'opioid' | 'medicine' | 'work-up' | 'unchecked-medicine';
  message: string;
  /** Drug ids (or names as written, for unknown drugs) concerned. */
  drugs: string[];
  /** Procedures, plan treatments or work-up tests concerned. */
  procedures: string[];
  /** The message rests on a value not confirmed in any retrieved source: verify before acting. */
  verify: boolean;
  /** Where guidelines of different bodies or jurisdictions disagree: each position with its jurisdiction. */
  jurisdictions?: { body: string; jurisdiction: string; position: string }[];
  citations: string[];
}

export const SEVERITY_RANK: Record<SafetySeverity, number> = { block: 0, warn: 1, info: 2 };

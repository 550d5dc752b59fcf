/**
 * Spinal levels and sides, so that a lesion can be compared with the symptoms.
 *
 * A level is either a nerve root ("L5", "S1", "C6") or a motion segment ("L4-L5", "C5-C6").
 * Concordance convention (standard anatomy, recorded as tool logic in docs/case-format.md): in the lumbar spine a
 * paracentral or lateral-recess lesion at segment Lx-Ly compresses the traversing root Ly and a foraminal lesion the
 * exiting root Lx; in the cervical spine the root that exits at segment Cx-Cy is Cy (C5-C6 holds the C6 root).
 */

export const SIDES = ['left', 'right', 'bilateral', 'central'] as const;
export type Side = (typeof SIDES)[number];

const ORDER = [
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5',
  'S1', 'S2', 'S3', 'S4', 'S5',
] as const;
export type Root = (typeof ORDER)[number];

const ROOTS = new Set<string>(ORDER);
/** Vertebral bodies (no C8 body): segments are between consecutive bodies. */
const BODIES = ORDER.filter((r) => r !== 'C8');

export interface ParsedLevel {
  kind: 'root' | 'segment';
  /** For a root: itself. For a segment: the roots it can compress (traversing and exiting). */
  roots: string[];
  text: string;
}

/** Parses "L5" or "L4-L5"; returns undefined when the text is not a valid root or adjacent segment. */
export function parseLevel(text: string): ParsedLevel | undefined {
  const t = text.trim().toUpperCase();
  if (ROOTS.has(t)) return { kind: 'root', roots: [t], text: t };
  const m = /^([CTLS]\d{1,2})-([CTLS]\d{1,2})$/.exec(t);
  if (!m) return undefined;
  const upper = m[1]!;
  const lower = m[2]!;
  const i = BODIES.indexOf(upper as (typeof BODIES)[number]);
  if (i < 0 || BODIES[i + 1] !== lower) return undefined;
  return { kind: 'segment', roots: segmentRoots(upper, lower), text: `${upper}-${lower}` };
}

function segmentRoots(upper: string, lower: string): string[] {
  if (upper.startsWith('C') || (upper === 'C7' && lower === 'T1')) {
    // Cervical roots exit above their own vertebra: C5-C6 holds C6; C7-T1 holds C8.
    if (upper === 'C7') return ['C8'];
    return [`C${Number(upper.slice(1)) + 1}`];
  }
  // Thoracic, lumbar and lumbosacral: traversing (lower) and exiting (upper) roots.
  return [lower, upper];
}

/** Whether two recorded levels can concern the same nerve root. */
export function levelsConcordant(a: string, b: string): boolean {
  const pa = parseLevel(a);
  const pb = parseLevel(b);
  if (!pa || !pb) return false;
  return pa.roots.some((r) => pb.roots.includes(r));
}

/** Whether two sides can concern the same structure (bilateral and central overlap both sides). */
export function sidesConcordant(a: Side, b: Side): boolean {
  if (a === b) return true;
  if (a === 'bilateral' || b === 'bilateral' || a === 'central' || b === 'central') return true;
  return false;
}

export function regionOfLevel(text: string): 'cervical' | 'thoracic' | 'lumbar' | undefined {
  const p = parseLevel(text);
  if (!p) return undefined;
  const c = p.text[0];
  if (c === 'C') return 'cervical';
  if (c === 'T') return 'thoracic';
  return 'lumbar';
}

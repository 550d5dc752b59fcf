/**
 * Correctable lesions for revision surgery (evidence.md §4.2 T12; §5.2 R-SEL-1). "Confirmed" = a test result showing the
 * lesion at the level and side of the symptoms (radicular lesions: root level by src/case/levels.ts levelsConcordant
 * and side by sidesConcordant) or, for segmental lesions (instability, pseudarthrosis, pseudomeningocele), at an
 * operated segment. Anything less is at most "consider", and the output names what is missing.
 */
import { levelsConcordant, sidesConcordant } from '../../case/levels.js';
import { compiledKb } from '../compiled-kb.js';
import { bands, threshold, type CompiledTreatment } from './compiled.js';
import { prob, symptomLocation, testObservations, type PlanContext } from './context.js';

export interface LesionFinding {
  cause: string;
  causeName: string;
  probability: number;
  confirmed: boolean;
  /** What was found: "non-enhancing-disc-fragment-on-gadolinium-mri L5-S1 left (mri-gadolinium 2026-03-02)". */
  evidence: string[];
  missing: string[];
}

export function correctableLesions(pc: PlanContext, ct: CompiledTreatment): LesionFinding[] {
  const possible = bands.possible;
  const remote = bands.remote;
  let loc: ReturnType<typeof symptomLocation> | undefined;
  let operated: string[] | undefined;
  const out: LesionFinding[] = [];
  for (const lesion of ct.t.lesions) {
    const p = prob(pc, lesion.cause);
    if (p < remote) continue;
    const seen = lesion.findings.flatMap((f) => (pc.obs.present.has(f) ? testObservations(pc, f).map((o) => ({ f, o })) : []));
    if (p < possible && !(seen.length > 0 && p >= remote)) continue;
    const name = compiledKb().causeById.get(lesion.cause)?.cause.name ?? lesion.cause;
    const evidence: string[] = [];
    const missing: string[] = [];
    let confirmed = false;
    if (seen.length === 0) {
      missing.push(ct.lesionMissing.get(lesion.cause)!);
    }
    for (const { f, o } of seen) {
      const where = [o.level, o.side].filter(Boolean).join(' ');
      const src = o.origin.kind === 'test' ? ` (${o.origin.test} ${o.origin.date})` : '';
      if (!o.level) {
        missing.push(`the level of ${f}${src}: record level and side with the result`);
        continue;
      }
      if (lesion.concordance === 'segmental') {
        operated ??= pc.c.surgeries.filter((s) => s.region === pc.ctx.region).flatMap((s) => s.levels);
        const atOperated = operated.some((l) => levelsConcordant(l, o.level!));
        if (atOperated) {
          confirmed = true;
          evidence.push(`${f} at ${where}${src}, an operated segment`);
        } else {
          missing.push(`${f} at ${o.level}${src} is not at an operated segment (${operated.join(', ')})`);
        }
        continue;
      }
      // Radicular: the root level and the side of the symptoms.
      loc ??= symptomLocation(pc);
      if (loc.levels.length === 0) {
        missing.push('the root level of the symptoms (record dermatomal-radiating-pain, a sensory deficit or weakness with its level)');
        continue;
      }
      const levelOk = loc.levels.some((l) => levelsConcordant(l, o.level!));
      if (!levelOk) {
        missing.push(`${f} at ${o.level}${src} does not match the symptom level (${loc.levels.join(', ')})`);
        continue;
      }
      if (!o.side || loc.sides.length === 0) {
        missing.push(!o.side ? `the side of ${f}${src}` : 'the side of the symptoms (record it with the root signs or pain sites)');
        continue;
      }
      const sideOk = loc.sides.some((s) => sidesConcordant(s, o.side!));
      if (!sideOk) {
        missing.push(`${f} on the ${o.side} side${src} does not match the symptom side (${loc.sides.join(', ')})`);
        continue;
      }
      confirmed = true;
      evidence.push(`${f} at ${where}${src}, concordant with symptoms at ${loc.levels.join(', ')} ${loc.sides.join('/')}`);
    }
    out.push({ cause: lesion.cause, causeName: name, probability: p, confirmed, evidence, missing: confirmed ? [] : [...new Set(missing)] });
  }
  return out;
}

const prognosisByCount = new Map<number, string[]>();
const CERVICAL_PROGNOSIS = ['Reoperation prognosis: the NORspine 2023 and Waddell 1979 figures are for lumbar surgery; SpinePath holds no cervical figures.'];

/** Reoperation prognosis by the number of previous operations in the region (NORspine 2023; Waddell 1979). */
export function reoperationPrognosis(pc: PlanContext, ct: CompiledTreatment): string[] {
  if (pc.ctx.region !== 'lumbar') return CERVICAL_PROGNOSIS;
  let n = 0;
  for (const s of pc.c.surgeries) if (s.region === 'lumbar') n++;
  let base = prognosisByCount.get(n);
  if (!base) {
    base = prognosisLines(n, ct);
    prognosisByCount.set(n, base);
  }
  const lines = [...base];
  const factors = waddellFactors(pc);
  if (factors.favour.length) lines.push(`Waddell 1979 factors for a better result: ${factors.favour.join('; ')}.`);
  if (factors.against.length) lines.push(`Waddell 1979 factors that predicted failure: ${factors.against.join('; ')}.`);
  return lines;
}

function prognosisLines(n: number, ct: CompiledTreatment): string[] {
  const k = Math.min(n, 4);
  const pass = threshold(ct, `norspine-pass-${k}`);
  const or = threshold(ct, `norspine-or-${k}`);
  const first = threshold(ct, 'norspine-pass-first');
  const lines = [
    `${n} previous lumbar operation${n === 1 ? '' : 's'}: NORspine 2023 odds of not reaching an acceptable symptom state (ODI <= 22) ${or} times those of a first operation; about ${pass} in 100 reach it${k < 4 ? ' (approximate, computed from the published odds ratio)' : ''}, against about ${first} in 100 after a first operation.`,
  ];
  if (n === 1) lines.push(`Waddell 1979: about ${threshold(ct, 'waddell-second-success')} in 100 second operations were successful (compensation patients).`);
  if (n >= 2) lines.push('Waddell 1979: third and later operations did progressively worse, with more patients worse than better.');
  return lines;
}

function waddellFactors(pc: PlanContext): { favour: string[]; against: string[] } {
  const likely = bands.likely;
  const favour: string[] = [];
  const against: string[] = [];
  if (pc.obs.present.has('relief-lasted-6-months-or-more')) favour.push('the previous operation gave more than 6 months of relief');
  if (pc.limbDominant) favour.push('leg pain outweighs back pain');
  if (prob(pc, 'recurrent-disc-herniation') >= likely) favour.push('a recurrent disc is likely');
  if (prob(pc, 'epidural-fibrosis') >= likely) against.push('scarring (neurolysis for scar did badly)');
  if (pc.obs.present.has('positive-culture-or-biopsy') || pc.obs.present.has('discitis-pattern-on-mri')) against.push('previous infection');
  if (prob(pc, 'pseudarthrosis') >= likely) against.push('a pseudarthrosis repair');
  if (pc.psychosocial.length) against.push(`adverse psychological factors (${pc.psychosocial.join(', ')})`);
  return { favour, against };
}

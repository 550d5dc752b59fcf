/** Condition, Procedure, QuestionnaireResponse and DiagnosticReport -> draft items. */
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { parseLevel, regionOfLevel } from '../../case/levels.js';
import type { Procedure as SurgeryProcedure } from '../../case/schema.js';
import { AnswerFormatError, fromQuestionnaireResponse } from '../../instruments/index.js';
import { BODY_SITE_REGIONS, CONDITION_CODES, type ConditionCode, PROCEDURE_CODES, SYSTEM } from '../codes.js';
import { TRIAGE_CONDITION_CODES } from '../triage-codes.js';
import { SPINEPATH_CODES } from '../spinepath-codes.js';
import { CERVICAL_PROCEDURES, LUMBAR_PROCEDURES, PROCEDURES } from '../../case/schema.js';
import { codingsOf, conceptText, type ImportContext, isObject, type Json, readDay, str } from './context.js';
import type { DraftCondition, DraftQuestionnaire, DraftSurgery, SourceRef } from './types.js';

const ALL_CONDITION_CODES = [...CONDITION_CODES, ...TRIAGE_CONDITION_CODES];
const CONDITION_BY_KEY = new Map(ALL_CONDITION_CODES.filter((c) => !c.prefix).map((c) => [`${c.system}|${c.code}`, c]));
/** ICD-10-CM categories and subcategories, longest first (compared without the dot). */
const CONDITION_PREFIXES = ALL_CONDITION_CODES.filter((c) => c.prefix)
  .map((c) => ({ c, bare: c.code.replace('.', '').toUpperCase() }))
  .sort((a, b) => b.bare.length - a.bare.length);

/** The table entry for a coding: an exact code, else (ICD-10-CM) the longest category or subcategory it falls under. */
export function conditionCodeFor(system: string | undefined, code: string | undefined): ConditionCode | undefined {
  if (!system || !code) return undefined;
  const exact = CONDITION_BY_KEY.get(`${system}|${code}`);
  if (exact || system !== SYSTEM.icd10cm) return exact;
  const bare = code.replace('.', '').toUpperCase();
  const dotted = CONDITION_BY_KEY.get(`${system}|${bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare}`);
  if (dotted) return dotted;
  return CONDITION_PREFIXES.find((p) => p.c.system === system && bare.startsWith(p.bare))?.c;
}

const ACTIVE_STATUSES = new Set(['active', 'recurrence', 'relapse']);
const PROCEDURE_BY_KEY = new Map(PROCEDURE_CODES.map((c) => [`${c.system}|${c.code}`, c]));
const BODY_SITE_BY_CODE = new Map(BODY_SITE_REGIONS.map((b) => [b.code, b]));

// ---------------------------------------------------------------------------------------------------------------
// Condition

export function mapCondition(ctx: ImportContext, r: Json, src: SourceRef): DraftCondition[] {
  const path = src.path;
  const verification = codingsOf(r.verificationStatus).map(([, c]) => c.code);
  if (verification.includes('entered-in-error') || verification.includes('refuted')) {
    ctx.issue('information', 'informational', `${path}.verificationStatus`, `Condition ${src.id ?? ''} is ${verification.join(', ')}: not imported`);
    return [];
  }
  const codings = codingsOf(r.code);
  if (codings.length === 0) {
    ctx.error(`${path}.code`, 'Condition without a coded code: nothing to map', 'required');
    return [];
  }
  const clinicalStatus = codingsOf(r.clinicalStatus)[0]?.[1].code;
  const onset = readDay(ctx, r.onsetDateTime, `${path}.onsetDateTime`) ?? (isObject(r.onsetPeriod) ? readDay(ctx, r.onsetPeriod.start, `${path}.onsetPeriod.start`) : undefined);
  const recorded = readDay(ctx, r.recordedDate, `${path}.recordedDate`);
  const abated = ['abatementDateTime', 'abatementAge', 'abatementPeriod', 'abatementRange', 'abatementString', 'abatementBoolean'].some((k) => r[k] !== undefined && r[k] !== false);
  if (r.abatementDateTime !== undefined) readDay(ctx, r.abatementDateTime, `${path}.abatementDateTime`);
  const out: DraftCondition[] = [];
  for (const [i, c] of codings) {
    const hit = conditionCodeFor(c.system, c.code);
    const p = `${path}.code.coding[${i}]`;
    if (!hit) continue;
    const to = hit.testResult ? `test:${hit.testResult.test}/${hit.testResult.finding}` : hit.finding ? `finding:${hit.finding}` : `condition:${hit.meaning}`;
    ctx.mapCode(src, p, c, to);
    if (hit.finding || hit.testResult) {
      const current = hit.timing === 'current';
      if (current && ((clinicalStatus && !ACTIVE_STATUSES.has(clinicalStatus)) || abated)) {
        ctx.issue('information', 'informational', `${path}.clinicalStatus`, `${c.display ?? hit.display} (${c.code}) is ${abated ? 'abated' : clinicalStatus}: recognised, but ${hit.finding ?? hit.testResult!.finding} is not recorded from it (only an active condition counts)`);
      }
    }
    if (!out.some((o) => o.meaning === hit.meaning)) {
      out.push({
        meaning: hit.meaning,
        system: hit.system,
        code: hit.prefix ? (c.code ?? hit.code) : hit.code,
        display: c.display ?? hit.display,
        ...(clinicalStatus ? { clinicalStatus } : {}),
        ...(onset ? { onset } : {}),
        ...(recorded ? { recorded } : {}),
        ...(abated ? { abated } : {}),
        ...(hit.region ? { region: hit.region } : {}),
        ...(hit.finding ? { finding: hit.finding } : {}),
        ...(hit.timing ? { timing: hit.timing } : {}),
        ...(hit.testResult ? { testResult: { ...hit.testResult } } : {}),
        source: src,
      });
    }
  }
  if (out.length === 0) ctx.unmapConcept(src, `${path}.code`, r.code, 'no SpinePath meaning for this condition code (no sourced mapping)');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Procedure

const SEGMENT_TEXT = /\b([CTL])(\d{1,2})\s*(?:-|\/|–|to)\s*([CTLS])?(\d{1,2})\b/gi;
const ROOT_TEXT = /\b(L[1-5]-S1|L5\s*[-/]\s*S1)\b/gi;

/** Levels written in free text: "L4-L5", "L4/5", "L5-S1", "C5-6". Only adjacent segments that parse are kept. */
export function levelsInText(text: string): string[] {
  const found: [number, string][] = [];
  for (const m of text.matchAll(ROOT_TEXT)) found.push([m.index, m[0].replace(/\s/g, '').replace('/', '-')]);
  for (const m of text.matchAll(SEGMENT_TEXT)) {
    const upper = `${m[1]!.toUpperCase()}${m[2]}`;
    const lowerPrefix = (m[3] ?? m[1]!).toUpperCase();
    found.push([m.index, `${upper}-${lowerPrefix}${m[4]}`]);
  }
  const out: string[] = [];
  for (const [, l] of found.sort((a, b) => a[0] - b[0])) {
    const p = parseLevel(l);
    if (p?.kind === 'segment' && !out.includes(p.text)) out.push(p.text);
  }
  return out;
}

/** Words that name a spine operation, for procedures without a code in the sourced table (match "text"). */
function procedureFromText(text: string): { procedure?: SurgeryProcedure; region?: 'lumbar' | 'cervical'; fusion: boolean; decompression: boolean } | undefined {
  const t = text.toLowerCase();
  const fusion = /\b(fusion|arthrodesis|spondylodesis)\b/.test(t);
  const discectomy = /\b(discectomy|diskectomy|microdiscectomy)\b/.test(t);
  const decompression = discectomy || /\b(laminectomy|laminotomy|hemilaminectomy|foraminotomy|decompression|laminoplasty)\b/.test(t);
  const discReplacement = /\b(disc|disk) (replacement|arthroplasty)\b/.test(t);
  if (!fusion && !decompression && !discReplacement) return undefined;
  const spinal = /\b(spine|spinal|lumbar|lumbosacral|cervical|vertebra|intervertebral|lamin\w*|disc|disk)\b/.test(t);
  if (!spinal) return undefined;
  const region: 'lumbar' | 'cervical' | undefined = /\b(lumbar|lumbosacral)\b/.test(t) ? 'lumbar' : /\bcervical\b/.test(t) ? 'cervical' : undefined;
  let procedure: SurgeryProcedure | undefined;
  if (region === 'cervical') {
    if (discReplacement) procedure = 'cervical-disc-replacement';
    else if (fusion && /\banterior\b/.test(t)) procedure = 'acdf';
    else if (fusion) procedure = 'cervical-posterior-fusion';
    else if (decompression) procedure = 'cervical-decompression';
  } else if (region === 'lumbar') {
    if (fusion && decompression && !discectomy) procedure = 'decompression-and-fusion';
    else if (fusion) procedure = 'fusion';
    else if (discectomy) procedure = 'discectomy';
    else if (decompression) procedure = 'decompression';
  }
  return { ...(procedure ? { procedure } : {}), ...(region ? { region } : {}), fusion, decompression };
}

export function mapProcedure(ctx: ImportContext, r: Json, src: SourceRef): DraftSurgery | undefined {
  const path = src.path;
  const status = str(r.status);
  if (status === 'entered-in-error' || status === 'not-done') {
    ctx.issue('information', 'informational', `${path}.status`, `Procedure ${src.id ?? ''} is ${status}: not imported`);
    return undefined;
  }
  const date =
    readDay(ctx, r.performedDateTime, `${path}.performedDateTime`) ??
    (isObject(r.performedPeriod) ? readDay(ctx, r.performedPeriod.start, `${path}.performedPeriod.start`) : undefined);
  const codings = codingsOf(r.code);
  if (codings.length === 0 && !conceptText(r.code)) {
    ctx.error(`${path}.code`, 'Procedure without a code or text: nothing to map', 'required');
    return undefined;
  }
  // Levels and region from body sites and text.
  const texts: string[] = [];
  let siteRegion: 'lumbar' | 'cervical' | undefined;
  const sites = Array.isArray(r.bodySite) ? r.bodySite : [];
  sites.forEach((bs, k) => {
    const t = conceptText(bs);
    if (t) texts.push(t);
    for (const [j, c] of codingsOf(bs)) {
      const hit = c.system === SYSTEM.snomed && c.code ? BODY_SITE_BY_CODE.get(c.code) : undefined;
      if (hit) {
        siteRegion = hit.region;
        ctx.mapCode(src, `${path}.bodySite[${k}].coding[${j}]`, c, `surgery.region=${hit.region}`);
      } else if (!(c.display && levelsInText(c.display).length > 0)) {
        ctx.unmapCode(src, `${path}.bodySite[${k}].coding[${j}]`, c, 'body site code not in the sourced table (levels are read from text only)');
      }
    }
  });
  const codeText = conceptText(r.code) ?? '';
  texts.push(codeText);
  for (const n of Array.isArray(r.note) ? r.note : []) if (isObject(n) && str(n.text)) texts.push(n.text as string);
  const levels = levelsInText(texts.join(' ; '));
  const levelRegion = levels.map((l) => regionOfLevel(l)).find((x) => x === 'lumbar' || x === 'cervical') as 'lumbar' | 'cervical' | undefined;

  const out: DraftSurgery = { levels, match: 'code', codes: [], sources: [src], ...(date ? { date } : {}) };
  let recognised = false;
  for (const [i, c] of codings) {
    if (c.system === SPINEPATH_CODES.procedure && c.code && (PROCEDURES as readonly string[]).includes(c.code)) {
      // SpinePath's own export (round trip).
      recognised = true;
      const proc = c.code as SurgeryProcedure;
      ctx.mapCode(src, `${path}.code.coding[${i}]`, c, 'surgery');
      out.codes.push(c);
      out.procedure = proc;
      out.region = (CERVICAL_PROCEDURES as readonly string[]).includes(proc) ? 'cervical' : (LUMBAR_PROCEDURES as readonly string[]).includes(proc) ? 'lumbar' : undefined;
      out.fusion = ['fusion', 'decompression-and-fusion', 'acdf', 'cervical-posterior-fusion'].includes(proc);
      out.instrumented = (Array.isArray(r.usedCode) ? r.usedCode : []).some((u) => codingsOf(u).some(([, x]) => x.system === SPINEPATH_CODES.surgeryFlag && x.code === 'instrumented'));
      continue;
    }
    const hit = c.system && c.code ? PROCEDURE_BY_KEY.get(`${c.system}|${c.code}`) : undefined;
    if (!hit) continue;
    recognised = true;
    ctx.mapCode(src, `${path}.code.coding[${i}]`, c, 'surgery');
    out.codes.push(c);
    if (hit.region) out.region = hit.region;
    if (hit.procedure) out.procedure = hit.procedure;
    if (hit.fusion) out.fusion = true;
    if (hit.decompression) out.decompression = true;
    if (hit.instrumented) out.instrumented = true;
  }
  if (!recognised) {
    const byText = procedureFromText(codeText);
    if (!byText) {
      ctx.unmapConcept(src, `${path}.code`, r.code, 'not a spine operation in the sourced code table');
      return undefined;
    }
    out.match = 'text';
    const first = codings[0];
    const c = first?.[1] ?? { display: codeText };
    out.codes.push(c);
    ctx.mapCode(src, first ? `${path}.code.coding[${first[0]}]` : `${path}.code`, c, 'surgery', 'text');
    ctx.warn(first ? `${path}.code.coding[${first[0]}]` : `${path}.code`, `"${codeText}": recognised as a spine operation from its name, not from a sourced code: confirm the procedure`, 'informational');
    if (byText.region) out.region = byText.region;
    if (byText.procedure) out.procedure = byText.procedure;
    if (byText.fusion) out.fusion = true;
    if (byText.decompression) out.decompression = true;
  }
  out.region ??= siteRegion ?? levelRegion;
  return out;
}

/** Combines the procedure codes of one operation (same day, same region): decompression + fusion, instrumentation. */
export function mergeSurgeries(list: DraftSurgery[]): DraftSurgery[] {
  const out: DraftSurgery[] = [];
  for (const s of list) {
    const same = s.date ? out.find((o) => o.date === s.date && (!o.region || !s.region || o.region === s.region)) : undefined;
    if (!same) {
      out.push({ ...s, levels: [...s.levels], codes: [...s.codes], sources: [...s.sources] });
      continue;
    }
    same.region ??= s.region;
    for (const l of s.levels) if (!same.levels.includes(l)) same.levels.push(l);
    same.codes.push(...s.codes);
    same.sources.push(...s.sources);
    if (s.fusion) same.fusion = true;
    if (s.decompression) same.decompression = true;
    if (s.instrumented) same.instrumented = true;
    if (s.match === 'text') same.match = 'text';
    same.procedure = combine(same.procedure, s.procedure);
  }
  for (const s of out) {
    if (s.region === 'lumbar' && s.fusion && s.decompression && (s.procedure === 'fusion' || s.procedure === 'decompression' || s.procedure === 'discectomy')) {
      s.procedure = 'decompression-and-fusion';
    }
    if (s.procedure === undefined && s.region === 'lumbar' && s.fusion) s.procedure = s.decompression ? 'decompression-and-fusion' : 'fusion';
    if (s.fusion === undefined && s.procedure) s.fusion = ['fusion', 'decompression-and-fusion', 'acdf', 'cervical-posterior-fusion'].includes(s.procedure);
  }
  return out.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

function combine(a: SurgeryProcedure | undefined, b: SurgeryProcedure | undefined): SurgeryProcedure | undefined {
  if (!a) return b;
  if (!b || a === b) return a;
  const set = new Set([a, b]);
  if (set.has('acdf')) return 'acdf';
  if (set.has('cervical-posterior-fusion')) return 'cervical-posterior-fusion';
  if (set.has('fusion') || set.has('decompression-and-fusion')) return 'decompression-and-fusion';
  if (set.has('discectomy')) return 'discectomy';
  return a;
}

// ---------------------------------------------------------------------------------------------------------------
// QuestionnaireResponse

export function mapQuestionnaireResponse(ctx: ImportContext, r: Json, src: SourceRef): DraftQuestionnaire | undefined {
  const path = src.path;
  const status = str(r.status);
  if (status === 'entered-in-error' || status === 'stopped') {
    ctx.issue('information', 'informational', `${path}.status`, `QuestionnaireResponse ${src.id ?? ''} is ${status}: not imported`);
    return undefined;
  }
  const date = readDay(ctx, r.authored, `${path}.authored`);
  const canonical = str(r.questionnaire);
  try {
    const res = fromQuestionnaireResponse(r as unknown as QuestionnaireResponse);
    for (const e of res.errors) ctx.warn(`${path}.item${e.linkId ? `(${e.linkId})` : ''}`, e.message, 'value');
    for (const w of res.warnings) ctx.warn(`${path}.item`, w, 'informational');
    const answers: Record<string, number> = {};
    for (const [k, v] of Object.entries(res.answerSet.answers)) if (typeof v === 'number') answers[k] = v;
    ctx.mapCode(src, `${path}.questionnaire`, { code: canonical }, `questionnaire:${res.answerSet.instrument}`);
    return { instrument: res.answerSet.instrument, ...(date ? { date } : {}), answers, sources: [src] };
  } catch (e) {
    if (e instanceof AnswerFormatError) {
      ctx.unmapCode(src, `${path}.questionnaire`, canonical ? { code: canonical } : {}, `questionnaire not recognised as a SpinePath instrument: ${e.message}`);
      return undefined;
    }
    ctx.error(path, `QuestionnaireResponse could not be read: ${e instanceof Error ? e.message : String(e)}`, 'structure');
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// DiagnosticReport

/**
 * No report code is mapped to a SpinePath test: the knowledge base has no sourced LOINC codes for its tests. The
 * report's codes are listed as unmapped; its results are read from their own Observation entries.
 */
export function mapDiagnosticReport(ctx: ImportContext, r: Json, src: SourceRef): void {
  const path = src.path;
  readDay(ctx, r.effectiveDateTime, `${path}.effectiveDateTime`);
  readDay(ctx, r.issued, `${path}.issued`);
  ctx.unmapConcept(src, `${path}.code`, r.code, 'no SpinePath test is mapped to a report code (no sourced LOINC codes for the knowledge-base tests); results are read from their Observations');
  if (Array.isArray(r.conclusionCode)) {
    r.conclusionCode.forEach((cc, k) => ctx.unmapConcept(src, `${path}.conclusionCode[${k}]`, cc, 'report conclusion codes are not mapped'));
  }
}

/**
 * Reads answers from SpinePath's own format or from a FHIR R4 QuestionnaireResponse into one array per instrument
 * item: the answer value and its score contribution. Every problem becomes a `ScoreError` naming the item; nothing
 * is ever read as a silent zero.
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import { QUESTIONNAIRE_BASE } from './constants.js';
import { type CompiledInstrument, type CompiledItem, COMPILED, findItem, normaliseLinkId } from './compile.js';
import type { AnswerOption, InstrumentId, ScoreError } from './types.js';
import { INSTRUMENT_IDS } from './types.js';

export interface Collected {
  readonly values: (number | undefined)[];
  readonly scores: (number | undefined)[];
  /** Items that had an answer that could not be used (listed in errors). */
  readonly invalid: boolean[];
  readonly errors: ScoreError[];
  readonly warnings: string[];
  date?: string;
}

function empty(ci: CompiledInstrument): Collected {
  const n = ci.items.length;
  return {
    values: new Array<number | undefined>(n).fill(undefined),
    scores: new Array<number | undefined>(n).fill(undefined),
    invalid: new Array<boolean>(n).fill(false),
    errors: [],
    warnings: [],
  };
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

function allowedValues(item: CompiledItem): string {
  const d = item.def;
  if (d.type === 'integer') return `an integer ${d.min}-${d.max}`;
  return `one of ${[...item.byValue.keys()].join(', ')} (or codes ${[...item.byCode.keys()].join(', ')})`;
}

function fail(c: Collected, item: CompiledItem, code: ScoreError['code'], what: string): void {
  c.invalid[item.index] = true;
  c.errors.push({
    code,
    linkId: item.def.linkId,
    message: `${item.def.linkId} (${item.def.name}): ${what}; expected ${allowedValues(item)}`,
  });
}

function setOption(c: Collected, item: CompiledItem, o: AnswerOption): void {
  c.values[item.index] = o.value;
  c.scores[item.index] = o.score;
}

/** A number or a string for one item (own format, valueInteger/valueDecimal or valueString). */
export function setPlain(c: Collected, item: CompiledItem, v: number | string): void {
  const d = item.def;
  if (typeof v === 'string') {
    const s = v.trim();
    if (d.type === 'choice') {
      const byCode = item.byCode.get(s);
      if (byCode) return setOption(c, item, byCode.option);
    }
    if (!NUMERIC.test(s)) return fail(c, item, 'wrong-type', `answer "${v}" is not a number${d.type === 'choice' ? ' or an option code' : ''}`);
    v = Number(s);
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(c, item, 'wrong-type', `answer ${String(v)} is not a number`);
  if (d.type === 'choice') {
    const o = item.byValue.get(v);
    if (!o) return fail(c, item, 'not-an-option', `answer ${v} is not among the options`);
    return setOption(c, item, o);
  }
  if (!Number.isInteger(v)) return fail(c, item, 'not-an-integer', `answer ${v} is not a whole number`);
  if (v < (d.min as number) || v > (d.max as number)) return fail(c, item, 'out-of-range', `answer ${v} is out of range`);
  c.values[item.index] = v;
  c.scores[item.index] = v;
}

// ---------------------------------------------------------------------------------------------------------------
// Own format

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(c: Collected, date: unknown): void {
  if (date === undefined) return;
  if (typeof date !== 'string' || !DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    c.errors.push({ code: 'bad-date', message: `date ${JSON.stringify(date)} is not a valid YYYY-MM-DD date` });
    return;
  }
  c.date = date;
}

export function collectAnswerSet(id: InstrumentId, input: Record<string, unknown>): Collected {
  const ci = COMPILED[id];
  const c = empty(ci);
  if (input.instrument !== id) {
    c.errors.push({
      code: 'wrong-instrument',
      message: `answers are for instrument ${JSON.stringify(input.instrument)}, not "${id}"`,
    });
    return c;
  }
  checkDate(c, input.date);
  const answers = input.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    c.errors.push({ code: 'bad-input', message: '"answers" must be an object { "<linkId>": value }' });
    return c;
  }
  for (const [linkId, v] of Object.entries(answers as Record<string, unknown>)) {
    const item = findItem(ci, linkId);
    if (!item) {
      if (ci.ignored.has(normaliseLinkId(linkId))) continue;
      c.errors.push({
        code: 'unknown-linkid',
        linkId,
        message: `unknown item "${linkId}" for ${ci.def.shortName}; known: ${ci.items.map((i) => i.def.linkId).join(', ')}`,
      });
      continue;
    }
    if (v === null || v === undefined) continue;
    if (c.values[item.index] !== undefined || c.invalid[item.index]) {
      fail(c, item, 'multiple-answers', 'answered twice');
      continue;
    }
    if (typeof v !== 'number' && typeof v !== 'string') {
      fail(c, item, 'wrong-type', `answer ${JSON.stringify(v)} is not a number or code`);
      continue;
    }
    setPlain(c, item, v);
  }
  return c;
}

// ---------------------------------------------------------------------------------------------------------------
// FHIR QuestionnaireResponse

/** The instrument a canonical Questionnaire URL names, if it is one of ours or carries a known LOINC panel code. */
export function instrumentOfCanonical(canonical: string): InstrumentId | 'unknown' {
  const bare = canonical.split('|')[0] as string;
  if (bare.startsWith(QUESTIONNAIRE_BASE)) {
    const id = bare.slice(QUESTIONNAIRE_BASE.length);
    return (INSTRUMENT_IDS as readonly string[]).includes(id) ? (id as InstrumentId) : 'unknown';
  }
  const loinc = /(\d{3,7}-\d)(?!.*\d{3,7}-\d)/.exec(bare)?.[1];
  if (loinc) {
    for (const id of INSTRUMENT_IDS) if (COMPILED[id].def.loinc.panel === loinc) return id;
  }
  return 'unknown';
}

function answerOf(c: Collected, item: CompiledItem, a: QuestionnaireResponseItemAnswer): { value: number; score: number } | null {
  const probe = emptyProbe(c);
  if (a.valueCoding !== undefined) {
    const coding = a.valueCoding;
    const hit = coding.code !== undefined ? item.byCode.get(coding.code) : undefined;
    if (!hit || (coding.system !== undefined && coding.system !== hit.system)) {
      fail(c, item, 'not-an-option', `coding ${coding.system ?? '(no system)'}|${coding.code ?? '(no code)'} is not among the options`);
      return null;
    }
    return { value: hit.option.value, score: hit.option.score };
  }
  const v = a.valueInteger ?? a.valueDecimal ?? a.valueString;
  if (v === undefined) {
    const kind = Object.keys(a).find((k) => k.startsWith('value')) ?? 'no value';
    fail(c, item, 'wrong-type', `answer type ${kind} is not supported`);
    return null;
  }
  setPlain(probe, item, v);
  if (probe.errors.length > 0) {
    c.invalid[item.index] = true;
    c.errors.push(...probe.errors);
    return null;
  }
  return { value: probe.values[item.index] as number, score: probe.scores[item.index] as number };
}

function emptyProbe(c: Collected): Collected {
  return {
    values: new Array<number | undefined>(c.values.length).fill(undefined),
    scores: new Array<number | undefined>(c.values.length).fill(undefined),
    invalid: new Array<boolean>(c.values.length).fill(false),
    errors: [],
    warnings: [],
  };
}

function visit(ci: CompiledInstrument, c: Collected, seen: boolean[], items: readonly QuestionnaireResponseItem[]): void {
  for (const qi of items) {
    const answers = qi.answer ?? [];
    const item = typeof qi.linkId === 'string' ? findItem(ci, qi.linkId) : undefined;
    if (!item) {
      const known = typeof qi.linkId === 'string' && ci.ignored.has(normaliseLinkId(qi.linkId));
      if (answers.length > 0 && !known) {
        c.errors.push({
          code: 'unknown-linkid',
          linkId: qi.linkId,
          message: `unknown item "${qi.linkId}" for ${ci.def.shortName}; known: ${ci.items.map((i) => i.def.linkId).join(', ')}`,
        });
      }
    } else if (answers.length > 0) {
      if (seen[item.index]) {
        fail(c, item, 'multiple-answers', 'item appears more than once in the response');
      } else {
        seen[item.index] = true;
        if (answers.length > 1 && ci.def.multipleAnswers !== 'highest') {
          fail(c, item, 'multiple-answers', `${answers.length} answers given to a single-answer item`);
        } else {
          let best: { value: number; score: number } | null = null;
          for (const a of answers) {
            const r = answerOf(c, item, a);
            if (r && (best === null || r.score > best.score)) best = r;
          }
          if (answers.length > 1 && best && !c.invalid[item.index]) {
            c.warnings.push(
              `${item.def.linkId}: ${answers.length} statements marked; the highest-scoring one (${best.score}) is used ` +
                '(multiple-mark rule unverified)',
            );
          }
          if (best && !c.invalid[item.index]) {
            c.values[item.index] = best.value;
            c.scores[item.index] = best.score;
          }
        }
      }
    }
    for (const a of answers) if (a.item) visit(ci, c, seen, a.item);
    if (qi.item) visit(ci, c, seen, qi.item);
  }
}

export function collectQuestionnaireResponse(id: InstrumentId, qr: QuestionnaireResponse): Collected {
  const ci = COMPILED[id];
  const c = empty(ci);
  if (qr.questionnaire) {
    const named = instrumentOfCanonical(qr.questionnaire);
    if (named !== 'unknown' && named !== id) {
      c.errors.push({
        code: 'wrong-instrument',
        message: `QuestionnaireResponse.questionnaire ${qr.questionnaire} is ${named}, not "${id}"`,
      });
      return c;
    }
  }
  if (typeof qr.authored === 'string') c.date = qr.authored.slice(0, 10);
  visit(ci, c, new Array<boolean>(ci.items.length).fill(false), qr.item ?? []);
  return c;
}

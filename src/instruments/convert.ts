/**
 * QuestionnaireResponse <-> SpinePath answer format. Choice answers become valueCoding with the option's LOINC LA
 * code (or SpinePath code); numeric answers valueInteger. Reading accepts LOINC/SpinePath codings (system checked
 * when present), plain valueInteger/valueDecimal/valueString values, LHC-Forms linkIds ("/44250-9") and nested groups.
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem, Reference } from '@medplum/fhirtypes';
import { collectAnswerSet, collectQuestionnaireResponse, instrumentOfCanonical } from './collect.js';
import { COMPILED } from './compile.js';
import { questionnaireUrl } from './constants.js';
import { getInstrument } from './registry.js';
import type { AnswerSet, InstrumentId, ScoreError } from './types.js';

export class AnswerFormatError extends Error {
  constructor(readonly errors: readonly ScoreError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'AnswerFormatError';
  }
}

export interface ToQuestionnaireResponseOptions {
  readonly id?: string;
  readonly subject?: Reference;
  readonly status?: QuestionnaireResponse['status'];
}

/** Own format -> QuestionnaireResponse. Throws `AnswerFormatError` (listing every bad item) for invalid answers. */
export function toQuestionnaireResponse(answers: AnswerSet, options: ToQuestionnaireResponseOptions = {}): QuestionnaireResponse {
  const def = getInstrument(answers.instrument);
  const c = collectAnswerSet(def.id, answers as unknown as Record<string, unknown>);
  if (c.errors.length > 0) throw new AnswerFormatError(c.errors);
  const items: QuestionnaireResponseItem[] = [];
  for (const it of COMPILED[def.id].items) {
    const v = c.values[it.index];
    if (v === undefined) continue;
    if (it.def.type === 'choice') {
      const o = it.byValue.get(v);
      if (!o) continue;
      const display = def.licence.shipsText ? o.label : undefined;
      items.push({ linkId: it.def.linkId, answer: [{ valueCoding: { system: o.system, code: o.code, ...(display ? { display } : {}) } }] });
    } else {
      items.push({ linkId: it.def.linkId, answer: [{ valueInteger: v }] });
    }
  }
  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.id ? { id: options.id } : {}),
    questionnaire: `${questionnaireUrl(def.id)}|${def.version}`,
    status: options.status ?? 'completed',
    ...(options.subject ? { subject: options.subject } : {}),
    ...(c.date ? { authored: c.date } : {}),
    item: items,
  };
}

export interface FromQuestionnaireResponseResult {
  readonly answerSet: AnswerSet;
  readonly errors: readonly ScoreError[];
  readonly warnings: readonly string[];
}

/**
 * QuestionnaireResponse -> own format. The instrument comes from `instrumentId`, else from `questionnaire`
 * (a SpinePath canonical or a URL carrying a known LOINC panel code). Invalid answers are left out and listed.
 */
export function fromQuestionnaireResponse(qr: QuestionnaireResponse, instrumentId?: string): FromQuestionnaireResponseResult {
  let id: InstrumentId;
  if (instrumentId !== undefined) id = getInstrument(instrumentId).id;
  else {
    const named = qr.questionnaire ? instrumentOfCanonical(qr.questionnaire) : 'unknown';
    if (named === 'unknown') {
      throw new AnswerFormatError([
        { code: 'wrong-instrument', message: `cannot tell the instrument from questionnaire ${JSON.stringify(qr.questionnaire)}: pass the instrument id` },
      ]);
    }
    id = named;
  }
  const c = collectQuestionnaireResponse(id, qr);
  const answers: Record<string, number> = {};
  for (const it of COMPILED[id].items) {
    const v = c.values[it.index];
    if (v !== undefined) answers[it.def.linkId] = v;
  }
  return {
    answerSet: { instrument: id, ...(c.date ? { date: c.date } : {}), answers },
    errors: c.errors,
    warnings: c.warnings,
  };
}

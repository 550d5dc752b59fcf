/**
 * A small renderer for the FHIR R4 Questionnaires SpinePath ships (src/instruments toQuestionnaire): one question per
 * screen, choice items as large radio buttons, 0-10 integer items as an 11-point scale, other integers as a number.
 * Answers are kept as a draft until the server accepts them, and sent as a QuestionnaireResponse. PHQ-9 item 9
 * above 0 shows where to get help at once, before anything is sent.
 */
import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import type { Questionnaire, QuestionnaireItem } from '../api/types';
import { useDraft } from '../shared/drafts';
import { FieldError } from '../shared/ui';
import { HelpNow } from './HelpNow';

const EXT_MIN = 'http://hl7.org/fhir/StructureDefinition/minValue';
const EXT_MAX = 'http://hl7.org/fhir/StructureDefinition/maxValue';
/** PHQ-9 item 9 (LOINC 44260-8): thoughts of being better off dead or of self-harm. */
export const PHQ9_ITEM9 = '44260-8';

export type Answer = { kind: 'coding'; system?: string | undefined; code: string; display?: string | undefined; index: number } | { kind: 'integer'; value: number };

export interface QuestionnaireResponseBody {
  resourceType: 'QuestionnaireResponse';
  questionnaire?: string;
  status: 'completed';
  authored: string;
  item: { linkId: string; answer: ({ valueCoding: { system?: string; code: string; display?: string } } | { valueInteger: number })[] }[];
}

/** The items a patient answers (display text and calculated totals are not questions). */
export function questionsOf(q: Questionnaire): QuestionnaireItem[] {
  const out: QuestionnaireItem[] = [];
  const walk = (items: QuestionnaireItem[] | undefined) => {
    for (const it of items ?? []) {
      if (it.type === 'group') walk(it.item);
      else if (it.type !== 'display' && !it.readOnly) out.push(it);
    }
  };
  walk(q.item);
  return out;
}

/** A questionnaire can be offered to a patient only when every question has its text (licensed text loaded). */
export function hasAllText(q: Questionnaire): boolean {
  return questionsOf(q).every((i) => !!i.text && (i.type !== 'choice' || (i.answerOption ?? []).every((o) => !!o.valueCoding?.display)));
}

const range = (it: QuestionnaireItem) => {
  const min = it.extension?.find((e) => e.url === EXT_MIN)?.valueInteger ?? 0;
  const max = it.extension?.find((e) => e.url === EXT_MAX)?.valueInteger ?? 10;
  return { min, max };
};

/** Splits "Question (0 = No pain; 10 = Worst pain)" into the question and its anchors. */
function splitAnchors(text: string): { question: string; anchors: string[] } {
  const m = /^(.*)\s\(([^()]*=[^()]*)\)\s*$/.exec(text);
  if (!m) return { question: text, anchors: [] };
  return { question: m[1]!, anchors: m[2]!.split(';').map((s) => s.trim()) };
}

export function toResponse(q: Questionnaire, answers: Record<string, Answer>, authored: string): QuestionnaireResponseBody {
  const item: QuestionnaireResponseBody['item'] = [];
  for (const it of questionsOf(q)) {
    const a = answers[it.linkId];
    if (!a) continue;
    if (a.kind === 'coding') item.push({ linkId: it.linkId, answer: [{ valueCoding: { ...(a.system ? { system: a.system } : {}), code: a.code, ...(a.display ? { display: a.display } : {}) } }] });
    else item.push({ linkId: it.linkId, answer: [{ valueInteger: a.value }] });
  }
  return { resourceType: 'QuestionnaireResponse', ...(q.url ? { questionnaire: q.version ? `${q.url}|${q.version}` : q.url } : {}), status: 'completed', authored, item };
}

export function item9Positive(answers: Record<string, Answer>): boolean {
  const a = answers[PHQ9_ITEM9];
  return !!a && a.kind === 'coding' && a.index > 0;
}

function Question({ it, answer, onAnswer, error, headingRef }: { it: QuestionnaireItem; answer: Answer | undefined; onAnswer: (a: Answer) => void; error?: string | undefined; headingRef: Ref<HTMLLegendElement> }) {
  const { question, anchors } = splitAnchors(it.text ?? '');
  const errId = `q-${it.linkId}-error`;
  if (it.type === 'choice') {
    return (
      <fieldset className="q-options radios" aria-invalid={error ? true : undefined} aria-describedby={error ? errId : undefined}>
        <legend tabIndex={-1} ref={headingRef}>
          {question}
        </legend>
        <FieldError id={errId} error={error} />
        {(it.answerOption ?? []).map((o, i) => {
          const code = o.valueCoding?.code ?? String(i);
          return (
            <label key={code}>
              <input
                type="radio"
                name={it.linkId}
                checked={answer?.kind === 'coding' && answer.code === code}
                onChange={() => onAnswer({ kind: 'coding', system: o.valueCoding?.system, code, display: o.valueCoding?.display, index: i })}
              />
              {o.valueCoding?.display ?? code}
            </label>
          );
        })}
      </fieldset>
    );
  }
  const { min, max } = range(it);
  if (max - min <= 10) {
    const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return (
      <fieldset aria-invalid={error ? true : undefined} aria-describedby={[anchors.length ? `q-${it.linkId}-anchors` : '', error ? errId : ''].filter(Boolean).join(' ') || undefined}>
        <legend tabIndex={-1} ref={headingRef}>
          {question}
        </legend>
        <FieldError id={errId} error={error} />
        <div className="nrs-scale">
          {values.map((v) => (
            <label key={v}>
              <input type="radio" name={it.linkId} checked={answer?.kind === 'integer' && answer.value === v} onChange={() => onAnswer({ kind: 'integer', value: v })} />
              {v}
            </label>
          ))}
        </div>
        {anchors.length ? (
          <p className="nrs-anchors" id={`q-${it.linkId}-anchors`}>
            {anchors.map((a) => (
              <span key={a}>{a}</span>
            ))}
          </p>
        ) : null}
      </fieldset>
    );
  }
  return (
    <fieldset>
      <legend tabIndex={-1} ref={headingRef}>
        {question}
      </legend>
      <FieldError id={errId} error={error} />
      <label htmlFor={`q-${it.linkId}`}>
        Your answer ({min} to {max})
      </label>
      <input
        id={`q-${it.linkId}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={answer?.kind === 'integer' ? answer.value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errId : undefined}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isInteger(n)) onAnswer({ kind: 'integer', value: n });
        }}
      />
      {anchors.length ? <p className="hint">{anchors.join('; ')}</p> : null}
    </fieldset>
  );
}

export function QuestionnaireRunner({
  questionnaire,
  draftKey,
  onSubmit,
  submitError,
  busy,
}: {
  questionnaire: Questionnaire;
  draftKey: string;
  onSubmit: (answers: Record<string, Answer>, clearDraft: () => void) => void;
  submitError?: string[] | undefined;
  busy: boolean;
}) {
  const questions = questionsOf(questionnaire);
  const stem = questionnaire.item?.find((i) => i.type === 'display')?.text;
  const [state, setState, clear] = useDraft<{ answers: Record<string, Answer>; index: number }>(draftKey, { answers: {}, index: 0 });
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLLegendElement>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const index = Math.min(state.index, questions.length);
  const onReview = index >= questions.length;
  const first = useRef(true);

  useEffect(() => {
    // Move focus to the new question (not on the first screen: the page title has it).
    if (first.current) {
      first.current = false;
      return;
    }
    (onReview ? reviewHeading.current : heading.current)?.focus();
  }, [index, onReview]);

  const it = questions[index];
  const go = (to: number) => {
    setError(undefined);
    setState((s) => ({ ...s, index: to }));
  };

  function next(e: FormEvent) {
    e.preventDefault();
    if (it && it.required && !state.answers[it.linkId]) {
      setError('Choose an answer to go on.');
      return;
    }
    if (it?.type === 'integer' && state.answers[it.linkId]?.kind === 'integer') {
      const { min, max } = range(it);
      const v = (state.answers[it.linkId] as { value: number }).value;
      if (v < min || v > max) {
        setError(`Give a whole number from ${min} to ${max}.`);
        return;
      }
    }
    go(index + 1);
  }

  const missing = questions.filter((q) => q.required && !state.answers[q.linkId]);

  return (
    <div className="q-screen">
      {stem ? <p>{stem}</p> : null}
      {item9Positive(state.answers) ? <HelpNow /> : null}
      {!onReview && it ? (
        <form onSubmit={next} noValidate>
          <p className="q-progress" aria-live="polite">
            Question {index + 1} of {questions.length}
          </p>
          <Question it={it} answer={state.answers[it.linkId]} error={error} headingRef={heading} onAnswer={(a) => {
            setError(undefined);
            setState((s) => ({ ...s, answers: { ...s.answers, [it.linkId]: a } }));
          }} />
          <div className="actions">
            {index > 0 ? (
              <button type="button" className="secondary" onClick={() => go(index - 1)}>
                Back
              </button>
            ) : null}
            <button type="submit">{index + 1 === questions.length ? 'Review answers' : 'Next'}</button>
          </div>
        </form>
      ) : (
        <section aria-labelledby="review-title">
          <h2 id="review-title" tabIndex={-1} ref={reviewHeading}>
            Check your answers
          </h2>
          {submitError && submitError.length ? (
            <div className="error-summary" role="alert">
              <h2>Your answers were not sent</h2>
              <p>Your answers are kept on this device. Please correct and send again:</p>
              <ul>
                {submitError.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <dl className="facts">
            {questions.map((q, i) => {
              const a = state.answers[q.linkId];
              return (
                <div key={q.linkId} style={{ display: 'contents' }}>
                  <dt>{splitAnchors(q.text ?? '').question}</dt>
                  <dd>
                    {a ? (a.kind === 'coding' ? a.display ?? a.code : a.value) : <em>not answered</em>}{' '}
                    <button type="button" className="linklike" onClick={() => go(i)}>
                      Change<span className="visually-hidden"> answer to question {i + 1}</span>
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
          {missing.length ? (
            <p className="notice warn">
              {missing.length} question{missing.length > 1 ? 's are' : ' is'} not answered yet.
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => go(questions.length - 1)}>
              Back
            </button>
            <button type="button" disabled={busy || missing.length > 0} onClick={() => onSubmit(state.answers, clear)}>
              {busy ? 'Sending…' : 'Send my answers'}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

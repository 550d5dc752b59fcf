/** Daily pain diary: pain right now on the 0-10 scale with an optional note; the entries so far. */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fieldErrors, formLevelErrors } from '../api/client';
import { useDraft } from '../shared/drafts';
import { ErrorSummary, FieldError, Loading, PageTitle, QueryError, TextArea, formatDate } from '../shared/ui';
import { patientApi } from './api';

const ANCHORS = ['0 = no pain', '10 = worst pain you can imagine'];

export function Diary() {
  const qc = useQueryClient();
  const entries = useQuery({ queryKey: ['me', 'diary'], queryFn: patientApi.diary });
  const [draft, setDraft, clear] = useDraft<{ nrs: number | null; note: string }>('diary', { nrs: null, note: '' });
  const [localError, setLocalError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const add = useMutation({
    mutationFn: () => patientApi.addDiary({ nrs: draft.nrs!, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) }),
    onSuccess: (e) => {
      clear();
      setSaved(`Saved: pain ${e.nrs} out of 10 on ${formatDate(e.date)}.`);
      void qc.invalidateQueries({ queryKey: ['me', 'diary'] });
      status.current?.focus();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    if (draft.nrs === null) {
      setLocalError('Choose a number from 0 to 10.');
      return;
    }
    setLocalError(undefined);
    add.mutate();
  }

  const fe = fieldErrors(add.error);
  const nrsError = localError ?? fe.nrs;
  const other = formLevelErrors(add.error, (p) => p === 'nrs' || p === 'note');

  return (
    <>
      <PageTitle>Pain diary</PageTitle>
      <div ref={status} tabIndex={-1} aria-live="polite">
        {saved ? <div className="notice ok">{saved}</div> : null}
      </div>
      <ErrorSummary errors={other} title="Your entry was not saved" />
      <form onSubmit={submit} noValidate className="card">
        <fieldset id="nrs" aria-invalid={nrsError ? true : undefined} aria-describedby={`nrs-anchors${nrsError ? ' nrs-error' : ''}`}>
          <legend>How bad is your pain right now?</legend>
          <FieldError id="nrs-error" error={nrsError} />
          <div className="nrs-scale">
            {Array.from({ length: 11 }, (_, v) => (
              <label key={v}>
                <input type="radio" name="nrs" value={v} checked={draft.nrs === v} onChange={() => setDraft((d) => ({ ...d, nrs: v }))} />
                {v}
              </label>
            ))}
          </div>
          <p className="nrs-anchors" id="nrs-anchors">
            {ANCHORS.map((a) => (
              <span key={a}>{a}</span>
            ))}
          </p>
        </fieldset>
        <TextArea label="Note (optional)" hint="For example what you were doing, or what helped." name="note" maxLength={2000} value={draft.note} error={fe.note} onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))} />
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Saving…' : 'Save entry'}
        </button>
      </form>
      <section aria-labelledby="past-title">
        <h2 id="past-title">Your entries</h2>
        {entries.isPending ? (
          <Loading />
        ) : entries.isError ? (
          <QueryError error={entries.error} what="your diary" />
        ) : entries.data.entries.length === 0 ? (
          <p>No entries yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Pain (0-10)</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {[...entries.data.entries]
                .reverse()
                .slice(0, 30)
                .map((e) => (
                  <tr key={e.id}>
                    <td>{formatDate(e.date)}</td>
                    <td>{e.nrs}</td>
                    <td>{e.note}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

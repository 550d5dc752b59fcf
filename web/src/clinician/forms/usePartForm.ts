/**
 * A form that records one part of a patient's record (operation, pain profile, test result, medication...): the
 * typed values live in a draft until the server accepts them; the server's field errors come back keyed by field.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDraft } from '../../shared/drafts';
import { clinicianApi, keys, type PartSegment } from '../api';
import { errorsUnder, type Errors } from './errors';

export function usePartForm<S>(patientId: string, segment: PartSegment, initial: () => S, toData: (s: S) => { data?: unknown; errors?: Errors }) {
  const [state, setState, clear, restored] = useDraft<S>(`part:${patientId}:${segment}`, initial);
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: (data: unknown) => clinicianApi.addPart(patientId, segment, data),
    onSuccess: () => {
      clear();
      setSaved('Saved.');
      void qc.invalidateQueries({ queryKey: keys.parts(patientId, segment) });
      void qc.invalidateQueries({ queryKey: keys.caseload });
    },
  });
  const errors: Errors = Object.keys(localErrors).length ? localErrors : errorsUnder(mutation.error, 'body.data');
  const submit = () => {
    setSaved(null);
    const r = toData(state);
    if (r.errors && Object.keys(r.errors).length) {
      setLocalErrors(r.errors);
      return;
    }
    setLocalErrors({});
    mutation.mutate(r.data);
  };
  const update = (patch: Partial<S>) => {
    setSaved(null);
    setState((s) => ({ ...s, ...patch }));
  };
  return { state, update, setState, submit, errors, saving: mutation.isPending, saved, restored, reset: clear };
}

/** '' -> undefined, else a number (NaN stays, so the server can name the field). */
export const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

/** Drops undefined, '' and empty arrays so the server sees only what was given. */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as Partial<T>;
}

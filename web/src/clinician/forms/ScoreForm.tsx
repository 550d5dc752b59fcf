/**
 * A questionnaire total entered by the clinician (for instruments done on paper, or whose licensed text the clinic
 * has not loaded into SpinePath), and the schedule that makes questionnaires due for the patient in the app.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDraft } from '../../shared/drafts';
import { ErrorSummary, Loading, SelectField, TextField, today } from '../../shared/ui';
import { clinicianApi, keys } from '../api';
import { errorFor, errorsUnder, unclaimed } from './errors';
import { FormFrame } from './FormFrame';

export function ScoreForm({ patientId }: { patientId: string }) {
  const qc = useQueryClient();
  const inst = useQuery({ queryKey: ['instruments'], queryFn: clinicianApi.instruments, staleTime: Infinity });
  const [s, set, clear, restored] = useDraft(`score:${patientId}`, () => ({ instrument: 'odi', date: today(), score: '' }));
  const [saved, setSaved] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: () => clinicianApi.enterScore(patientId, { instrument: s.instrument, date: s.date, score: s.score.trim() === '' ? Number.NaN : Number(s.score) }),
    onSuccess: () => {
      clear();
      setSaved('Score saved.');
      void qc.invalidateQueries({ queryKey: keys.responses(patientId) });
      void qc.invalidateQueries({ queryKey: ['patient', patientId, 'outcomes'] });
      void qc.invalidateQueries({ queryKey: keys.caseload });
    },
  });
  const errors = errorsUnder(m.error, 'body');
  return (
    <FormFrame id="form-score" title="Enter a questionnaire score" onSubmit={() => { setSaved(null); m.mutate(); }} saving={m.isPending} saved={saved} restored={restored} unclaimedErrors={unclaimed(errors, ['instrument', 'date', 'score', 'answers'])}>
      <div className="row">
        <SelectField id="sc-instrument" label="Questionnaire" value={s.instrument} error={errorFor(errors, 'instrument')} onChange={(e) => set({ ...s, instrument: e.target.value })}>
          {(inst.data?.instruments ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </SelectField>
        <TextField id="sc-date" label="Date" type="date" max={today()} value={s.date} error={errorFor(errors, 'date')} onChange={(e) => set({ ...s, date: e.target.value })} />
        <TextField id="sc-score" label="Total score" type="number" inputMode="decimal" step="any" value={s.score} error={errorFor(errors, 'score') ?? errorFor(errors, 'answers')} onChange={(e) => set({ ...s, score: e.target.value })} />
      </div>
    </FormFrame>
  );
}

export function ScheduleForm({ patientId }: { patientId: string }) {
  const qc = useQueryClient();
  const inst = useQuery({ queryKey: ['instruments'], queryFn: clinicianApi.instruments, staleTime: Infinity });
  const sched = useQuery({ queryKey: keys.schedule(patientId), queryFn: () => clinicianApi.schedule(patientId) });
  const [edit, setEdit] = useState<Record<string, string> | null>(null);
  const m = useMutation({
    mutationFn: (schedules: { instrument: string; everyDays: number }[]) => clinicianApi.setSchedule(patientId, schedules),
    onSuccess: () => {
      setEdit(null);
      void qc.invalidateQueries({ queryKey: keys.schedule(patientId) });
    },
  });
  if (sched.isPending || inst.isPending) return <Loading />;
  const current = Object.fromEntries((sched.data?.schedules ?? []).map((x) => [x.instrument, String(x.everyDays)]));
  const values = edit ?? current;
  const errors = errorsUnder(m.error, 'body');
  return (
    <section className="card" aria-labelledby="sched-title">
      <h2 id="sched-title">Questionnaires the patient fills in at home</h2>
      <p className="hint">Only questionnaires whose wording SpinePath may show (or whose licensed text the clinic has loaded) are offered in the patient app.</p>
      <ErrorSummary errors={Object.values(errors)} />
      <div className="picker-list">
        {(inst.data?.instruments ?? []).map((i) => (
          <div className="picker-row" key={i.id}>
            <span className="name" id={`sched-${i.id}`}>
              {i.name} {i.shipsText ? null : <span className="badge none">text not shipped: clinic pack needed</span>}
            </span>
            <select aria-labelledby={`sched-${i.id}`} value={values[i.id] ?? ''} onChange={(e) => setEdit({ ...values, [i.id]: e.target.value })}>
              <option value="">not scheduled</option>
              <option value="1">every day</option>
              <option value="7">every week</option>
              <option value="14">every 2 weeks</option>
              <option value="28">every 4 weeks</option>
              <option value="90">every 3 months</option>
            </select>
          </div>
        ))}
      </div>
      <div className="actions">
        <button type="button" disabled={!edit || m.isPending} onClick={() => m.mutate(Object.entries(values).filter(([, v]) => v).map(([instrument, v]) => ({ instrument, everyDays: Number(v) })))}>
          {m.isPending ? 'Saving…' : 'Save schedule'}
        </button>
        {m.isSuccess ? <span role="status">Schedule saved.</span> : null}
      </div>
    </section>
  );
}

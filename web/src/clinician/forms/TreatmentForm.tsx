/** A treatment course tried or under way, with how it went. */
import { SelectField, TextArea, TextField, today } from '../../shared/ui';
import { useKnowledge } from '../useKnowledge';
import { errorFor, unclaimed } from './errors';
import { FormFrame } from './FormFrame';
import { compact, num, usePartForm } from './usePartForm';

interface State {
  treatment: string;
  start: string;
  end: string;
  status: string;
  reliefPercent: string;
  global: string;
  stoppedBecause: string;
  note: string;
}
const KEYS = ['treatment', 'start', 'end', 'status', 'response', 'stoppedBecause', 'note'];

export function TreatmentForm({ patientId }: { patientId: string }) {
  const kb = useKnowledge();
  const f = usePartForm<State>(
    patientId,
    'treatments',
    () => ({ treatment: '', start: '', end: '', status: 'ongoing', reliefPercent: '', global: '', stoppedBecause: '', note: '' }),
    (s) => {
      const errors: Record<string, string> = {};
      if (!s.treatment) errors.treatment = 'Choose the treatment.';
      if (!s.start) errors.start = 'Enter when it started.';
      const response = compact({ reliefPercent: num(s.reliefPercent), global: s.global || undefined });
      return {
        errors,
        data: compact({
          treatment: s.treatment,
          start: s.start,
          end: s.end || undefined,
          status: s.status,
          response: Object.keys(response).length ? response : undefined,
          stoppedBecause: s.stoppedBecause || undefined,
          note: s.note.trim() || undefined,
        }),
      };
    },
  );
  const s = f.state;
  const e = (k: string) => errorFor(f.errors, k);
  return (
    <FormFrame id="form-treatment" title="Add a treatment tried or under way" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimed(f.errors, KEYS)} fieldIds={{ treatment: 'tc-treatment', start: 'tc-start' }}>
      <SelectField id="tc-treatment" label="Treatment" value={s.treatment} error={e('treatment')} onChange={(ev) => f.update({ treatment: ev.target.value })}>
        <option value="">Choose a treatment</option>
        {(kb.data?.treatments ?? []).map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <TextField id="tc-start" label="Started" type="date" max={today()} value={s.start} error={e('start')} onChange={(ev) => f.update({ start: ev.target.value })} />
        <TextField id="tc-end" label="Ended (optional)" type="date" value={s.end} error={e('end')} onChange={(ev) => f.update({ end: ev.target.value })} />
        <SelectField id="tc-status" label="Status" value={s.status} error={e('status')} onChange={(ev) => f.update({ status: ev.target.value })}>
          {['planned', 'ongoing', 'completed', 'stopped'].map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row">
        <TextField id="tc-relief" label="Relief of the target pain (%)" type="number" min={0} max={100} value={s.reliefPercent} error={e('response.reliefPercent')} onChange={(ev) => f.update({ reliefPercent: ev.target.value })} />
        <SelectField id="tc-global" label="Patient's overall judgement" value={s.global} error={e('response.global')} onChange={(ev) => f.update({ global: ev.target.value })}>
          <option value="">not asked</option>
          <option value="much-better">much better</option>
          <option value="better">better</option>
          <option value="no-change">no change</option>
          <option value="worse">worse</option>
        </SelectField>
        <SelectField id="tc-stopped" label="Stopped because" value={s.stoppedBecause} error={e('stoppedBecause')} onChange={(ev) => f.update({ stoppedBecause: ev.target.value })}>
          <option value="">not stopped</option>
          <option value="not-effective">not effective</option>
          <option value="side-effects">side effects</option>
          <option value="course-completed">course completed</option>
          <option value="patient-choice">patient choice</option>
          <option value="other">other</option>
        </SelectField>
      </div>
      <TextArea id="tc-note" label="Note (optional)" value={s.note} error={e('note')} onChange={(ev) => f.update({ note: ev.target.value })} />
    </FormFrame>
  );
}

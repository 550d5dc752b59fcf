/** A red flag reviewed by a clinician: excluded, or confirmed and managed. */
import { SelectField, TextArea, TextField, today } from '../../shared/ui';
import { useKnowledge } from '../useKnowledge';
import { errorFor, unclaimed } from './errors';
import { FormFrame } from './FormFrame';
import { compact, usePartForm } from './usePartForm';

interface State {
  redFlag: string;
  date: string;
  outcome: string;
  by: string;
  note: string;
}

export function RedFlagReviewForm({ patientId, defaultFlag }: { patientId: string; defaultFlag?: string }) {
  const kb = useKnowledge();
  const f = usePartForm<State>(
    patientId,
    'red-flag-reviews',
    () => ({ redFlag: defaultFlag ?? '', date: today(), outcome: 'excluded', by: '', note: '' }),
    (s) => ({
      errors: s.redFlag ? {} : ({ redFlag: 'Choose the red flag you reviewed.' } as Record<string, string>),
      data: compact({ redFlag: s.redFlag, date: s.date, outcome: s.outcome, by: s.by.trim() || undefined, note: s.note.trim() || undefined }),
    }),
  );
  const s = f.state;
  const e = (k: string) => errorFor(f.errors, k);
  return (
    <FormFrame id="form-review" title="Record a red-flag review" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimed(f.errors, ['redFlag', 'date', 'outcome', 'by', 'note'])}>
      <SelectField id="rf-flag" label="Red flag" value={s.redFlag} error={e('redFlag')} onChange={(ev) => f.update({ redFlag: ev.target.value })}>
        <option value="">Choose a red flag</option>
        {(kb.data?.redFlags ?? []).map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <TextField id="rf-date" label="Date of the review" type="date" max={today()} value={s.date} error={e('date')} onChange={(ev) => f.update({ date: ev.target.value })} />
        <SelectField id="rf-outcome" label="Outcome" value={s.outcome} error={e('outcome')} onChange={(ev) => f.update({ outcome: ev.target.value })}>
          <option value="excluded">excluded</option>
          <option value="confirmed-and-managed">confirmed and managed</option>
        </SelectField>
        <TextField id="rf-by" label="Reviewed by" value={s.by} error={e('by')} onChange={(ev) => f.update({ by: ev.target.value })} />
      </div>
      <TextArea id="rf-note" label="Note (optional)" value={s.note} error={e('note')} onChange={(ev) => f.update({ note: ev.target.value })} />
    </FormFrame>
  );
}

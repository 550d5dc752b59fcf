/** A test result: which test, when, and each result the test reports (present, absent or unknown). */
import { SelectField, TextArea, TextField, today } from '../../shared/ui';
import { useKnowledge, findingLabel } from '../useKnowledge';
import { errorFor, unclaimed } from './errors';
import { FormFrame, SIDES } from './FormFrame';
import { compact, usePartForm } from './usePartForm';

interface State {
  test: string;
  date: string;
  results: Record<string, { status: string; level: string; side: string }>;
  note: string;
}

export function TestResultForm({ patientId }: { patientId: string }) {
  const kb = useKnowledge();
  const tests = kb.data?.tests ?? [];
  const f = usePartForm<State>(
    patientId,
    'test-results',
    () => ({ test: '', date: today(), results: {}, note: '' }),
    (s) => {
      const errors: Record<string, string> = {};
      if (!s.test) errors.test = 'Choose the test.';
      if (!s.date) errors.date = 'Enter the date of the test.';
      const def = tests.find((t) => t.id === s.test);
      // Result rows are sent in the test's order, so `results[i]` errors land on the right row (sentOrder below).
      const order = (def?.resultFindings ?? []).filter((id) => s.results[id]?.status);
      const results = order.map((id) => {
        const r = s.results[id]!;
        return compact({ id, status: r.status, level: r.level.trim().toUpperCase() || undefined, side: r.side || undefined });
      });
      if (s.test && results.length === 0) errors.results = 'Mark at least one result as present, absent or unknown.';
      return { errors, data: { test: s.test, date: s.date, results, ...(s.note.trim() ? { note: s.note.trim() } : {}) } };
    },
  );
  const s = f.state;
  const def = tests.find((t) => t.id === s.test);
  const sentOrder = (def?.resultFindings ?? []).filter((id) => s.results[id]?.status);
  const rowError = (id: string) => {
    const i = sentOrder.indexOf(id);
    return i >= 0 ? errorFor(f.errors, `results[${i}]`) : undefined;
  };
  const claimed = ['test', 'date', 'note', 'results', ...sentOrder.map((_, i) => `results[${i}]`)];
  const unclaimedList = unclaimed(f.errors, claimed);
  return (
    <FormFrame id="form-test" title="Add a test result" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimedList} fieldIds={{ test: 'tr-test', date: 'tr-date' }}>
      <div className="row">
        <SelectField id="tr-test" label="Test" value={s.test} error={errorFor(f.errors, 'test')} onChange={(e) => f.update({ test: e.target.value, results: {} })}>
          <option value="">Choose a test</option>
          {tests.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <TextField id="tr-date" label="Date of the test" type="date" max={today()} value={s.date} error={errorFor(f.errors, 'date')} onChange={(e) => f.update({ date: e.target.value })} />
      </div>
      {def ? (
        <fieldset aria-invalid={f.errors.results ? true : undefined}>
          <legend>Results of {def.name}</legend>
          {f.errors.results ? <span className="field-error">{f.errors.results}</span> : null}
          {def.resultFindings.map((id) => {
            const r = s.results[id] ?? { status: '', level: '', side: '' };
            const local = kb.data?.findings.find((x) => x.id === id)?.localisable;
            const err = rowError(id);
            const set = (patch: Partial<typeof r>) => f.update({ results: { ...s.results, [id]: { ...r, ...patch } } });
            return (
              <div key={id} className={`picker-row${err ? ' field invalid' : ''}`}>
                <span className="name" id={`trl-${id}`}>
                  {findingLabel(kb.data, id)}
                  {err ? <span className="field-error">{err}</span> : null}
                </span>
                <select aria-labelledby={`trl-${id}`} aria-invalid={err ? true : undefined} value={r.status} onChange={(e) => set({ status: e.target.value })}>
                  <option value="">not reported</option>
                  <option value="present">present</option>
                  <option value="absent">absent</option>
                  <option value="unknown">unclear</option>
                </select>
                {local && r.status ? (
                  <>
                    <input type="text" aria-label={`Level of ${findingLabel(kb.data, id)}`} placeholder="level, e.g. L4-L5" style={{ width: '9rem' }} value={r.level} onChange={(e) => set({ level: e.target.value })} />
                    <select aria-label={`Side of ${findingLabel(kb.data, id)}`} value={r.side} onChange={(e) => set({ side: e.target.value })}>
                      {SIDES.map((o) => (
                        <option key={o.v} value={o.v}>
                          {o.l}
                        </option>
                      ))}
                    </select>
                  </>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <TextArea id="tr-note" label="Report or note (optional)" value={s.note} error={errorFor(f.errors, 'note')} onChange={(e) => f.update({ note: e.target.value })} />
    </FormFrame>
  );
}

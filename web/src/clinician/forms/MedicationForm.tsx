/** A current medicine: name (matched against the drug dictionary), dose and unit, how often, route, purpose, start. */
import { SelectField, TextArea, TextField, today } from '../../shared/ui';
import { useKnowledge } from '../useKnowledge';
import { errorFor, unclaimed } from './errors';
import { FormFrame } from './FormFrame';
import { compact, num, usePartForm } from './usePartForm';

const UNITS = ['mg', 'g', 'mcg', 'mcg/h', 'units'];
const ROUTES = ['oral', 'transdermal', 'sublingual', 'buccal', 'intranasal', 'subcutaneous', 'intravenous', 'intramuscular', 'rectal', 'topical', 'intrathecal', 'other'];
const PURPOSES = [
  ['', 'not stated'],
  ['primary-prevention', 'primary prevention'],
  ['secondary-prevention', 'secondary prevention'],
  ['prophylactic-dose', 'prophylactic dose'],
  ['treatment-dose', 'treatment dose'],
];

interface State {
  name: string;
  dose: string;
  unit: string;
  how: 'perDay' | 'interval';
  frequencyPerDay: string;
  intervalHours: string;
  asNeeded: boolean;
  route: string;
  purpose: string;
  start: string;
  note: string;
}
const KEYS = ['name', 'dose', 'unit', 'frequencyPerDay', 'intervalHours', 'asNeeded', 'route', 'purpose', 'start', 'note'];

export function MedicationForm({ patientId }: { patientId: string }) {
  const kb = useKnowledge();
  const f = usePartForm<State>(
    patientId,
    'medications',
    () => ({ name: '', dose: '', unit: 'mg', how: 'perDay', frequencyPerDay: '', intervalHours: '', asNeeded: false, route: 'oral', purpose: '', start: '', note: '' }),
    (s) => {
      const errors: Record<string, string> = {};
      if (!s.name.trim()) errors.name = 'Enter the name of the medicine.';
      const dose = num(s.dose);
      return {
        errors,
        data: compact({
          name: s.name.trim(),
          dose,
          unit: dose !== undefined ? s.unit : undefined,
          frequencyPerDay: s.how === 'perDay' ? num(s.frequencyPerDay) : undefined,
          intervalHours: s.how === 'interval' ? num(s.intervalHours) : undefined,
          asNeeded: s.asNeeded,
          route: s.route || undefined,
          purpose: s.purpose || undefined,
          start: s.start || undefined,
          note: s.note.trim() || undefined,
        }),
      };
    },
  );
  const s = f.state;
  const e = (k: string) => errorFor(f.errors, k);
  return (
    <FormFrame id="form-medication" title="Add a current medicine" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimed(f.errors, KEYS)} fieldIds={Object.fromEntries(KEYS.map((k) => [k, `med-${k}`]))}>
      <TextField id="med-name" label="Medicine" hint="Generic or brand name, e.g. apixaban, oxycodone, pregabalin" list="drug-names" autoComplete="off" value={s.name} error={e('name')} onChange={(ev) => f.update({ name: ev.target.value })} />
      <datalist id="drug-names">
        {(kb.data?.drugs ?? []).map((d) => (
          <option key={d.id} value={d.name} />
        ))}
      </datalist>
      <div className="row">
        <TextField id="med-dose" label="Dose" type="number" inputMode="decimal" min={0} step="any" value={s.dose} error={e('dose')} onChange={(ev) => f.update({ dose: ev.target.value })} />
        <SelectField id="med-unit" label="Unit" value={s.unit} error={e('unit')} onChange={(ev) => f.update({ unit: ev.target.value })}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </SelectField>
        <SelectField id="med-route" label="Route" value={s.route} error={e('route')} onChange={(ev) => f.update({ route: ev.target.value })}>
          {ROUTES.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="radios">
        <legend>How often</legend>
        <label>
          <input type="radio" name="med-how" checked={s.how === 'perDay'} onChange={() => f.update({ how: 'perDay' })} /> Times a day
        </label>
        <label>
          <input type="radio" name="med-how" checked={s.how === 'interval'} onChange={() => f.update({ how: 'interval' })} /> Every so many hours (e.g. a patch every 72 hours)
        </label>
        {s.how === 'perDay' ? (
          <TextField id="med-frequencyPerDay" label="Doses a day" type="number" inputMode="decimal" min={0} value={s.frequencyPerDay} error={e('frequencyPerDay')} onChange={(ev) => f.update({ frequencyPerDay: ev.target.value })} />
        ) : (
          <TextField id="med-intervalHours" label="Hours between doses" type="number" inputMode="decimal" min={0} value={s.intervalHours} error={e('intervalHours')} onChange={(ev) => f.update({ intervalHours: ev.target.value })} />
        )}
        <label id="med-asNeeded">
          <input type="checkbox" checked={s.asNeeded} onChange={(ev) => f.update({ asNeeded: ev.target.checked })} /> Taken as needed (the most allowed a day above)
        </label>
      </fieldset>
      <div className="row">
        <SelectField id="med-purpose" label="Purpose (anticoagulants and aspirin)" value={s.purpose} error={e('purpose')} onChange={(ev) => f.update({ purpose: ev.target.value })}>
          {PURPOSES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
        <TextField id="med-start" label="Started (optional)" type="date" max={today()} value={s.start} error={e('start')} onChange={(ev) => f.update({ start: ev.target.value })} />
      </div>
      <TextArea id="med-note" label="Note (optional)" value={s.note} error={e('note')} onChange={(ev) => f.update({ note: ev.target.value })} />
    </FormFrame>
  );
}

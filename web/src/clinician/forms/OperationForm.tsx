/** An operation (episode): date, region, procedure, levels, side, implants, fusion and its details. */
import { SelectField, TextArea, TextField, today } from '../../shared/ui';
import { errorFor, unclaimed } from './errors';
import { FormFrame, SIDES, TRI, tri } from './FormFrame';
import { compact, usePartForm } from './usePartForm';

const LUMBAR = [
  ['discectomy', 'Discectomy'],
  ['decompression', 'Decompression (laminectomy, laminotomy)'],
  ['fusion', 'Fusion'],
  ['decompression-and-fusion', 'Decompression and fusion'],
];
const CERVICAL = [
  ['acdf', 'Anterior cervical discectomy and fusion (ACDF)'],
  ['cervical-posterior-fusion', 'Posterior cervical fusion'],
  ['cervical-decompression', 'Cervical decompression'],
  ['cervical-disc-replacement', 'Cervical disc replacement'],
];

interface State {
  date: string;
  region: 'lumbar' | 'cervical';
  procedure: string;
  levels: string;
  side: string;
  instrumented: boolean;
  fusion: boolean;
  fusionToSacrum: string;
  iliacCrestGraft: string;
  duralTear: string;
  note: string;
}

const KEYS = ['date', 'region', 'procedure', 'levels', 'side', 'instrumented', 'fusion', 'fusionToSacrum', 'iliacCrestGraft', 'duralTear', 'note'];

export function OperationForm({ patientId }: { patientId: string }) {
  const f = usePartForm<State>(
    patientId,
    'episodes',
    () => ({ date: '', region: 'lumbar', procedure: 'discectomy', levels: '', side: '', instrumented: false, fusion: false, fusionToSacrum: '', iliacCrestGraft: '', duralTear: '', note: '' }),
    (s) => {
      const errors: Record<string, string> = {};
      if (!s.date) errors.date = 'Enter the date of the operation.';
      const levels = s.levels.split(/[,;\s]+/).map((l) => l.trim().toUpperCase()).filter(Boolean);
      if (!levels.length) errors.levels = 'Enter at least one level, for example L4-L5 or L5.';
      return {
        errors,
        data: compact({
          date: s.date,
          region: s.region,
          procedure: s.procedure,
          levels,
          side: s.side || undefined,
          instrumented: s.instrumented,
          fusion: s.fusion,
          fusionToSacrum: tri(s.fusionToSacrum),
          iliacCrestGraft: tri(s.iliacCrestGraft),
          duralTear: tri(s.duralTear),
          note: s.note.trim() || undefined,
        }),
      };
    },
  );
  const s = f.state;
  const e = (k: string) => errorFor(f.errors, k);
  const procedures = s.region === 'cervical' ? CERVICAL : LUMBAR;
  const ids = Object.fromEntries(KEYS.map((k) => [k, `op-${k}`]));
  return (
    <FormFrame id="form-operation" title="Add an operation" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimed(f.errors, KEYS)} fieldIds={ids}>
      <div className="row">
        <TextField id="op-date" label="Date of the operation" type="date" max={today()} value={s.date} error={e('date')} onChange={(ev) => f.update({ date: ev.target.value })} />
        <SelectField id="op-region" label="Region" value={s.region} error={e('region')} onChange={(ev) => {
          const region = ev.target.value as State['region'];
          f.update({ region, procedure: (region === 'cervical' ? CERVICAL : LUMBAR)[0]![0]! });
        }}>
          <option value="lumbar">Lumbar (low back)</option>
          <option value="cervical">Cervical (neck)</option>
        </SelectField>
      </div>
      <SelectField id="op-procedure" label="Procedure" value={s.procedure} error={e('procedure')} onChange={(ev) => f.update({ procedure: ev.target.value })}>
        {procedures.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <TextField id="op-levels" label="Levels" hint="Segments or roots, separated by commas: L4-L5, L5-S1 or C5-C6" value={s.levels} error={e('levels')} onChange={(ev) => f.update({ levels: ev.target.value })} />
        <SelectField id="op-side" label="Side" value={s.side} error={e('side')} onChange={(ev) => f.update({ side: ev.target.value })}>
          {SIDES.map((o) => (
            <option key={o.v} value={o.v}>
              {o.l}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="checks">
        <legend>Implants and fusion</legend>
        <label id="op-instrumented">
          <input type="checkbox" checked={s.instrumented} onChange={(ev) => f.update({ instrumented: ev.target.checked })} aria-describedby={e('instrumented') ? 'op-instrumented-error' : undefined} />
          Implants left in place (screws, rods, plates, cages)
        </label>
        {e('instrumented') ? <span className="field-error" id="op-instrumented-error">{e('instrumented')}</span> : null}
        <label id="op-fusion">
          <input type="checkbox" checked={s.fusion} onChange={(ev) => f.update({ fusion: ev.target.checked })} aria-describedby={e('fusion') ? 'op-fusion-error' : undefined} />
          Segments were fused
        </label>
        {e('fusion') ? <span className="field-error" id="op-fusion-error">{e('fusion')}</span> : null}
      </fieldset>
      <div className="row">
        {(
          [
            ['fusionToSacrum', 'Fusion down to the sacrum'],
            ['iliacCrestGraft', 'Bone graft taken from the iliac crest'],
            ['duralTear', 'Dural tear during the operation'],
          ] as const
        ).map(([k, l]) => (
          <SelectField key={k} id={`op-${k}`} label={l} value={s[k]} error={e(k)} onChange={(ev) => f.update({ [k]: ev.target.value } as Partial<State>)}>
            {TRI.map((o) => (
              <option key={o.v} value={o.v}>
                {o.l}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <TextArea id="op-note" label="Note (optional)" value={s.note} error={e('note')} onChange={(ev) => f.update({ note: ev.target.value })} />
    </FormFrame>
  );
}

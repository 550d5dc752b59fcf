/** A visit with the pain profile: NRS ratings, how long, its character and where (body map). */
import { SelectField, TextArea, TextField, today } from '../../shared/ui';
import { BodyMap, type PainSite } from '../BodyMap';
import { errorFor, unclaimed } from './errors';
import { FormFrame } from './FormFrame';
import { compact, num, usePartForm } from './usePartForm';

const KINDS = [
  ['clinic-visit', 'Clinic visit'],
  ['telephone', 'Telephone'],
  ['video', 'Video'],
  ['post-operative-review', 'Post-operative review'],
  ['pre-operative', 'Pre-operative'],
  ['emergency', 'Emergency'],
  ['other', 'Other'],
];
const CHARACTERS = ['aching', 'dull', 'sharp', 'stabbing', 'burning', 'electric-shock', 'tingling', 'numbness', 'throbbing', 'cramping'];

interface State {
  date: string;
  kind: string;
  back: string;
  leg: string;
  neck: string;
  arm: string;
  durationMonths: string;
  character: string[];
  sites: PainSite[];
  note: string;
}

const KEYS = ['date', 'kind', 'pain.back', 'pain.leg', 'pain.neck', 'pain.arm', 'pain.durationMonths', 'pain.character', 'pain.sites', 'note'];

function nrsCheck(errors: Record<string, string>, key: string, v: string) {
  if (v.trim() === '') return;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) errors[`pain.${key}`] = 'A whole number from 0 to 10.';
}

export function PainForm({ patientId }: { patientId: string }) {
  const f = usePartForm<State>(
    patientId,
    'encounters',
    () => ({ date: today(), kind: 'clinic-visit', back: '', leg: '', neck: '', arm: '', durationMonths: '', character: [], sites: [], note: '' }),
    (s) => {
      const errors: Record<string, string> = {};
      if (!s.date) errors.date = 'Enter the date of the visit.';
      for (const k of ['back', 'leg', 'neck', 'arm'] as const) nrsCheck(errors, k, s[k]);
      const pain = compact({ back: num(s.back), leg: num(s.leg), neck: num(s.neck), arm: num(s.arm), durationMonths: num(s.durationMonths), character: s.character, sites: s.sites });
      return { errors, data: compact({ date: s.date, kind: s.kind, pain, note: s.note.trim() || undefined }) };
    },
  );
  const s = f.state;
  const e = (k: string) => errorFor(f.errors, k);
  const ids: Record<string, string> = { date: 'pain-date', kind: 'pain-kind', 'pain.back': 'pain-back', 'pain.leg': 'pain-leg', 'pain.neck': 'pain-neck', 'pain.arm': 'pain-arm', 'pain.durationMonths': 'pain-duration', 'pain.character': 'pain-character', 'pain.sites': 'pain-sites', note: 'pain-note' };
  return (
    <FormFrame id="form-pain" title="Record a visit and the pain profile" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimed(f.errors, KEYS)} fieldIds={ids}>
      <div className="row">
        <TextField id="pain-date" label="Date" type="date" max={today()} value={s.date} error={e('date')} onChange={(ev) => f.update({ date: ev.target.value })} />
        <SelectField id="pain-kind" label="Kind of visit" value={s.kind} error={e('kind')} onChange={(ev) => f.update({ kind: ev.target.value })}>
          {KINDS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset>
        <legend>Average pain over the last week (0 = none, 10 = worst imaginable)</legend>
        <div className="row">
          {(
            [
              ['back', 'Back'],
              ['leg', 'Leg'],
              ['neck', 'Neck'],
              ['arm', 'Arm'],
            ] as const
          ).map(([k, l]) => (
            <TextField key={k} id={`pain-${k}`} label={`${l} pain`} type="number" inputMode="numeric" min={0} max={10} step={1} value={s[k]} error={e(`pain.${k}`)} onChange={(ev) => f.update({ [k]: ev.target.value } as Partial<State>)} />
          ))}
        </div>
      </fieldset>
      <TextField id="pain-duration" label="How long has this pain lasted? (months)" type="number" inputMode="decimal" min={0} value={s.durationMonths} error={e('pain.durationMonths')} onChange={(ev) => f.update({ durationMonths: ev.target.value })} />
      <fieldset id="pain-character" className="checks" aria-invalid={e('pain.character') ? true : undefined}>
        <legend>What is the pain like?</legend>
        {e('pain.character') ? <span className="field-error">{e('pain.character')}</span> : null}
        <div className="row">
          {CHARACTERS.map((c) => (
            <label key={c}>
              <input type="checkbox" checked={s.character.includes(c)} onChange={(ev) => f.update({ character: ev.target.checked ? [...s.character, c] : s.character.filter((x) => x !== c) })} />
              {c.replace('-', ' ')}
            </label>
          ))}
        </div>
      </fieldset>
      <BodyMap id="pain-sites" value={s.sites} error={e('pain.sites')} onChange={(sites) => f.update({ sites })} />
      <TextArea id="pain-note" label="Note (optional)" value={s.note} error={e('note')} onChange={(ev) => f.update({ note: ev.target.value })} />
    </FormFrame>
  );
}

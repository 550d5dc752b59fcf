/**
 * What the plan and the safety checks need beyond the clinical picture: other conditions (comorbidities), implanted
 * devices, and the care profile (the patient's goals and preferences, the NICE TA159 spinal cord stimulation
 * assessment). Lists of values follow the case format (docs/case-format.md).
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDraft } from '../../shared/drafts';
import { Loading, QueryError, SelectField, TextArea, TextField, humanize, today } from '../../shared/ui';
import { clinicianApi, keys, type CareProfile } from '../api';
import { errorFor, errorsUnder, unclaimed } from './errors';
import { FormFrame } from './FormFrame';
import { compact, num, usePartForm } from './usePartForm';

const COMORBIDITIES = [
  'renal-impairment',
  'liver-disease',
  'gi-bleeding-history',
  'bleeding-disorder',
  'cardiovascular-disease',
  'sleep-disordered-breathing',
  'substance-use-disorder',
  'opioid-overdose-history',
  'active-infection',
  'uncontrolled-major-psychiatric-disorder',
  'cognitive-impairment',
];
const DEVICES = ['pacemaker', 'implantable-defibrillator', 'spinal-cord-stimulator', 'drg-stimulator', 'intrathecal-pump', 'cochlear-implant', 'other-active-implant'];
const GOALS = ['return-to-work', 'reduce-leg-pain', 'reduce-back-pain', 'walk-further', 'sleep-better', 'reduce-medicines', 'stay-active'];
const PREFERENCES = ['avoid-further-surgery', 'no-implanted-device', 'fear-of-needles', 'avoid-opioids', 'prefers-non-drug-treatment'];

export function ComorbidityForm({ patientId }: { patientId: string }) {
  const f = usePartForm<{ id: string; egfr: string; note: string }>(
    patientId,
    'comorbidities',
    () => ({ id: '', egfr: '', note: '' }),
    (s) => ({
      errors: s.id ? {} : ({ id: 'Choose the condition.' } as Record<string, string>),
      data: compact({ id: s.id, egfr: s.id === 'renal-impairment' ? num(s.egfr) : undefined, note: s.note.trim() || undefined }),
    }),
  );
  const s = f.state;
  return (
    <FormFrame id="form-comorbidity" title="Add another condition" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimed(f.errors, ['id', 'egfr', 'note'])} fieldIds={{ id: 'co-id', egfr: 'co-egfr' }}>
      <div className="row">
        <SelectField id="co-id" label="Condition" value={s.id} error={errorFor(f.errors, 'id')} onChange={(e) => f.update({ id: e.target.value })}>
          <option value="">Choose a condition</option>
          {COMORBIDITIES.map((c) => (
            <option key={c} value={c}>
              {humanize(c)}
            </option>
          ))}
        </SelectField>
        {s.id === 'renal-impairment' ? (
          <TextField id="co-egfr" label="eGFR (mL/min/1.73 m²)" type="number" inputMode="decimal" min={0} value={s.egfr} error={errorFor(f.errors, 'egfr')} onChange={(e) => f.update({ egfr: e.target.value })} />
        ) : null}
      </div>
      <TextArea id="co-note" label="Note (optional)" value={s.note} error={errorFor(f.errors, 'note')} onChange={(e) => f.update({ note: e.target.value })} />
    </FormFrame>
  );
}

export function DeviceForm({ patientId }: { patientId: string }) {
  const f = usePartForm<{ kind: string; mr: string; note: string }>(
    patientId,
    'devices',
    () => ({ kind: '', mr: '', note: '' }),
    (s) => ({
      errors: s.kind ? {} : ({ kind: 'Choose the device.' } as Record<string, string>),
      data: compact({ kind: s.kind, mrConditional: s.mr === 'yes' ? true : s.mr === 'no' ? false : undefined, note: s.note.trim() || undefined }),
    }),
  );
  const s = f.state;
  return (
    <FormFrame id="form-device" title="Add an implanted device" onSubmit={f.submit} saving={f.saving} saved={f.saved} restored={f.restored} unclaimedErrors={unclaimed(f.errors, ['kind', 'mrConditional', 'note'])} fieldIds={{ kind: 'dev-kind' }}>
      <div className="row">
        <SelectField id="dev-kind" label="Device" value={s.kind} error={errorFor(f.errors, 'kind')} onChange={(e) => f.update({ kind: e.target.value })}>
          <option value="">Choose a device</option>
          {DEVICES.map((c) => (
            <option key={c} value={c}>
              {humanize(c)}
            </option>
          ))}
        </SelectField>
        <SelectField id="dev-mr" label="MR-conditional (manufacturer's label)" value={s.mr} error={errorFor(f.errors, 'mrConditional')} onChange={(e) => f.update({ mr: e.target.value })}>
          <option value="">not known</option>
          <option value="yes">yes</option>
          <option value="no">no (not MR-safe)</option>
        </SelectField>
      </div>
      <TextArea id="dev-note" label="Note (optional)" value={s.note} error={errorFor(f.errors, 'note')} onChange={(e) => f.update({ note: e.target.value })} />
    </FormFrame>
  );
}

interface ProfileDraft {
  goals: string[];
  preferences: string[];
  cmm: string;
  mdt: string;
  psychology: string;
  trialDate: string;
  trialRelief: string;
}

const tri = (b: boolean | undefined) => (b === true ? 'yes' : b === false ? 'no' : '');
const fromTri = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);

function ProfileEditor({ patientId, profile }: { patientId: string; profile: CareProfile }) {
  const qc = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const [d, setD, clear, restored] = useDraft<ProfileDraft>(`profile:${patientId}`, () => ({
    goals: profile.goals,
    preferences: profile.preferences,
    cmm: tri(profile.scsAssessment?.conventionalManagementTried),
    mdt: tri(profile.scsAssessment?.mdtAssessment),
    psychology: tri(profile.scsAssessment?.psychologyAssessment),
    trialDate: profile.scsAssessment?.trial?.date ?? '',
    trialRelief: profile.scsAssessment?.trial ? String(profile.scsAssessment.trial.reliefPercent) : '',
  }));
  const m = useMutation({
    mutationFn: () => {
      const scs = compact({
        conventionalManagementTried: fromTri(d.cmm),
        mdtAssessment: fromTri(d.mdt),
        psychologyAssessment: fromTri(d.psychology),
        trial: d.trialDate || d.trialRelief ? { date: d.trialDate, reliefPercent: num(d.trialRelief) ?? Number.NaN } : undefined,
      });
      return clinicianApi.setCareProfile(patientId, { goals: d.goals, preferences: d.preferences, ...(Object.keys(scs).length ? { scsAssessment: scs } : {}) });
    },
    onSuccess: (r) => {
      clear();
      setSaved('Saved.');
      qc.setQueryData(keys.careProfile(patientId), r);
    },
  });
  const errors = errorsUnder(m.error, 'body');
  const toggle = (list: string[], v: string, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));
  return (
    <FormFrame id="form-profile" title="Goals, preferences and the spinal cord stimulation assessment" submitLabel="Save the care profile" onSubmit={() => { setSaved(null); m.mutate(); }} saving={m.isPending} saved={saved} restored={restored} unclaimedErrors={unclaimed(errors, ['goals', 'preferences', 'scsAssessment'])}>
      <div className="grid two">
        <fieldset className="checks">
          <legend>What the patient wants from care</legend>
          {GOALS.map((g) => (
            <label key={g}>
              <input type="checkbox" checked={d.goals.includes(g)} onChange={(e) => setD({ ...d, goals: toggle(d.goals, g, e.target.checked) })} />
              {humanize(g)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checks">
          <legend>What the patient would rather avoid</legend>
          {PREFERENCES.map((g) => (
            <label key={g}>
              <input type="checkbox" checked={d.preferences.includes(g)} onChange={(e) => setD({ ...d, preferences: toggle(d.preferences, g, e.target.checked) })} />
              {humanize(g)}
            </label>
          ))}
        </fieldset>
      </div>
      <fieldset>
        <legend>Spinal cord stimulation assessment (NICE TA159)</legend>
        <div className="row">
          {(
            [
              ['cmm', 'Conventional management tried'],
              ['mdt', 'Multidisciplinary team assessment done'],
              ['psychology', 'Pain psychology assessment done'],
            ] as const
          ).map(([k, l]) => (
            <SelectField key={k} id={`scs-${k}`} label={l} value={d[k]} onChange={(e) => setD({ ...d, [k]: e.target.value })}>
              <option value="">not recorded</option>
              <option value="yes">yes</option>
              <option value="no">no</option>
            </SelectField>
          ))}
        </div>
        <div className="row">
          <TextField id="scs-trial-date" label="Trial of stimulation: date" type="date" max={today()} value={d.trialDate} error={errorFor(errors, 'scsAssessment.trial.date')} onChange={(e) => setD({ ...d, trialDate: e.target.value })} />
          <TextField id="scs-trial-relief" label="Trial: relief of the target pain (%)" type="number" min={0} max={100} value={d.trialRelief} error={errorFor(errors, 'scsAssessment.trial.reliefPercent')} onChange={(e) => setD({ ...d, trialRelief: e.target.value })} />
        </div>
      </fieldset>
    </FormFrame>
  );
}

export function CareProfileForm({ patientId }: { patientId: string }) {
  const q = useQuery({ queryKey: keys.careProfile(patientId), queryFn: () => clinicianApi.careProfile(patientId) });
  if (q.isPending) return <Loading what="Loading the care profile" />;
  if (q.isError) return <QueryError error={q.error} what="the care profile" />;
  return <ProfileEditor patientId={patientId} profile={q.data.profile} />;
}

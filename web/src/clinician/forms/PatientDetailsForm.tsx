/** Identity of a patient record: create (new patient) or correct (PATCH). Server errors appear beside each field. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Patient } from '../../api/types';
import { useDraft } from '../../shared/drafts';
import { SelectField, TextField, today } from '../../shared/ui';
import { clinicianApi, keys } from '../api';
import { errorFor, errorsUnder, unclaimed } from './errors';
import { FormFrame } from './FormFrame';
import { useState } from 'react';

interface State {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: string;
  mrn: string;
}
const KEYS = ['givenName', 'familyName', 'birthDate', 'sex', 'mrn', 'careTeamId'];

export function PatientDetailsForm({ patient }: { patient?: Patient }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<string | null>(null);
  const [s, set, clear, restored] = useDraft<State>(patient ? `patient:${patient.id}` : 'patient:new', () => ({
    givenName: patient?.givenName ?? '',
    familyName: patient?.familyName ?? '',
    birthDate: patient?.birthDate ?? '',
    sex: patient?.sex ?? '',
    mrn: patient?.mrn ?? '',
  }));
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: () => {
      const body = { givenName: s.givenName.trim(), familyName: s.familyName.trim(), birthDate: s.birthDate, sex: s.sex, ...(s.mrn.trim() ? { mrn: s.mrn.trim() } : patient?.mrn ? { mrn: null } : {}) };
      return patient ? clinicianApi.updatePatient(patient.id, body) : clinicianApi.createPatient(body);
    },
    onSuccess: (p) => {
      clear();
      void qc.invalidateQueries({ queryKey: keys.caseload });
      qc.setQueryData(keys.patient(p.id), p);
      if (patient) setSaved('Saved.');
      else navigate(`/patients/${encodeURIComponent(p.id)}/record`, { state: { created: true } });
    },
  });
  const errors = Object.keys(local).length ? local : errorsUnder(m.error, 'body');
  const e = (k: string) => errorFor(errors, k);
  const submit = () => {
    setSaved(null);
    const l: Record<string, string> = {};
    if (!s.givenName.trim()) l.givenName = 'Enter the given name.';
    if (!s.familyName.trim()) l.familyName = 'Enter the family name.';
    if (!s.birthDate) l.birthDate = 'Enter the date of birth.';
    if (!s.sex) l.sex = 'Choose the sex recorded for this patient.';
    setLocal(l);
    if (!Object.keys(l).length) m.mutate();
  };
  return (
    <FormFrame id="form-patient" title={patient ? 'Patient details' : 'New patient'} submitLabel={patient ? 'Save details' : 'Create patient'} onSubmit={submit} saving={m.isPending} saved={saved} restored={restored} unclaimedErrors={unclaimed(errors, KEYS)} fieldIds={Object.fromEntries(KEYS.map((k) => [k, `pt-${k}`]))}>
      <div className="row">
        <TextField id="pt-givenName" label="Given name" autoComplete="off" value={s.givenName} error={e('givenName')} onChange={(ev) => set({ ...s, givenName: ev.target.value })} />
        <TextField id="pt-familyName" label="Family name" autoComplete="off" value={s.familyName} error={e('familyName')} onChange={(ev) => set({ ...s, familyName: ev.target.value })} />
      </div>
      <div className="row">
        <TextField id="pt-birthDate" label="Date of birth" type="date" max={today()} value={s.birthDate} error={e('birthDate')} onChange={(ev) => set({ ...s, birthDate: ev.target.value })} />
        <SelectField id="pt-sex" label="Sex" value={s.sex} error={e('sex')} onChange={(ev) => set({ ...s, sex: ev.target.value })}>
          <option value="">Choose</option>
          <option value="female">female</option>
          <option value="male">male</option>
          <option value="other">other</option>
          <option value="unknown">unknown</option>
        </SelectField>
        <TextField id="pt-mrn" label="Record number (optional)" autoComplete="off" value={s.mrn} error={e('mrn')} onChange={(ev) => set({ ...s, mrn: ev.target.value })} />
      </div>
    </FormFrame>
  );
}

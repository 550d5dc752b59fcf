/**
 * The patient's record as entered: what is stored (each part with a way to retract one entered in error) and the
 * intake forms that add to it. "Assess now" runs the engine on the record; when a stored record does not validate,
 * the server names it and the app links to it.
 */
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import type { CasePart, Patient } from '../api/types';
import { formatDate, humanize, today } from '../shared/ui';
import { clinicianApi, keys, PART_SEGMENTS, type PartSegment } from './api';
import { describeSites, type PainSite } from './BodyMap';
import { FindingsPicker } from './forms/FindingsPicker';
import { MedicationForm } from './forms/MedicationForm';
import { OperationForm } from './forms/OperationForm';
import { PainForm } from './forms/PainForm';
import { PatientDetailsForm } from './forms/PatientDetailsForm';
import { RedFlagReviewForm } from './forms/RedFlagReviewForm';
import { ScheduleForm, ScoreForm } from './forms/ScoreForm';
import { TestResultForm } from './forms/TestResultForm';
import { TreatmentForm } from './forms/TreatmentForm';
import { CareProfileForm, ComorbidityForm, DeviceForm } from './forms/ProfileForms';
import { findingLabel, useKnowledge, type KnowledgeIndex } from './useKnowledge';

const TITLES: Record<PartSegment, string> = {
  episodes: 'Operations',
  encounters: 'Visits and pain profiles',
  findings: 'Findings',
  'test-results': 'Test results',
  'red-flag-reviews': 'Red-flag reviews',
  treatments: 'Treatments',
  medications: 'Medicines',
  comorbidities: 'Other conditions',
  devices: 'Implanted devices',
};

/** Which part a case path such as `surgeries[0].date` or `findings[3]` comes from (for the record links). */
export const RESOURCE_SEGMENT: Record<string, PartSegment> = {
  Episode: 'episodes',
  Encounter: 'encounters',
  Finding: 'findings',
  TestResult: 'test-results',
  RedFlagReview: 'red-flag-reviews',
  Treatment: 'treatments',
  Medication: 'medications',
  Comorbidity: 'comorbidities',
  Device: 'devices',
};

export function describePart(seg: PartSegment, d: Record<string, unknown>, kb: KnowledgeIndex | undefined): string {
  const s = (k: string) => (d[k] === undefined ? '' : String(d[k]));
  switch (seg) {
    case 'episodes':
      return `${humanize(s('procedure'))} ${Array.isArray(d.levels) ? d.levels.join(', ') : ''}${d.side ? ` (${s('side')})` : ''}${d.instrumented ? ', implants' : ''}${d.fusion ? ', fused' : ''}`;
    case 'encounters': {
      const p = (d.pain ?? {}) as Record<string, unknown>;
      const ratings = ['back', 'leg', 'neck', 'arm'].filter((k) => p[k] !== undefined).map((k) => `${k} ${String(p[k])}`);
      const sites = Array.isArray(p.sites) && p.sites.length ? `; sites: ${describeSites(p.sites as PainSite[])}` : '';
      return `${humanize(s('kind'))}${ratings.length ? `: NRS ${ratings.join(', ')}` : ''}${sites}`;
    }
    case 'findings':
      return `${findingLabel(kb, s('id'))}: ${s('status')}${d.level ? ` at ${s('level')}` : ''}${d.side ? ` (${s('side')})` : ''}`;
    case 'test-results': {
      const name = kb?.tests.find((t) => t.id === d.test)?.name ?? s('test');
      const res = Array.isArray(d.results) ? (d.results as Record<string, unknown>[]).map((r) => `${findingLabel(kb, String(r.id))} ${String(r.status)}`).join('; ') : '';
      return `${name}: ${res}`;
    }
    case 'red-flag-reviews':
      return `${kb?.redFlags.find((r) => r.id === d.redFlag)?.name ?? s('redFlag')}: ${s('outcome')}${d.by ? ` by ${s('by')}` : ''}`;
    case 'treatments':
      return `${kb?.treatments.find((t) => t.id === d.treatment)?.name ?? s('treatment')} (${s('status')})`;
    case 'comorbidities':
      return `${humanize(s('id'))}${d.egfr !== undefined ? ` (eGFR ${s('egfr')})` : ''}`;
    case 'devices':
      return `${humanize(s('kind'))}${d.mrConditional === true ? ', MR-conditional' : d.mrConditional === false ? ', not MR-safe' : ''}`;
    case 'medications':
      return `${s('name')}${d.dose !== undefined ? ` ${s('dose')} ${s('unit')}` : ''}${d.frequencyPerDay !== undefined ? ` ${s('frequencyPerDay')}x/day` : ''}${d.intervalHours !== undefined ? ` every ${s('intervalHours')} h` : ''}${d.asNeeded ? ' as needed' : ''}${d.route ? ` ${s('route')}` : ''}`;
  }
}

function Retract({ patientId, seg, part }: { patientId: string; seg: PartSegment; part: CasePart }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const m = useMutation({
    mutationFn: () => clinicianApi.retractPart(patientId, seg, part.id, reason.trim() || 'entered in error'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.parts(patientId, seg) }),
  });
  return (
    <details>
      <summary className="small">Entered in error?</summary>
      <label htmlFor={`why-${part.id}`}>Reason</label>
      <input id={`why-${part.id}`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="button" className="secondary" disabled={m.isPending} onClick={() => m.mutate()}>
        Retract this entry
      </button>
      {m.isError ? (
        <span className="field-error" role="alert">
          {m.error.message}
        </span>
      ) : null}
    </details>
  );
}

export function RecordLists({ patientId, highlight }: { patientId: string; highlight?: string[] }) {
  const kb = useKnowledge();
  const parts = useQueries({ queries: PART_SEGMENTS.map((seg) => ({ queryKey: keys.parts(patientId, seg), queryFn: () => clinicianApi.parts<Record<string, unknown>>(patientId, seg) })) });
  return (
    <section aria-labelledby="stored-title">
      <h2 id="stored-title">What is recorded</h2>
      <div className="grid two">
        {PART_SEGMENTS.map((seg, i) => {
          const q = parts[i]!;
          const items = q.data?.items ?? [];
          return (
            <section key={seg} className="card" aria-labelledby={`list-${seg}`}>
              <h3 id={`list-${seg}`}>
                {TITLES[seg]} <span className="muted small">({items.length})</span>
              </h3>
              {q.isError ? <p className="field-error">{q.error.message}</p> : null}
              {items.length === 0 ? (
                <p className="muted small">None recorded.</p>
              ) : (
                <ul>
                  {items.map((p) => (
                    <li key={p.id} id={`rec-${p.id}`} className={highlight?.includes(p.id) ? 'field invalid' : undefined}>
                      <strong>{formatDate(p.date)}</strong> {describePart(seg, p.data, kb.data)}
                      <Retract patientId={patientId} seg={seg} part={p} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

export function AssessButton({ patientId }: { patientId: string }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [date, setDate] = useState(today());
  const m = useMutation({
    mutationFn: () => clinicianApi.assess(patientId, date),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: keys.assessments(patientId) });
      void qc.invalidateQueries({ queryKey: keys.plans(patientId) });
      void qc.invalidateQueries({ queryKey: keys.caseload });
      qc.setQueryData(keys.assessment(patientId, r.assessment.id), r.assessment);
      navigate(`/patients/${encodeURIComponent(patientId)}/assessments/${encodeURIComponent(r.assessment.id)}`);
    },
  });
  const errs = m.error instanceof ApiError ? m.error.errors : [];
  return (
    <section className="card" aria-labelledby="assess-title">
      <h2 id="assess-title">Assess</h2>
      <p>Run SpinePath on the record as it stands on a date: red flags, ranked causes, the work-up and the plan.</p>
      <div className="row">
        <div className="field">
          <label htmlFor="assess-date">Assessment date</label>
          <input id="assess-date" type="date" max={today()} value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <button type="button" onClick={() => m.mutate()} disabled={m.isPending}>
            {m.isPending ? 'Assessing…' : 'Assess now'}
          </button>
        </div>
      </div>
      {errs.length ? (
        <div className="error-summary" role="alert">
          <h2>The record cannot be assessed yet</h2>
          <ul>
            {errs.map((e, i) => (
              <li key={i}>
                {e.path.startsWith('(') || e.path.startsWith('body') ? '' : `${e.path}: `}
                {e.message}
                {e.record ? (
                  <>
                    {' '}
                    <a href={`#rec-${e.record.id}`}>go to the {e.record.type.toLowerCase()} record</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : m.isError ? (
        <p className="notice error" role="alert">
          {m.error.message}
        </p>
      ) : null}
    </section>
  );
}

export function RecordPage({ patient }: { patient: Patient }) {
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  return (
    <>
      {created ? (
        <div className="notice ok" role="status">
          Patient created. Add the operations, the pain profile and the findings, then assess.
        </div>
      ) : null}
      <nav aria-label="Record sections" className="small">
        <p>
          Jump to: <a href="#form-operation">operation</a> · <a href="#form-pain">pain profile</a> · <a href="#form-findings">findings</a> · <a href="#form-test">test result</a> ·{' '}
          <a href="#form-medication">medicine</a> · <a href="#form-comorbidity">other condition</a> · <a href="#form-device">device</a> · <a href="#form-treatment">treatment</a> · <a href="#form-profile">goals</a> · <a href="#form-score">score</a> · <a href="#form-review">red-flag review</a> ·{' '}
          <a href="#stored-title">what is recorded</a>
        </p>
      </nav>
      <AssessButton patientId={patient.id} />
      <OperationForm patientId={patient.id} />
      <PainForm patientId={patient.id} />
      <FindingsPicker patientId={patient.id} />
      <TestResultForm patientId={patient.id} />
      <MedicationForm patientId={patient.id} />
      <ComorbidityForm patientId={patient.id} />
      <DeviceForm patientId={patient.id} />
      <TreatmentForm patientId={patient.id} />
      <CareProfileForm patientId={patient.id} />
      <ScoreForm patientId={patient.id} />
      <ScheduleForm patientId={patient.id} />
      <RedFlagReviewForm patientId={patient.id} />
      <PatientDetailsForm patient={patient} />
      <RecordLists patientId={patient.id} />
    </>
  );
}

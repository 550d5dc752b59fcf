/** One patient's chart: identity, tabs for the overview, the record (intake and edit), assessments and the plan. */
import { NavLink, Route, Routes, useParams, Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Loading, PageTitle, QueryError, UrgencyBadge, ageFrom, formatDate } from '../shared/ui';
import { clinicianApi, keys } from './api';
import { AssessmentView } from './AssessmentView';
import { Overview } from './Overview';
import { RecordPage } from './RecordPage';
import { PlanSection } from './PlanSection';
import { useKnowledge } from './useKnowledge';
import type { Patient } from '../api/types';

function Assessments({ patient }: { patient: Patient }) {
  const q = useQuery({ queryKey: keys.assessments(patient.id), queryFn: () => clinicianApi.assessments(patient.id) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <QueryError error={q.error} what="the assessments" />;
  if (!q.data.assessments.length) {
    return (
      <p>
        No assessment yet. <Link to={`/patients/${encodeURIComponent(patient.id)}/record`}>Go to the record to assess</Link>.
      </p>
    );
  }
  return (
    <table>
      <caption className="visually-hidden">Stored assessments, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Urgency</th>
          <th scope="col">Knowledge base</th>
          <th scope="col">Made</th>
        </tr>
      </thead>
      <tbody>
        {q.data.assessments.map((a) => (
          <tr key={a.id}>
            <td>
              <Link to={`/patients/${encodeURIComponent(patient.id)}/assessments/${encodeURIComponent(a.id)}`}>{formatDate(a.assessmentDate)}</Link>
            </td>
            <td>
              <UrgencyBadge urgency={a.urgency} />
            </td>
            <td>{a.knowledgeBase.version}</td>
            <td>{formatDate(a.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CurrentPlan({ patient }: { patient: Patient }) {
  const kb = useKnowledge();
  const q = useQuery({ queryKey: keys.plans(patient.id), queryFn: () => clinicianApi.plans(patient.id) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <QueryError error={q.error} what="the care plan" />;
  const active = q.data.plans.find((p) => p.status === 'active');
  if (!active) return <p>No care plan yet: assess the patient to get one.</p>;
  return <PlanSection patientId={patient.id} assessmentId={active.assessmentId} plan={active.data} kb={kb.data} />;
}

export function PatientChart() {
  const { patientId = '' } = useParams();
  const q = useQuery({ queryKey: keys.patient(patientId), queryFn: () => clinicianApi.patient(patientId) });
  if (q.isPending) return <Loading what="Opening the chart" />;
  if (q.isError) return <QueryError error={q.error} what="this patient record" />;
  const p = q.data;
  const base = `/patients/${encodeURIComponent(p.id)}`;
  return (
    <>
      <PageTitle title={`${p.givenName} ${p.familyName}`}>
        {p.givenName} {p.familyName}
      </PageTitle>
      <p className="muted">
        {ageFrom(p.birthDate)} years · {p.sex} · born {formatDate(p.birthDate)}
        {p.mrn ? ` · record ${p.mrn}` : ''}
      </p>
      <nav aria-label="Patient chart">
        <ul className="tabs">
          <li>
            <NavLink to={base} end>
              Overview
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/record`}>Record and intake</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/assessments`}>Assessments</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/plan`}>Care plan</NavLink>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<Overview patient={p} />} />
        <Route path="record" element={<RecordPage patient={p} />} />
        <Route path="assessments" element={<Assessments patient={p} />} />
        <Route path="assessments/:assessmentId" element={<AssessmentView patient={p} />} />
        <Route path="plan" element={<CurrentPlan patient={p} />} />
      </Routes>
    </>
  );
}

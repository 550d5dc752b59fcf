/** The patient's area (its own chunk): questionnaires due, pain diary, my plan, learning about the condition. */
import { Suspense, lazy } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Patient } from '../api/types';
import { useUser } from '../auth/session';
import { Shell } from '../shared/Shell';
import { Loading, PageTitle, QueryError } from '../shared/ui';
import { PatientHome } from './PatientHome';
import { AnswerQuestionnaire } from './AnswerQuestionnaire';
import { Diary } from './Diary';
import { MyPlan } from './MyPlan';

const Education = lazy(() => import('../education/Education'));

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/diary', label: 'Pain diary' },
  { to: '/plan', label: 'My plan' },
  { to: '/learn', label: 'About my pain' },
];

/** Someone else's record: ask the server anyway (it decides), and say plainly what it answered. */
function OtherRecord() {
  const { patientId } = useParams();
  const user = useUser();
  const q = useQuery({ queryKey: ['patient', patientId], queryFn: () => api.get<Patient>(`/api/patients/${encodeURIComponent(patientId ?? '')}`) });
  if (patientId === user.patientId) return <Navigate to="/" replace />;
  return (
    <>
      <PageTitle>Patient record</PageTitle>
      {q.isPending ? <Loading /> : q.isError ? <QueryError error={q.error} what="this patient record" /> : <p>This is your own record. Go to your <a href="/">home page</a>.</p>}
    </>
  );
}

export default function PatientApp() {
  return (
    <Shell nav={NAV} narrow>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<PatientHome />} />
          <Route path="questionnaires/:instrument" element={<AnswerQuestionnaire />} />
          <Route path="diary" element={<Diary />} />
          <Route path="plan" element={<MyPlan />} />
          <Route path="learn" element={<Education />} />
          <Route path="patients/:patientId/*" element={<OtherRecord />} />
          <Route
            path="*"
            element={
              <>
                <PageTitle>Page not found</PageTitle>
                <p>
                  There is no page here. Go to your <a href="/">home page</a>.
                </p>
              </>
            }
          />
        </Routes>
      </Suspense>
    </Shell>
  );
}

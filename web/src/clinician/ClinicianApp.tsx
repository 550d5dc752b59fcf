/** The clinician's area (its own chunk): caseload, patient charts, new patients, the knowledge browser. */
import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Shell } from '../shared/Shell';
import { Loading, PageTitle } from '../shared/ui';
import { Caseload } from './Caseload';
import { PatientChart } from './PatientChart';
import { PatientDetailsForm } from './forms/PatientDetailsForm';

const KnowledgeBrowser = lazy(() => import('./KnowledgeBrowser'));
const Education = lazy(() => import('../education/Education'));

const NAV = [
  { to: '/', label: 'Caseload', end: true },
  { to: '/patients/new', label: 'New patient' },
  { to: '/knowledge', label: 'Knowledge' },
  { to: '/learn', label: 'Patient information' },
];

export default function ClinicianApp() {
  return (
    <Shell nav={NAV}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<Caseload />} />
          <Route
            path="patients/new"
            element={
              <>
                <PageTitle>New patient</PageTitle>
                <PatientDetailsForm />
              </>
            }
          />
          <Route path="patients/:patientId/*" element={<PatientChart />} />
          <Route path="knowledge/*" element={<KnowledgeBrowser />} />
          <Route path="learn" element={<Education />} />
          <Route
            path="*"
            element={
              <>
                <PageTitle>Page not found</PageTitle>
                <p>
                  There is no page here. Go to the <a href="/">caseload</a>.
                </p>
              </>
            }
          />
        </Routes>
      </Suspense>
    </Shell>
  );
}

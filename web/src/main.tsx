/**
 * Entry: the router, the query cache and the session. Each role's area is its own chunk (code-split), so a patient's
 * phone never downloads the clinician screens or the chart library.
 */
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, api } from './api/client';
import { SessionProvider, useSession } from './auth/session';
import { SignIn } from './auth/SignIn';
import { Loading } from './shared/ui';
import { Shell } from './shared/Shell';
import './styles.css';

const loadClinician = () => import('./clinician/ClinicianApp');
const loadPatient = () => import('./patient/PatientApp');
const ClinicianApp = lazy(loadClinician);
const PatientApp = lazy(loadPatient);
const Education = lazy(() => import('./education/Education'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && count < 2,
    },
  },
});

function Root() {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading what="Starting SpinePath" />;
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/signin" element={user ? <Navigate to={new URLSearchParams(location.search).get('next') ?? '/'} replace /> : <SignIn />} />
        {!user ? (
          <Route
            path="/learn"
            element={
              <Shell nav={[{ to: '/signin', label: 'Sign in' }]}>
                <Education />
              </Shell>
            }
          />
        ) : null}
        <Route
          path="*"
          element={
            !user ? (
              <Navigate to={`/signin${location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`}`} replace />
            ) : user.role === 'patient' ? (
              <PatientApp />
            ) : user.role === 'clinician' ? (
              <ClinicianApp />
            ) : (
              <Shell nav={[]}>
                <h1>Administrator</h1>
                <p>
                  Administrators manage accounts, care teams and the audit trail through the API (see <a href="/docs">the API documentation</a>). Clinical records are
                  open to the care team only.
                </p>
              </Shell>
            )
          }
        />
      </Routes>
    </Suspense>
  );
}

// Start what the first screen needs while the session is checked: the role area this browser used last time, and the
// caseload when a clinician opens it (the same query the caseload screen reads). Nothing is shown before the server
// has confirmed the session; a wrong guess costs one unused request.
const lastRole = (() => {
  try {
    return localStorage.getItem('spinepath:last-role');
  } catch {
    return null;
  }
})();
if (lastRole === 'clinician') {
  void loadClinician();
  if (location.pathname === '/') void queryClient.prefetchQuery({ queryKey: ['caseload'], queryFn: () => api.get('/api/caseload'), retry: false });
} else if (lastRole === 'patient') void loadPatient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          <Root />
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);

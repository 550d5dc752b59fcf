/** The patient's home: questionnaires due (only those whose wording the clinic can show), diary and plan links. */
import { Link } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useUser } from '../auth/session';
import { Loading, PageTitle, QueryError, formatDate } from '../shared/ui';
import { patientApi } from './api';
import { hasAllText } from './QuestionnaireRunner';

export function PatientHome() {
  const user = useUser();
  const due = useQuery({ queryKey: ['me', 'due'], queryFn: patientApi.due });
  const list = due.data?.due ?? [];
  const forms = useQueries({ queries: list.map((d) => ({ queryKey: ['questionnaire', d.instrument], queryFn: () => patientApi.questionnaire(d.instrument), staleTime: Infinity })) });
  const ready = forms.every((f) => !f.isPending);
  const offered = list.filter((_, i) => forms[i]?.data && hasAllText(forms[i]!.data!));
  const notOffered = list.length - offered.length;

  return (
    <>
      <PageTitle>Hello, {user.displayName}</PageTitle>
      <section aria-labelledby="due-title" className="card">
        <h2 id="due-title">Questionnaires to fill in</h2>
        {due.isPending || !ready ? (
          <Loading what="Checking your questionnaires" />
        ) : due.isError ? (
          <QueryError error={due.error} what="your questionnaires" />
        ) : offered.length === 0 ? (
          <p>Nothing to fill in today. Thank you.</p>
        ) : (
          <ul>
            {offered.map((d) => (
              <li key={d.instrument}>
                <Link to={`/questionnaires/${encodeURIComponent(d.instrument)}`}>{d.name}</Link>{' '}
                <span className="muted small">{d.lastAnswered ? `last filled in ${formatDate(d.lastAnswered)}` : 'not filled in yet'}</span>
              </li>
            ))}
          </ul>
        )}
        {ready && notOffered > 0 ? (
          <p className="small muted">
            {notOffered} more questionnaire{notOffered > 1 ? 's' : ''} will be done with your clinic team at your next visit.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="diary-title" className="card">
        <h2 id="diary-title">Pain diary</h2>
        <p>How much pain do you have right now? A few seconds a day helps your team see how you are doing.</p>
        <Link className="button" to="/diary">
          Add to my pain diary
        </Link>
      </section>
      <section aria-labelledby="plan-title" className="card">
        <h2 id="plan-title">My plan</h2>
        <p>
          The steps you and your team agreed, in plain words. <Link to="/plan">See my plan</Link>.
        </p>
        <p>
          <Link to="/learn">Learn about pain that lasts after spine surgery</Link>, and when to get urgent help.
        </p>
      </section>
    </>
  );
}

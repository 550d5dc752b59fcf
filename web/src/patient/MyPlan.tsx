/** "My plan": the active care plan's steps in plain language, with where each step stands. */
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Loading, PageTitle, QueryError, formatDate } from '../shared/ui';
import { patientApi } from './api';

const STATUS_WORDS: Record<string, string> = {
  proposed: 'suggested, not yet agreed',
  accepted: 'agreed',
  declined: 'decided against',
  'in-progress': 'under way',
  completed: 'done',
  stopped: 'stopped',
};

export function MyPlan() {
  const q = useQuery({ queryKey: ['me', 'plan'], queryFn: patientApi.plan });
  return (
    <>
      <PageTitle>My plan</PageTitle>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <QueryError error={q.error} what="your plan" />
      ) : !q.data.plan || q.data.plan.steps.length === 0 ? (
        <p>Your clinic team has not made a plan with you yet. They will talk it through with you at your next appointment.</p>
      ) : (
        <>
          <p>These are the steps you and your clinic team are working on (plan of {formatDate(q.data.plan.createdAt)}). Ask your team about anything that is not clear.</p>
          <ol>
            {q.data.plan.steps.map((s) => (
              <li key={s.id} className="card">
                <h2>{s.title}</h2>
                {s.text ? <p>{s.text}</p> : null}
                <p className="small">
                  <strong>Where this stands:</strong> {STATUS_WORDS[s.status] ?? s.status}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <Link to="/learn">Read about pain after spine surgery and when to get urgent help</Link>.
      </p>
    </>
  );
}

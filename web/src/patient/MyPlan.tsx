/**
 * "My plan": the plan from the latest assessment in plain language (the same words as the patient plan PDF): anything
 * to act on now, what is going on, tests and why, the options with their benefits and risks and where each stands,
 * what you can do, and when to get urgent help.
 */
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useUser } from '../auth/session';
import { Loading, PageTitle, QueryError, formatDate } from '../shared/ui';
import { patientApi } from './api';

export function MyPlan() {
  const user = useUser();
  const q = useQuery({ queryKey: ['me', 'plain-plan'], queryFn: patientApi.plainPlan });
  if (q.isPending) return <Loading what="Loading your plan" />;
  if (q.isError) return <QueryError error={q.error} what="your plan" />;
  const plan = q.data.plan;
  if (!plan) {
    return (
      <>
        <PageTitle>My plan</PageTitle>
        <p>Your clinic team has not made a plan with you yet. They will talk it through with you at your next appointment.</p>
        <p>
          <Link to="/learn">Read about pain after spine surgery and when to get urgent help</Link>.
        </p>
      </>
    );
  }
  const v = plan.version;
  const pdf = `/api/patients/${encodeURIComponent(user.patientId ?? '')}/assessments/${encodeURIComponent(plan.assessmentId)}/patient-plan.pdf`;
  return (
    <>
      <PageTitle>My plan</PageTitle>
      <p>
        From your assessment on {formatDate(plan.assessmentDate)}. Ask your clinic team about anything that is not clear.{' '}
        <a href={pdf} download>
          Download my plan (PDF)
        </a>
      </p>
      {v.actNow.length ? (
        <section className="help-now" role="alert" aria-labelledby="act-now">
          <h2 id="act-now">Please act on this now</h2>
          <ul>
            {v.actNow.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          {v.helpContacts.length ? (
            <ul>
              {v.helpContacts.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="going-on">
        <h2 id="going-on">What we think is going on</h2>
        {v.whatIsGoingOn.map((t) => (
          <p key={t}>{t}</p>
        ))}
      </section>
      {v.tests.length ? (
        <section aria-labelledby="tests">
          <h2 id="tests">Tests that may help</h2>
          <ul>
            {v.tests.map((t) => (
              <li key={t.name}>
                <strong>{t.name}</strong>: {t.why}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="options">
        <h2 id="options">Your options</h2>
        {v.options.length === 0 ? <p>Your care team will talk with you about the options once the urgent checks are done.</p> : null}
        {v.options.map((o) => (
          <article key={o.name} className="card">
            <h3>{o.name}</h3>
            <p>
              <strong>{o.advice}.</strong>
              {plan.stepStatus[o.name] ? <> Where this stands: {plan.stepStatus[o.name]}.</> : null}
            </p>
            <p>{o.what}</p>
            <p>
              <strong>How it may help:</strong> {o.benefits}
            </p>
            <p>
              <strong>Risks:</strong> {o.risks}
            </p>
            {o.fit ? <p>{o.fit}</p> : null}
            {o.review ? (
              <p className="small">
                <strong>When to check it is working:</strong> {o.review}
              </p>
            ) : null}
          </article>
        ))}
        {v.notSuggested.length ? (
          <details>
            <summary>Treatments not suggested for you now ({v.notSuggested.length})</summary>
            <ul>
              {v.notSuggested.map((o) => (
                <li key={o.name}>
                  {o.name}: {o.why}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="you-can">
        <h2 id="you-can">What you can do</h2>
        <ul>
          {v.whatYouCanDo.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="urgent" className="card">
        <h2 id="urgent">When to get urgent help</h2>
        <ul>
          {v.urgentHelp.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
      <p>
        <Link to="/learn">Read more about pain after spine surgery</Link>.
      </p>
    </>
  );
}

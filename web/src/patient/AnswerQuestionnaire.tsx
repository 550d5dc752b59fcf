/** One questionnaire: rendered from its FHIR Questionnaire, sent as answers, with the help box when item 9 is above 0. */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { Loading, PageTitle, QueryError } from '../shared/ui';
import { patientApi, type SubmissionResult } from './api';
import { HelpNow } from './HelpNow';
import { QuestionnaireRunner, hasAllText, type Answer } from './QuestionnaireRunner';

export function AnswerQuestionnaire() {
  const { instrument = '' } = useParams();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['questionnaire', instrument], queryFn: () => patientApi.questionnaire(instrument), staleTime: Infinity });
  const [done, setDone] = useState<SubmissionResult | null>(null);
  const submit = useMutation({
    mutationFn: (answers: Record<string, number | string | null>) => patientApi.submit({ instrument, answers }),
    onSuccess: (r) => {
      setDone(r);
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });

  if (q.isPending) return <Loading what="Loading the questionnaire" />;
  if (q.isError) return <QueryError error={q.error} what="this questionnaire" />;
  const title = q.data.title ?? instrument;

  if (!hasAllText(q.data)) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <p>This questionnaire cannot be filled in on this app yet. Your clinic team will go through it with you at your next visit.</p>
        <Link to="/">Back to the home page</Link>
      </>
    );
  }

  if (done) {
    const urgent = done.alerts.filter((a) => a.level === 'urgent');
    return (
      <>
        <PageTitle>Thank you</PageTitle>
        {urgent.length ? <HelpNow resources={urgent[0]!.resources} /> : null}
        <div className="notice ok" role="status">
          Your answers to the {title} were sent to your clinic team on {done.date}.
        </div>
        <p>
          <Link to="/">Back to the home page</Link>
        </p>
      </>
    );
  }

  const errors = submit.error instanceof ApiError ? submit.error.errors.map((e) => e.message) : submit.error ? [String(submit.error)] : undefined;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <QuestionnaireRunner
        questionnaire={q.data}
        draftKey={`questionnaire:${instrument}`}
        busy={submit.isPending}
        submitError={errors}
        onSubmit={(answers: Record<string, Answer>, clear) => {
          const body: Record<string, number | string> = {};
          for (const [k, a] of Object.entries(answers)) body[k] = a.kind === 'coding' ? a.code : a.value;
          submit.mutate(body, { onSuccess: clear });
        }}
      />
    </>
  );
}

/**
 * A stored assessment as the engine produced it: red flags first, then the classification, the ranked causes with
 * the evidence trail one click away, the work-up as a checklist, the plan with its cautions, safety alerts and
 * citations, the clinician's sign-off of each recommendation, and the letters as PDF.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import type { Assessment, CauseScore, Citation, FiredRedFlag, Patient } from '../api/types';
import { useDraft } from '../shared/drafts';
import { ErrorSummary, Loading, PageTitle, QueryError, UrgencyBadge, formatDate, humanize, pct } from '../shared/ui';
import { clinicianApi, keys, pdfUrls, type SignOffStatus } from './api';
import { PlanSection, SafetySection } from './PlanSection';
import { findingLabel, useKnowledge, type KnowledgeIndex } from './useKnowledge';

function Refs({ ids }: { ids: string[] }) {
  if (!ids.length) return null;
  return (
    <span className="small">
      {' '}
      [
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <a href={`#ref-${id}`}>{id}</a>
        </span>
      ))}
      ]
    </span>
  );
}

export function RedFlagBanner({ flags, suppression, kb }: { flags: FiredRedFlag[]; suppression: string | null; kb: KnowledgeIndex | undefined }) {
  const active = flags.filter((f) => !f.review);
  const reviewed = flags.filter((f) => f.review);
  if (!flags.length) return null;
  return (
    <>
      {active.length ? (
        <section className="red-flag-banner" role="alert" aria-labelledby="rf-title">
          <h2 id="rf-title">
            Red flag{active.length > 1 ? 's' : ''}: act before anything else
          </h2>
          {suppression ? <p>{suppression}</p> : null}
          {active.map((f) => (
            <div key={f.id} className="flag">
              <h3>
                {f.name} ({f.urgency}) · {f.timeFrame}
              </h3>
              <ul>
                {f.actions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
              <p className="small">
                Fired by: {f.firedBy.map((t) => `${t.description} (${t.findings.map((x) => findingLabel(kb, x)).join(', ')})`).join('; ')}
                {f.tests.length ? ` · Tests first: ${f.tests.map((t) => kb?.tests.find((x) => x.id === t)?.name ?? t).join(', ')}` : ''}
                <Refs ids={f.sources} />
              </p>
            </div>
          ))}
        </section>
      ) : null}
      {reviewed.length ? (
        <div className="notice warn">
          Reviewed red flags:{' '}
          {reviewed.map((f) => `${f.name}: ${f.review!.outcome} on ${formatDate(f.review!.date)}${f.review!.by ? ` by ${f.review!.by}` : ''}`).join('; ')}
        </div>
      ) : null}
    </>
  );
}

function ProbabilityBar({ c }: { c: CauseScore }) {
  return (
    <span className="prob-bar" aria-hidden="true">
      <span className="range" style={{ left: `${c.range.low * 100}%`, width: `${Math.max(0.5, (c.range.high - c.range.low) * 100)}%` }} />
      <span className="point" style={{ left: `calc(${c.probability * 100}% - 2px)` }} />
    </span>
  );
}

function EvidenceTrail({ c, kb }: { c: CauseScore; kb: KnowledgeIndex | undefined }) {
  return (
    <details className="evidence">
      <summary>
        Why? Evidence trail<span className="visually-hidden"> for {c.name}</span> ({c.evidence.length} finding{c.evidence.length === 1 ? '' : 's'})
      </summary>
      <p className="small">
        Prior {pct(c.prior.probability)} after {c.prior.operation} in the {c.prior.window.replace(/-/g, ' ')} window ({c.prior.basis.kind}
        {c.prior.basis.note ? `: ${c.prior.basis.note}` : ''})<Refs ids={c.prior.basis.refs} />. Log-odds: prior {c.logOdds.prior}, evidence {c.logOdds.evidence >= 0 ? '+' : ''}
        {c.logOdds.evidence}, posterior {c.logOdds.posterior}.
      </p>
      {c.evidence.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Findings that moved {c.name}</caption>
            <thead>
              <tr>
                <th scope="col">Finding</th>
                <th scope="col">Recorded</th>
                <th scope="col">Likelihood ratio</th>
                <th scope="col">Effect</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {c.evidence.map((e, i) => (
                <tr key={`${e.finding}-${i}`}>
                  <td>
                    {findingLabel(kb, e.finding)}
                    {e.level ? ` (${e.level}${e.side ? ` ${e.side}` : ''})` : ''}
                    <span className="muted small"> · {e.origin.kind === 'test' ? `test ${e.origin.test ?? ''}` : e.origin.kind}</span>
                  </td>
                  <td>{e.status}</td>
                  <td>
                    {e.likelihoodRatio}
                    {e.clamped ? ' (clamped)' : ''}
                    {e.earlyValue ? ' (early value)' : ''}
                  </td>
                  <td>
                    {e.direction} ({e.logLr >= 0 ? '+' : ''}
                    {e.logLr})
                  </td>
                  <td className="small">
                    {e.basis.kind}
                    {e.basis.note ? `: ${e.basis.note}` : ''}
                    <Refs ids={e.basis.refs} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="small">No recorded finding moved this cause: the estimate is the prior.</p>
      )}
      {c.groups.some((g) => g.capped) ? <p className="small">Capped groups: {c.groups.filter((g) => g.capped).map((g) => `${g.group} (${g.raw} capped at ±${g.cap})`).join('; ')}.</p> : null}
    </details>
  );
}

function Causes({ a, kb }: { a: Assessment; kb: KnowledgeIndex | undefined }) {
  const [more, setMore] = useState(false);
  const shown = more ? a.causes : a.causes.slice(0, 6);
  return (
    <section aria-labelledby="causes-title">
      <h2 id="causes-title">Why the pain may persist: ranked causes</h2>
      <p className="small muted">Each cause is scored on its own (causes can coexist). The bar shows the estimate and its uncertainty range.</p>
      <ol className="ranked">
        {shown.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> {pct(c.probability)} <span className="badge none">{c.band.replace(/-/g, ' ')}</span>{' '}
            <span className="small muted">
              range {pct(c.range.low)}-{pct(c.range.high)}
            </span>
            <ProbabilityBar c={c} />
            <EvidenceTrail c={c} kb={kb} />
          </li>
        ))}
      </ol>
      {a.causes.length > 6 ? (
        <button type="button" className="secondary" onClick={() => setMore(!more)}>
          {more ? 'Show the top 6' : `Show all ${a.causes.length} causes`}
        </button>
      ) : null}
      {a.excludedCauses.length ? (
        <details>
          <summary>Not scored for this operation ({a.excludedCauses.length})</summary>
          <ul className="small">
            {a.excludedCauses.map((c) => (
              <li key={c.id}>
                {c.name}: {c.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Workup({ a, assessmentId, signOffs }: { a: Assessment; assessmentId: string; signOffs: SignOffStatus | undefined }) {
  const [done, setDone] = useDraft<Record<string, boolean>>(`workup:${assessmentId}`, {});
  return (
    <section aria-labelledby="workup-title">
      <h2 id="workup-title">Work-up: tests that would settle it</h2>
      {a.workup.length === 0 ? (
        <p>No further test is proposed.</p>
      ) : (
        <ul className="checks" style={{ listStyle: 'none', padding: 0 }}>
          {a.workup.map((w) => {
            const so = signOffs?.recommendations.find((r) => r.key === `workup:${w.test}`)?.decision;
            return (
              <li key={w.test} className="card">
                <label>
                  <input type="checkbox" checked={!!done[w.test]} onChange={(e) => setDone({ ...done, [w.test]: e.target.checked })} />
                  <strong>{w.name}</strong> {w.priority !== 'routine' ? <UrgencyBadge urgency={w.priority} /> : null}
                  {so ? <span className="badge none">{so.decision === 'accept' ? 'accepted' : 'overridden'}</span> : null}
                </label>
                <p className="small">{w.rationale}</p>
                <p className="small muted">
                  {humanize(w.invasiveness)} · cost tier {w.costTier}
                  {w.redFlag ? ` · for red flag ${w.redFlag}` : ''}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="small muted">Ticks mark tests ordered (kept on this device); record results in the patient record.</p>
    </section>
  );
}

function SignOff({ patientId, assessmentId }: { patientId: string; assessmentId: string }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: keys.signOffs(patientId, assessmentId), queryFn: () => clinicianApi.signOffs(patientId, assessmentId) });
  const [draft, setDraft, clear] = useDraft<Record<string, { decision: 'accept' | 'override' | ''; reason: string }>>(`signoff:${assessmentId}`, {});
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: (decisions: { recommendation: string; decision: 'accept' | 'override'; reason?: string }[]) => clinicianApi.signOff(patientId, assessmentId, decisions),
    onSuccess: (r) => {
      clear();
      qc.setQueryData(keys.signOffs(patientId, assessmentId), r);
    },
  });
  if (q.isPending) return <Loading what="Loading the recommendations" />;
  if (q.isError) return <QueryError error={q.error} what="the sign-off" />;
  const recs = q.data.recommendations;
  const serverErrors: Record<string, string> = {};
  if (m.error instanceof ApiError) {
    const pending = Object.entries(draft).filter(([, d]) => d.decision).map(([k]) => k);
    for (const e of m.error.errors) {
      const i = /decisions\[(\d+)\]/.exec(e.path)?.[1];
      const key = i !== undefined ? pending[Number(i)] : undefined;
      if (key) serverErrors[key] = e.message;
    }
  }
  const errs = { ...serverErrors, ...local };
  const submit = () => {
    const l: Record<string, string> = {};
    const decisions: { recommendation: string; decision: 'accept' | 'override'; reason?: string }[] = [];
    for (const [k, d] of Object.entries(draft)) {
      if (!d.decision) continue;
      if (d.decision === 'override' && !d.reason.trim()) l[k] = 'Give the reason for overriding this recommendation.';
      decisions.push({ recommendation: k, decision: d.decision, ...(d.reason.trim() ? { reason: d.reason.trim() } : {}) });
    }
    setLocal(l);
    if (!Object.keys(l).length && decisions.length) m.mutate(decisions);
  };
  const choose = (key: string, patch: Partial<{ decision: 'accept' | 'override' | ''; reason: string }>) => setDraft({ ...draft, [key]: { decision: '', reason: '', ...draft[key], ...patch } });
  return (
    <section aria-labelledby="signoff-title" className="card">
      <h2 id="signoff-title">Sign-off: accept or override each recommendation</h2>
      <p>
        {q.data.open} of {recs.length} still open. An override needs a reason; both are kept with the assessment and audited.
      </p>
      <ErrorSummary errors={Object.fromEntries(Object.entries(errs).map(([k, v]) => [k, `${recs.find((r) => r.key === k)?.title ?? k}: ${v}`]))} fieldIds={Object.fromEntries(Object.keys(errs).map((k) => [k, `so-${k.replace(/[^a-z0-9]/gi, '-')}`]))} />
      {m.isError && !Object.keys(serverErrors).length ? (
        <p className="notice error" role="alert">
          {m.error.message}
        </p>
      ) : null}
      {m.isSuccess ? (
        <p className="notice ok" role="status">
          Decisions saved.
        </p>
      ) : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {recs.map((r) => {
          const d = draft[r.key];
          const id = `so-${r.key.replace(/[^a-z0-9]/gi, '-')}`;
          const err = errs[r.key];
          return (
            <li key={r.key} className={`card${err ? ' field invalid' : ''}`} id={id}>
              <fieldset className="radios">
                <legend>
                  <span className="badge none">{r.kind}</span> {r.title}
                </legend>
                {r.decision ? (
                  <p className="small">
                    Decided: <strong>{r.decision.decision === 'accept' ? 'accepted' : 'overridden'}</strong>
                    {r.decision.reason ? ` (${r.decision.reason})` : ''} on {formatDate(r.decision.createdAt)}.
                  </p>
                ) : null}
                {err ? <span className="field-error" id={`${id}-error`}>{err}</span> : null}
                <div className="row">
                  <label>
                    <input type="radio" name={id} checked={d?.decision === 'accept'} onChange={() => choose(r.key, { decision: 'accept' })} /> Accept
                  </label>
                  <label>
                    <input type="radio" name={id} checked={d?.decision === 'override'} onChange={() => choose(r.key, { decision: 'override' })} /> Override
                  </label>
                </div>
                {d?.decision === 'override' ? (
                  <div className="field">
                    <label htmlFor={`${id}-reason`}>Reason for overriding</label>
                    <input id={`${id}-reason`} type="text" value={d.reason} aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-error` : undefined} onChange={(e) => choose(r.key, { reason: e.target.value })} />
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={submit} disabled={m.isPending || !Object.values(draft).some((d) => d.decision)}>
        {m.isPending ? 'Saving…' : 'Save decisions'}
      </button>
    </section>
  );
}

function Citations({ list }: { list: Citation[] }) {
  if (!list.length) return null;
  return (
    <section aria-labelledby="cite-title">
      <h2 id="cite-title">Sources cited</h2>
      <ol className="small">
        {list.map((c) => (
          <li key={c.id} id={`ref-${c.id}`}>
            <strong>{c.id}</strong>: {c.citation}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function AssessmentView({ patient }: { patient: Patient }) {
  const { assessmentId = '' } = useParams();
  const kb = useKnowledge();
  const q = useQuery({ queryKey: keys.assessment(patient.id, assessmentId), queryFn: () => clinicianApi.assessment(patient.id, assessmentId) });
  const signOffs = useQuery({ queryKey: keys.signOffs(patient.id, assessmentId), queryFn: () => clinicianApi.signOffs(patient.id, assessmentId) });
  if (q.isPending) return <Loading what="Loading the assessment" />;
  if (q.isError) return <QueryError error={q.error} what="this assessment" />;
  const a = q.data.output;
  if (!a) return <p>This assessment has no stored output.</p>;
  const urls = pdfUrls(patient.id, assessmentId);
  const alerts = a.outcomes?.alerts ?? [];
  return (
    <article>
      <PageTitle title={`Assessment of ${patient.givenName} ${patient.familyName}`}>
        Assessment of {formatDate(q.data.assessmentDate)} <UrgencyBadge urgency={a.triage.urgency} />
      </PageTitle>
      <RedFlagBanner flags={a.triage.redFlags} suppression={a.triage.suppression} kb={kb.data} />
      {alerts.map((al) => (
        <div key={`${al.id}-${al.date}`} className={al.level === 'urgent' ? 'red-flag-banner' : 'notice warn'} role={al.level === 'urgent' ? 'alert' : undefined}>
          <strong>{al.level === 'urgent' ? 'Safety alert' : 'Note'} (questionnaire of {formatDate(al.date)}):</strong> {al.message}
        </div>
      ))}
      <div className="actions">
        <a className="button secondary" href={urls.letter} download>
          Download the clinician letter (PDF)
        </a>
        <a className="button secondary" href={urls.patientPlan} download>
          Download the patient plan (PDF)
        </a>
        <Link className="button secondary" to={`/patients/${encodeURIComponent(patient.id)}/record`}>
          Update the record
        </Link>
      </div>
      <section aria-labelledby="context-title" className="card">
        <h2 id="context-title">Summary</h2>
        <dl className="facts">
          <dt>Operation</dt>
          <dd>
            {humanize(a.context.latestOperation.procedure)} {a.context.latestOperation.levels.join(', ')} on {formatDate(a.context.latestOperation.date)} ({a.context.monthsSinceSurgery} months;{' '}
            {a.context.operationCount} operation{a.context.operationCount > 1 ? 's' : ''}
            {a.context.implant ? ', implants' : ''})
          </dd>
          <dt>Classification</dt>
          <dd>
            {a.classification.psps.label}; ICD-11 {a.classification.icd11.code} criteria {a.classification.icd11.status.replace('-', ' ')}; ICD-10-CM {a.classification.icd10cm.code}
          </dd>
          <dt>Pain type</dt>
          <dd>
            {a.classification.phenotype.phenotype}
            {a.classification.phenotype.reasons.length ? ` (${a.classification.phenotype.reasons.join('; ')})` : ''}
          </dd>
          <dt>Knowledge base</dt>
          <dd>
            {a.knowledgeBase.version} ({a.knowledgeBase.hash}), engine {a.engine.version}
          </dd>
        </dl>
      </section>
      <Causes a={a} kb={kb.data} />
      <Workup a={a} assessmentId={assessmentId} signOffs={signOffs.data} />
      <SafetySection safety={a.safety} />
      <PlanSection patientId={patient.id} assessmentId={assessmentId} plan={a.plan} kb={kb.data} />
      <SignOff patientId={patient.id} assessmentId={assessmentId} />
      <Citations list={a.citations ?? []} />
    </article>
  );
}

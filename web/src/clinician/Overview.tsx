/**
 * The chart's first page: the latest assessment at a glance (red flags first), outcome charts with baseline and
 * improvement thresholds, and a timeline of operations, tests, treatments, visits, scores and assessments.
 */
import { Suspense, lazy, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Outcomes, Patient, StoredAssessment } from '../api/types';
import { Loading, QueryError, UrgencyBadge, formatDate, pct } from '../shared/ui';
import { clinicianApi, keys } from './api';
import type { ChartSeries } from './OutcomeCharts';
import { describePart } from './RecordPage';
import { useKnowledge, type KnowledgeIndex } from './useKnowledge';

const OutcomeCharts = lazy(() => import('./OutcomeCharts'));

interface OutcomesResponse {
  series: { instrument: string; measure: string; points: { date: string; value: number; display: string | null }[] }[];
  diary: { date: string; nrs: number; note: string | null }[];
  latestAssessment: { id: string; assessmentDate: string; outcomes: Outcomes | null } | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Chart series for the region's measures and PHQ-9, with baseline and threshold lines from the knowledge base. */
export function chartSeries(o: OutcomesResponse, kb: KnowledgeIndex | undefined, region: string | undefined): ChartSeries[] {
  const wanted = region === 'cervical' ? ['nrs:neck', 'nrs:arm', 'ndi', 'phq9'] : region === 'lumbar' ? ['nrs:back', 'nrs:leg', 'odi', 'phq9'] : ['nrs:back', 'nrs:leg', 'nrs:neck', 'nrs:arm', 'odi', 'ndi', 'phq9'];
  const out: ChartSeries[] = [];
  for (const id of wanted) {
    const def = kb?.measures.find((m) => m.id === id);
    const [instrument, sub] = id.split(':') as [string, string | undefined];
    const measure = sub ? `subscore:${sub}` : 'total';
    const series = o.series.find((s) => s.instrument === instrument && s.measure === measure);
    if (!series || series.points.length === 0) continue;
    const trend = o.latestAssessment?.outcomes?.trends?.find((t) => t.measure === id);
    const baseline = trend ? { date: trend.baseline.date, value: round1(trend.baseline.value) } : { date: series.points[0]!.date, value: round1(series.points[0]!.value) };
    const thresholds: { label: string; value: number }[] = [];
    if (def && def.direction === 'higher-is-worse' && baseline.value > 0) {
      if (def.painIntensity && kb) {
        thresholds.push({ label: `${kb.immpact.moderate}% better`, value: round1(baseline.value * (1 - kb.immpact.moderate / 100)) });
        thresholds.push({ label: `${kb.immpact.substantial}% better`, value: round1(baseline.value * (1 - kb.immpact.substantial / 100)) });
      } else if (def.mic) {
        const byPoints = def.mic.points !== undefined ? def.mic.points : Infinity;
        const byPercent = def.mic.percent !== undefined ? (baseline.value * def.mic.percent) / 100 : Infinity;
        const step = Math.min(byPoints, byPercent);
        if (Number.isFinite(step) && baseline.value - step >= def.range.min) thresholds.push({ label: `${def.mic.kind} reached`, value: round1(baseline.value - step) });
      }
      if (def.pass) thresholds.push({ label: `acceptable (≤${def.pass.max})`, value: def.pass.max });
    }
    out.push({
      id,
      label: def?.label ?? id,
      ...(def?.unit ? { unit: def.unit } : {}),
      range: def?.range ?? { min: 0, max: Math.max(...series.points.map((p) => p.value), 10) },
      direction: def?.direction ?? 'higher-is-worse',
      points: series.points.map((p) => ({ date: p.date, value: round1(p.value) })),
      baseline,
      thresholds,
      ...(def?.mic ? { note: def.mic.text } : def?.note ? { note: def.note } : {}),
    });
  }
  if (o.diary.length) {
    out.push({ id: 'diary', label: 'Pain diary (pain now, 0-10)', range: { min: 0, max: 10 }, direction: 'higher-is-worse', points: o.diary.map((d) => ({ date: d.date, value: d.nrs })), baseline: null, thresholds: [] });
  }
  return out;
}

export function OutcomeSection({ patientId, region }: { patientId: string; region: string | undefined }) {
  const kb = useKnowledge();
  const q = useQuery({ queryKey: ['patient', patientId, 'outcomes'], queryFn: () => api.get<OutcomesResponse>(`/api/patients/${encodeURIComponent(patientId)}/outcomes`) });
  const series = useMemo(() => (q.data ? chartSeries(q.data, kb.data, region) : []), [q.data, kb.data, region]);
  return (
    <section aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">Outcomes over time</h2>
      {q.isPending || kb.isPending ? (
        <Loading what="Loading scores" />
      ) : q.isError ? (
        <QueryError error={q.error} what="the scores" />
      ) : (
        <Suspense fallback={<Loading what="Drawing charts" />}>
          <OutcomeCharts series={series} />
        </Suspense>
      )}
    </section>
  );
}

interface Event {
  date: string;
  kind: string;
  text: string;
  link?: string;
}

function Timeline({ patientId, assessments }: { patientId: string; assessments: StoredAssessment[] }) {
  const kb = useKnowledge();
  const segs = ['episodes', 'encounters', 'test-results', 'treatments', 'medications', 'red-flag-reviews'] as const;
  const parts = useQueries({ queries: segs.map((seg) => ({ queryKey: keys.parts(patientId, seg), queryFn: () => clinicianApi.parts<Record<string, unknown>>(patientId, seg) })) });
  const responses = useQuery({ queryKey: keys.responses(patientId), queryFn: () => clinicianApi.responses(patientId) });
  const [all, setAll] = useState(false);
  const KIND: Record<string, string> = { episodes: 'Operation', encounters: 'Visit', 'test-results': 'Test', treatments: 'Treatment', medications: 'Medicine', 'red-flag-reviews': 'Red-flag review' };
  const events: Event[] = [];
  segs.forEach((seg, i) => {
    for (const p of parts[i]?.data?.items ?? []) events.push({ date: p.date, kind: KIND[seg]!, text: describePart(seg, p.data, kb.data) });
  });
  for (const r of responses.data?.responses ?? []) {
    const score = r.result?.display ?? (r.total !== null ? String(r.total) : r.enteredScore !== null ? String(r.enteredScore) : '');
    events.push({ date: r.date, kind: 'Score', text: `${r.instrument.toUpperCase()} ${score}${r.source === 'patient' ? ' (from the patient app)' : ''}` });
  }
  for (const a of assessments) {
    events.push({ date: a.assessmentDate, kind: 'Assessment', text: `urgency ${a.urgency}, knowledge base ${a.knowledgeBase.version}`, link: `/patients/${encodeURIComponent(patientId)}/assessments/${encodeURIComponent(a.id)}` });
  }
  events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const shown = all ? events : events.slice(0, 25);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {parts.some((p) => p.isPending) || responses.isPending ? <Loading /> : null}
      {events.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {shown.map((e, i) => (
            <li key={i}>
              <span className="kind">{e.kind}</span> <strong>{formatDate(e.date)}</strong>
              <br />
              {e.link ? <Link to={e.link}>{e.text}</Link> : e.text}
            </li>
          ))}
        </ol>
      )}
      {events.length > 25 ? (
        <button type="button" className="secondary" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${events.length} events`}
        </button>
      ) : null}
    </section>
  );
}

/** A questionnaire safety alert (PHQ-9 item 9) newer than the latest assessment: shown first on the chart. */
function QuestionnaireAlerts({ patientId, since }: { patientId: string; since: string | undefined }) {
  const responses = useQuery({ queryKey: keys.responses(patientId), queryFn: () => clinicianApi.responses(patientId) });
  const phq9 = (responses.data?.responses ?? []).filter((r) => r.instrument === 'phq9');
  const latest = phq9[phq9.length - 1];
  const alerts = ((latest?.result as { alerts?: { id: string; level: string; message: string }[] } | null)?.alerts ?? []).filter((a) => a.level === 'urgent');
  if (!latest || !alerts.length || (since && latest.date < since)) return null;
  return (
    <>
      {alerts.map((a) => (
        <div key={a.id} className="red-flag-banner" role="alert">
          <strong>
            Safety alert from the PHQ-9 of {formatDate(latest.date)}
            {latest.source === 'patient' ? ' (answered in the patient app)' : ''}:
          </strong>{' '}
          {a.message}
        </div>
      ))}
    </>
  );
}

function LatestAssessment({ patientId, summary }: { patientId: string; summary: StoredAssessment | undefined }) {
  const q = useQuery({ queryKey: keys.assessment(patientId, summary?.id ?? ''), queryFn: () => clinicianApi.assessment(patientId, summary!.id), enabled: !!summary });
  if (!summary) {
    return (
      <section className="card" aria-labelledby="latest-title">
        <h2 id="latest-title">Latest assessment</h2>
        <p>
          Not assessed yet. <Link to={`/patients/${encodeURIComponent(patientId)}/record`}>Complete the record and assess</Link>.
        </p>
      </section>
    );
  }
  const out = q.data?.output;
  const flags = out?.triage.redFlags.filter((f) => !f.review) ?? [];
  return (
    <section className="card" aria-labelledby="latest-title">
      <h2 id="latest-title">
        Latest assessment <UrgencyBadge urgency={summary.urgency} />
      </h2>
      {flags.length ? (
        <div className="red-flag-banner" role="alert">
          <strong>Red flag{flags.length > 1 ? 's' : ''}:</strong> {flags.map((f) => `${f.name} (${f.urgency})`).join('; ')}
        </div>
      ) : null}
      {out?.outcomes?.alerts.filter((a) => a.level === 'urgent').map((a) => (
        <div key={a.id + a.date} className="red-flag-banner" role="alert">
          {a.message}
        </div>
      ))}
      {q.isPending ? <Loading /> : null}
      {out ? (
        <>
          <p>
            {formatDate(summary.assessmentDate)} · {out.context.region}, {out.context.latestOperation.procedure} {out.context.monthsSinceSurgery} months ago
          </p>
          <ol>
            {out.causes.slice(0, 3).map((c) => (
              <li key={c.id}>
                {c.name}: {pct(c.probability)} ({c.band.replace('-', ' ')})
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Link to={`/patients/${encodeURIComponent(patientId)}/assessments/${encodeURIComponent(summary.id)}`}>Open the assessment</Link>
    </section>
  );
}

export function Overview({ patient }: { patient: Patient }) {
  const list = useQuery({ queryKey: keys.assessments(patient.id), queryFn: () => clinicianApi.assessments(patient.id) });
  const latest = list.data?.assessments[0];
  const latestFull = useQuery({ queryKey: keys.assessment(patient.id, latest?.id ?? ''), queryFn: () => clinicianApi.assessment(patient.id, latest!.id), enabled: !!latest });
  const region = latestFull.data?.output?.context.region;
  return (
    <div className="grid sidebar">
      <div>
        <QuestionnaireAlerts patientId={patient.id} since={latest?.assessmentDate} />
        <LatestAssessment patientId={patient.id} summary={latest} />
        <OutcomeSection patientId={patient.id} region={region} />
      </div>
      <div>
        <Timeline patientId={patient.id} assessments={list.data?.assessments ?? []} />
      </div>
    </div>
  );
}

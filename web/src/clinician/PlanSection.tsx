/**
 * The blended treatment plan of an assessment (the engine's `plan`) and its safety checks (`safety`): steps with their
 * rating, reasons, cautions (anticoagulant holds, opioid alerts) and sources; and the saved care plan, where the team
 * records how each step went. The engine's plan shape is read defensively, the way the server reads it
 * (src/server/plans/from-assessment.ts), so a richer plan shows more without changing this screen.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CarePlan, PlanStep } from '../api/types';
import { useDraft } from '../shared/drafts';
import { Loading, QueryError, formatDate, humanize } from '../shared/ui';
import { clinicianApi, keys } from './api';
import type { KnowledgeIndex } from './useKnowledge';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): Obj[] => (Array.isArray(x) ? x.filter(isObj) : []);
const str = (o: Obj, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
};
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.flatMap((v) => (typeof v === 'string' ? [v] : isObj(v) ? [str(v, 'text', 'message', 'description', 'summary', 'reason') ?? ''] : [])).filter(Boolean) : typeof x === 'string' ? [x] : []);

/** Steps of a plan: `steps`, `items` or `recommendations`, or those of its stages/phases/tiers (with the stage). */
export function planSteps(plan: unknown): Obj[] {
  if (Array.isArray(plan)) return arr(plan);
  if (!isObj(plan)) return [];
  for (const k of ['steps', 'items', 'recommendations']) if (Array.isArray(plan[k])) return arr(plan[k]);
  for (const k of ['stages', 'phases', 'tiers']) {
    if (Array.isArray(plan[k])) {
      return arr(plan[k]).flatMap((stage) => {
        const sid = str(stage, 'id', 'key', 'name', 'step') ?? '';
        return planSteps(stage).map((s) => (s.stage === undefined ? { ...s, stage: sid } : s));
      });
    }
  }
  return [];
}

export const stepTitle = (s: Obj, fallback = 'Step'): string => str(s, 'title', 'name', 'label', 'summary', 'treatmentName', 'treatment') ?? fallback;

function sourcesOf(s: Obj): string[] {
  const out = new Set<string>();
  for (const k of ['sources', 'citations', 'refs', 'references']) for (const v of strings(s[k])) out.add(v);
  for (const b of [s.basis, ...(Array.isArray(s.evidence) ? s.evidence : [])]) if (isObj(b)) for (const r of strings(b.refs)) out.add(r);
  return [...out];
}

function cautionsOf(s: Obj): { text: string; level?: string }[] {
  const out: { text: string; level?: string }[] = [];
  for (const k of ['cautions', 'warnings', 'holds', 'alerts', 'safety']) {
    const v = s[k];
    if (Array.isArray(v)) {
      for (const c of v) {
        if (typeof c === 'string') out.push({ text: c });
        else if (isObj(c)) {
          const t = str(c, 'text', 'message', 'description', 'summary', 'instruction', 'reason');
          if (t) out.push({ text: t, ...(str(c, 'level', 'severity', 'effect') ? { level: str(c, 'level', 'severity', 'effect')! } : {}) });
        }
      }
    }
  }
  return out;
}

function Sources({ ids }: { ids: string[] }) {
  if (!ids.length) return null;
  return (
    <p className="small">
      Sources:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <a href={`#ref-${id}`}>{id}</a>
        </span>
      ))}
    </p>
  );
}

/** Safety checks: opioid dose and co-prescription alerts, anticoagulant holds before procedures, guideline conflicts. */
export function SafetySection({ safety }: { safety: unknown }) {
  const items = Array.isArray(safety) ? arr(safety) : isObj(safety) ? ['alerts', 'items', 'checks', 'warnings', 'findings', 'holds'].flatMap((k) => arr(safety[k])) : [];
  if (!items.length) return null;
  const rank = (it: Obj) => ({ block: 0, high: 0, critical: 0, warn: 1, warning: 1 } as Record<string, number>)[str(it, 'severity', 'level') ?? ''] ?? 2;
  const sorted = [...items].sort((a, b) => rank(a) - rank(b));
  return (
    <section aria-labelledby="safety-title">
      <h2 id="safety-title">Safety: medicines and procedures</h2>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {sorted.map((it, i) => {
          const level = str(it, 'severity', 'level', 'priority') ?? 'info';
          const cls = rank(it) === 0 ? 'error' : rank(it) === 1 ? 'warn' : '';
          const jur = arr(it.jurisdictions);
          return (
            <li key={`${str(it, 'id') ?? ''}-${i}`} className={`notice ${cls}`}>
              <strong>
                {level === 'block' ? 'Blocks' : level === 'warn' ? 'Caution' : 'Note'}
                {str(it, 'category') ? ` (${str(it, 'category')!.replace(/-/g, ' ')})` : ''}:
              </strong>{' '}
              {str(it, 'message', 'text', 'summary', 'description') ?? ''}
              {it.verify === true ? <em> Check against the source before acting (value not confirmed).</em> : null}
              {strings(it.actions).length ? (
                <ul>
                  {strings(it.actions).map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              ) : null}
              {jur.length ? (
                <ul className="small">
                  {jur.map((j, k) => (
                    <li key={k}>
                      {str(j, 'body') ?? ''}: {str(j, 'position') ?? ''}
                    </li>
                  ))}
                </ul>
              ) : null}
              <Sources ids={sourcesOf(it)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const STATUSES = ['proposed', 'accepted', 'declined', 'in-progress', 'completed', 'stopped'];

function StepEditor({ patientId, planId, step }: { patientId: string; planId: string; step: PlanStep }) {
  const qc = useQueryClient();
  const [d, setD, clear] = useDraft(`step:${step.id}`, () => ({ status: step.status, note: step.note ?? '' }));
  const [saved, setSaved] = useState(false);
  const m = useMutation({
    mutationFn: () => clinicianApi.updateStep(patientId, planId, step.id, { status: d.status, ...(d.note.trim() ? { note: d.note.trim() } : {}) }),
    onSuccess: (plan) => {
      clear();
      setSaved(true);
      qc.setQueryData(keys.plans(patientId), (old: { plans: CarePlan[] } | undefined) => (old ? { plans: old.plans.map((p) => (p.id === planId ? (plan as CarePlan) : p)) } : old));
      void qc.invalidateQueries({ queryKey: keys.plans(patientId) });
    },
  });
  const id = `step-${step.id}`;
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={d.status} onChange={(e) => { setSaved(false); setD({ ...d, status: e.target.value }); }}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.replace('-', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Outcome or note</label>
        <input id={`${id}-note`} type="text" value={d.note} onChange={(e) => { setSaved(false); setD({ ...d, note: e.target.value }); }} />
      </div>
      <div className="field">
        <button type="button" className="secondary" disabled={m.isPending} onClick={() => m.mutate()}>
          {m.isPending ? 'Saving…' : 'Save step'}
          <span className="visually-hidden"> {stepTitle(step.data as Obj, step.key)}</span>
        </button>
        <span role="status">{saved ? ' Saved.' : ''}</span>
        {m.isError ? (
          <span className="field-error" role="alert">
            {m.error.message}
          </span>
        ) : null}
      </div>
    </div>
  );
}

const STAGE_TITLE: Record<string, string> = { now: 'Now', next: 'Next, if not improved by the review', later: 'Later, if still not improved' };

function PlanItem({ data, stored, planId, patientId, kb, index }: { data: Obj; stored: PlanStep | undefined; planId: string | undefined; patientId: string; kb: KnowledgeIndex | undefined; index: number }) {
  const cautions = cautionsOf(data);
  const rec = str(data, 'recommendation', 'level', 'rating', 'strength');
  const reasons = [...strings(data.reasons), ...strings(data.rationale), ...strings(data.why), ...strings(data.reason)];
  const treatment = str(data, 'treatment');
  const review = typeof data.review === 'string' ? data.review : isObj(data.review) ? str(data.review, 'description', 'text') : undefined;
  const evidence = strings(data.evidence);
  const guidelines = arr(data.guidelines);
  const criteria = arr(data.criteria);
  const suppressed = typeof data.suppressed === 'string' ? data.suppressed : undefined;
  const contraindications = strings(data.contraindications);
  const missing = strings(data.missing);
  const goals = isObj(data.goals) ? data.goals : {};
  const supports = strings(goals.supports);
  const conflicts = strings(goals.conflicts);
  const kbEntry = treatment && kb?.treatments.some((t) => t.id === treatment) ? `/knowledge/treatments/${encodeURIComponent(treatment)}` : undefined;
  return (
    <li className="card">
      <h4 style={{ margin: '0 0 0.5rem', fontSize: '1.05rem' }}>
        {stepTitle(data, treatment ? kb?.treatments.find((t) => t.id === treatment)?.name ?? treatment : `Step ${index + 1}`)}{' '}
        {rec ? <span className={`badge ${/contra/.test(rec) ? 'emergency' : /not-rec/.test(rec) ? 'urgent' : rec === 'recommended' ? 'routine' : 'none'}`}>{rec.replace(/-/g, ' ')}</span> : null}{' '}
        {data.notImproving === true ? <span className="badge flag">not improving: escalate</span> : null}{' '}
        {stored ? <span className="badge none">status: {stored.status.replace('-', ' ')}</span> : null}
      </h4>
      {suppressed ? <p className="notice error small">{suppressed}</p> : null}
      {reasons.length ? (
        <ul className="small">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {contraindications.length ? (
        <div className="notice error small">
          <strong>Contraindicated because:</strong>
          <ul>
            {contraindications.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {missing.length ? (
        <p className="small">
          <strong>Missing before it could be recommended:</strong> {missing.join('; ')}
        </p>
      ) : null}
      {supports.length || conflicts.length ? (
        <p className="small">
          {supports.length ? `Serves the patient's goals: ${supports.map((g) => g.replace(/-/g, ' ')).join(', ')}. ` : ''}
          {conflicts.length ? `Runs against the patient's preferences: ${conflicts.map((g) => g.replace(/-/g, ' ')).join(', ')}.` : ''}
        </p>
      ) : null}
      {cautions.length ? (
        <div className="notice warn small">
          <strong>Cautions:</strong>
          <ul>
            {cautions.map((c, k) => (
              <li key={k}>
                {c.level ? `${c.level}: ` : ''}
                {c.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {review ? <p className="small"><strong>Review:</strong> {review}</p> : null}
      {criteria.length ? (
        <details className="small">
          <summary>Criteria ({criteria.filter((c) => c.status === 'met').length} of {criteria.length} met)</summary>
          <ul>
            {criteria.map((c, k) => (
              <li key={k}>
                {str(c, 'label') ?? ''}: <strong>{str(c, 'status') ?? ''}</strong> ({str(c, 'reason', 'value') ?? ''})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {evidence.length || guidelines.length ? (
        <details className="small">
          <summary>Evidence and guidelines</summary>
          <ul>
            {evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
            {guidelines.map((g, k) => (
              <li key={`g${k}`}>
                {str(g, 'body') ?? ''} ({str(g, 'position') ?? ''}): {str(g, 'statement') ?? ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Sources ids={sourcesOf(data)} />
      {kbEntry ? (
        <p className="small">
          <Link to={kbEntry}>
            Evidence, guidelines and patient information<span className="visually-hidden"> for {stepTitle(data)}</span>
          </Link>
        </p>
      ) : null}
      {stored && planId ? <StepEditor patientId={patientId} planId={planId} step={stored} /> : null}
    </li>
  );
}

export function PlanSection({ patientId, assessmentId, plan, kb }: { patientId: string; assessmentId: string; plan: unknown; kb: KnowledgeIndex | undefined }) {
  const plans = useQuery({ queryKey: keys.plans(patientId), queryFn: () => clinicianApi.plans(patientId) });
  const steps = planSteps(plan);
  const saved = plans.data?.plans.find((p) => p.assessmentId === assessmentId);
  const summary = isObj(plan) ? str(plan, 'summary', 'rationale', 'text') : undefined;
  const items = saved && saved.steps.length ? saved.steps.map((st) => ({ data: st.data as Obj, stored: st as PlanStep | undefined })) : steps.map((d) => ({ data: d, stored: undefined as PlanStep | undefined }));
  const against = (d: Obj) => /^(not-recommended|contraindicated)$/.test(str(d, 'recommendation') ?? '');
  const active = items.filter((x) => !against(x.data));
  const notRec = items.filter((x) => against(x.data));
  const stages = [...new Set(active.map((x) => str(x.data, 'step', 'stage', 'phase') ?? 'plan'))];
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">Plan</h2>
      {!steps.length && !saved ? (
        <p className="notice">This assessment has no treatment plan.</p>
      ) : null}
      {summary ? <p>{summary}</p> : null}
      {plans.isPending ? <Loading what="Loading the saved plan" /> : plans.isError ? <QueryError error={plans.error} what="the care plan" /> : null}
      {saved ? (
        <p className="notice ok">
          Saved as the patient&rsquo;s {saved.status === 'active' ? 'current' : 'earlier (superseded)'} care plan on {formatDate(saved.createdAt)}. Record how each step goes below; the patient sees the plan in plain language.
        </p>
      ) : null}
      {stages.map((stage) => (
        <section key={stage} aria-label={STAGE_TITLE[stage] ?? humanize(stage)}>
          <h3>{STAGE_TITLE[stage] ?? humanize(stage)}</h3>
          <ol className="ranked">
            {active
              .filter((x) => (str(x.data, 'step', 'stage', 'phase') ?? 'plan') === stage)
              .map((x, i) => (
                <PlanItem key={x.stored?.id ?? `${stage}-${i}`} data={x.data} stored={x.stored} planId={saved?.id} patientId={patientId} kb={kb} index={i} />
              ))}
          </ol>
        </section>
      ))}
      {notRec.length ? (
        <details>
          <summary>Not recommended for this patient ({notRec.length})</summary>
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {notRec.map((x, i) => (
              <PlanItem key={x.stored?.id ?? `nr-${i}`} data={x.data} stored={x.stored} planId={saved?.id} patientId={patientId} kb={kb} index={i} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

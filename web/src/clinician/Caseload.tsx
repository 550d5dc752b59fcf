/**
 * The caseload: every patient of the clinician's care teams with urgency, top cause, latest scores with a trend
 * arrow, follow-ups due and escalation flags. Search and filters work on the loaded list; only the rows in view are
 * in the page (a windowed list), so a caseload of thousands renders and scrolls at once.
 */
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { CaseloadRow } from '../api/types';
import { Loading, PageTitle, QueryError, UrgencyBadge, formatDate, pct } from '../shared/ui';
import { clinicianApi, keys } from './api';

const fmt = (x: number) => String(Math.round(x * 10) / 10);

const URGENCY_ORDER: Record<string, number> = { emergency: 0, urgent: 1, routine: 2 };

function Trend({ s }: { s: CaseloadRow['scores'][number] }) {
  if (s.previous === null || s.previous === s.latest) {
    return (
      <span>
        {s.label} {fmt(s.latest)}
        {s.previous !== null ? <span aria-label="no change"> →</span> : null}
      </span>
    );
  }
  const up = s.latest > s.previous;
  const worse = s.direction === 'higher-is-worse' ? up : !up;
  return (
    <span>
      {s.label} {fmt(s.latest)}{' '}
      <span className={worse ? (up ? 'trend-up-bad' : 'trend-down-bad') : up ? 'trend-up-good' : 'trend-down-good'} aria-hidden="true">
        {up ? '↑' : '↓'}
      </span>
      <span className="visually-hidden">
        ({up ? 'up' : 'down'} from {fmt(s.previous)}, {worse ? 'worse' : 'better'})
      </span>
    </span>
  );
}

type Filter = 'all' | 'emergency' | 'urgent' | 'routine' | 'unassessed' | 'due' | 'escalation' | 'alert';

const FILTERS: { id: Filter; label: string }[] = [
  { id: 'all', label: 'All patients' },
  { id: 'emergency', label: 'Emergency' },
  { id: 'urgent', label: 'Urgent or emergency' },
  { id: 'routine', label: 'Routine' },
  { id: 'unassessed', label: 'Not yet assessed' },
  { id: 'due', label: 'Follow-up due' },
  { id: 'escalation', label: 'Step flagged for escalation' },
  { id: 'alert', label: 'Questionnaire safety alert' },
];

function matches(r: CaseloadRow, f: Filter): boolean {
  switch (f) {
    case 'all':
      return true;
    case 'emergency':
      return r.urgency === 'emergency';
    case 'urgent':
      return r.urgency === 'urgent' || r.urgency === 'emergency';
    case 'routine':
      return r.urgency === 'routine';
    case 'unassessed':
      return r.urgency === null;
    case 'due':
      return r.followUpsDue.length > 0;
    case 'escalation':
      return r.escalations > 0;
    case 'alert':
      return r.alerts > 0;
  }
}

function rowHeight(): number {
  const v = getComputedStyle(document.documentElement).getPropertyValue('--row-height');
  return parseInt(v, 10) || 64;
}

export function Caseload() {
  const q = useQuery({ queryKey: keys.caseload, queryFn: clinicianApi.caseload });
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const filter = (params.get('filter') as Filter | null) ?? 'all';
  const deferred = useDeferredValue(search);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [rh, setRh] = useState(64);

  useLayoutEffect(() => {
    const measure = () => {
      setRh(rowHeight());
      if (scroller.current) setViewport(scroller.current.clientHeight);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [q.isSuccess]);

  const rows = useMemo(() => {
    const all = q.data?.rows ?? [];
    const s = deferred.trim().toLowerCase();
    const out = all.filter((r) => matches(r, filter) && (!s || r.name.toLowerCase().includes(s) || (r.mrn ?? '').toLowerCase().includes(s) || (r.topCause?.name ?? '').toLowerCase().includes(s)));
    return out.sort(
      (a, b) =>
        (URGENCY_ORDER[a.urgency ?? ''] ?? 3) - (URGENCY_ORDER[b.urgency ?? ''] ?? 3) ||
        b.alerts - a.alerts ||
        b.escalations - a.escalations ||
        a.name.localeCompare(b.name),
    );
  }, [q.data, deferred, filter]);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [deferred, filter]);

  // A performance mark after each painted list (bench/web reads them: rendered, and the answer to a search).
  useEffect(() => {
    if (!q.data) return;
    const detail = { search: deferred, filter, rows: rows.length };
    requestAnimationFrame(() => setTimeout(() => performance.mark('spinepath:caseload-painted', { detail })));
  }, [q.data, rows, deferred, filter]);

  const overscan = 6;
  const first = Math.max(0, Math.floor(scrollTop / rh) - overscan);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewport) / rh) + overscan);
  const visible = rows.slice(first, last);

  return (
    <>
      <PageTitle>Caseload</PageTitle>
      <div className="caseload-tools" role="search">
        <div className="field">
          <label htmlFor="caseload-search">Search by name, record number or cause</label>
          <input id="caseload-search" type="search" value={search} autoComplete="off" onChange={(e) => {
            setSearch(e.target.value);
            setParams((p) => {
              const n = new URLSearchParams(p);
              if (e.target.value) n.set('q', e.target.value);
              else n.delete('q');
              return n;
            }, { replace: true });
          }} />
        </div>
        <div className="field">
          <label htmlFor="caseload-filter">Show</label>
          <select id="caseload-filter" value={filter} onChange={(e) => setParams((p) => {
            const n = new URLSearchParams(p);
            if (e.target.value === 'all') n.delete('filter');
            else n.set('filter', e.target.value);
            return n;
          }, { replace: true })}>
            {FILTERS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <Link className="button" to="/patients/new">
          New patient
        </Link>
      </div>
      {q.isPending ? (
        <Loading what="Loading the caseload" />
      ) : q.isError ? (
        <QueryError error={q.error} what="the caseload" />
      ) : (
        <>
          <p role="status" aria-live="polite" className="small" id="caseload-count">
            {rows.length === q.data.rows.length ? `${rows.length} patients` : `${rows.length} of ${q.data.rows.length} patients shown`}
          </p>
          <div className="caseload" role="table" aria-label="Caseload" aria-rowcount={rows.length + 1} aria-describedby="caseload-count">
            <div className="cl-row cl-head" role="row" aria-rowindex={1}>
              <span className="cl-name" role="columnheader">Patient</span>
              <span className="cl-urgency" role="columnheader">Urgency</span>
              <span className="cl-cause" role="columnheader">Top cause</span>
              <span className="cl-scores" role="columnheader">Latest scores</span>
              <span className="cl-due" role="columnheader">Follow-up</span>
              <span className="cl-flags" role="columnheader">Flags</span>
            </div>
            <div className="caseload-scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="caseload-scroll">
              <div role="rowgroup" style={{ height: rows.length * rh, position: 'relative' }}>
                {visible.map((r, i) => {
                  const index = first + i;
                  return (
                    <div key={r.patientId} className="cl-row" role="row" aria-rowindex={index + 2} style={{ position: 'absolute', top: index * rh, left: 0, right: 0 }}>
                      <span className="cl-name" role="cell">
                        <Link to={`/patients/${encodeURIComponent(r.patientId)}`}>{r.name}</Link>
                        <span className="muted small">
                          {' '}
                          {r.age !== null ? `${r.age} y` : ''}
                          {r.mrn ? ` · ${r.mrn}` : ''}
                        </span>
                      </span>
                      <span className="cl-urgency" role="cell">
                        <UrgencyBadge urgency={r.urgency} />
                      </span>
                      <span className="cl-cause" role="cell">
                        {r.topCause ? `${r.topCause.name} (${pct(r.topCause.probability)})` : <span className="muted">no assessment yet</span>}
                      </span>
                      <span className="cl-scores" role="cell">
                        {r.scores.length ? (
                          r.scores.map((s, k) => (
                            <span key={s.measure}>
                              {k > 0 ? ' · ' : ''}
                              <Trend s={s} />
                            </span>
                          ))
                        ) : (
                          <span className="muted">no scores</span>
                        )}
                      </span>
                      <span className="cl-due" role="cell">
                        {r.followUpsDue.length ? r.followUpsDue.map((f) => `${f.label} ${f.status}`).join(', ') : r.assessedOn ? `assessed ${formatDate(r.assessedOn)}` : ''}
                      </span>
                      <span className="cl-flags" role="cell">
                        {r.alerts > 0 ? <span className="badge emergency">PHQ-9 alert</span> : null} {r.escalations > 0 ? <span className="badge flag">Escalate ({r.escalations})</span> : null}
                      </span>
                    </div>
                  );
                })}
              </div>
            </div>
          </div>
        </>
      )}
    </>
  );
}

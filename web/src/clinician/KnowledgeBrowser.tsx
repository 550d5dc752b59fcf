/**
 * The knowledge browser: every cause, test, red flag and treatment (and the NICE do-not-offer list, findings and drugs)
 * with what SpinePath knows about it and the full citation of each source. Read-only; from /api/knowledge.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { Loading, PageTitle, QueryError, humanize } from '../shared/ui';
import { findingLabel, useKnowledge, type KnowledgeIndex } from './useKnowledge';

const KINDS = [
  { id: 'causes', label: 'Causes' },
  { id: 'tests', label: 'Tests' },
  { id: 'red-flags', label: 'Red flags' },
  { id: 'treatments', label: 'Treatments' },
  { id: 'do-not-offer', label: 'Do not offer (NICE)' },
  { id: 'findings', label: 'Findings' },
  { id: 'drugs', label: 'Drugs' },
] as const;

type Entry = { id: string; code?: string; name: string; detail?: string };

function entriesOf(k: KnowledgeIndex, kind: string): Entry[] {
  switch (kind) {
    case 'causes':
      return k.causes.map((c) => ({ id: c.id, code: c.code, name: c.name, detail: c.hallmarks }));
    case 'tests':
      return k.tests.map((t) => ({ id: t.id, code: t.code, name: t.name, detail: t.purpose }));
    case 'red-flags':
      return k.redFlags.map((r) => ({ id: r.id, code: r.code, name: r.name }));
    case 'treatments':
      return k.treatments.map((t) => ({ id: t.id, code: t.code, name: t.name, detail: t.summary }));
    case 'do-not-offer':
      return k.doNotOffer.map((d) => ({ id: d.id, code: d.code, name: d.name, detail: d.statement }));
    case 'findings':
      return k.findings.map((f) => ({ id: f.id, name: f.label, detail: f.definition }));
    case 'drugs':
      return k.drugs.map((d) => ({ id: d.id, name: d.name, detail: d.classes.join(', ') }));
    default:
      return [];
  }
}

function Index() {
  const kb = useKnowledge();
  const [kind, setKind] = useState<string>('causes');
  const [search, setSearch] = useState('');
  const list = useMemo(() => {
    if (!kb.data) return [];
    const s = search.trim().toLowerCase();
    return entriesOf(kb.data, kind).filter((e) => !s || e.name.toLowerCase().includes(s) || e.id.includes(s) || (e.detail ?? '').toLowerCase().includes(s) || (e.code ?? '').toLowerCase() === s);
  }, [kb.data, kind, search]);
  return (
    <>
      <PageTitle>Knowledge base</PageTitle>
      {kb.data ? (
        <p className="muted">
          Version {kb.data.version} ({kb.data.hash}). Every number has its source; expert estimates and tool logic are labelled as such.
        </p>
      ) : null}
      <div className="row">
        <div className="field">
          <label htmlFor="kb-kind">Show</label>
          <select id="kb-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kb-search">Search</label>
          <input id="kb-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </div>
      {kb.isPending ? (
        <Loading />
      ) : kb.isError ? (
        <QueryError error={kb.error} what="the knowledge base" />
      ) : (
        <>
          <p role="status" className="small">
            {list.length} entries
          </p>
          <ul>
            {list.map((e) => (
              <li key={e.id}>
                <Link to={`/knowledge/${kind}/${encodeURIComponent(e.id)}`}>
                  {e.code ? `${e.code} ` : ''}
                  {e.name}
                </Link>
                {e.detail ? <span className="small muted"> · {e.detail.length > 160 ? `${e.detail.slice(0, 160)}…` : e.detail}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Any value in words: nested objects as definition lists, basis objects as "kind: note [refs]". */
function Value({ v, kb }: { v: unknown; kb: KnowledgeIndex | undefined }): ReactNode {
  if (v === null || v === undefined) return <span className="muted">none</span>;
  if (typeof v === 'string' || typeof v === 'number') return <>{String(v)}</>;
  if (typeof v === 'boolean') return <>{v ? 'yes' : 'no'}</>;
  if (Array.isArray(v)) {
    if (v.length === 0) return <span className="muted">none</span>;
    if (v.every((x) => typeof x === 'string')) {
      return <>{(v as string[]).map((s) => (kb?.findings.some((f) => f.id === s) ? findingLabel(kb, s) : s)).join(', ')}</>;
    }
    return (
      <ul>
        {v.map((x, i) => (
          <li key={i}>
            <Value v={x} kb={kb} />
          </li>
        ))}
      </ul>
    );
  }
  if (isObj(v)) {
    if (typeof v.kind === 'string' && Array.isArray(v.refs)) {
      return (
        <span className="small">
          {v.kind}
          {typeof v.note === 'string' ? `: ${v.note}` : ''}
          {(v.refs as string[]).length ? (
            <>
              {' '}
              [
              {(v.refs as string[]).map((r, i) => (
                <span key={r}>
                  {i > 0 ? ', ' : ''}
                  <a href={`#ref-${r}`}>{r}</a>
                </span>
              ))}
              ]
            </>
          ) : null}
        </span>
      );
    }
    return (
      <dl className="facts">
        {Object.entries(v).map(([k, x]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{humanize(k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}</dt>
            <dd>
              <Value v={x} kb={kb} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(v)}</>;
}

const LEAD: Record<string, string[]> = {
  causes: ['name', 'synonyms', 'hallmarks', 'painTypes', 'onset', 'management', 'correctableLesion', 'redFlags', 'requires'],
  tests: ['name', 'purpose', 'confirms', 'excludes', 'resultFindings', 'accuracy', 'invasiveness', 'costTier', 'validityDays', 'caveats'],
  'red-flags': ['name', 'actions', 'timeFrames', 'triggers', 'tests', 'testsWithImplant', 'causes', 'notes'],
  treatments: ['name', 'kind', 'summary', 'indications', 'contraindications', 'cautions', 'evidence', 'guidelines', 'review', 'thresholds', 'patient'],
};

function Detail() {
  const { kind = '', id = '' } = useParams();
  const kb = useKnowledge();
  const q = useQuery({
    queryKey: ['knowledge', kind, id],
    queryFn: () => api.get<{ entry: Obj; references: { id: string; short: string; citation: string; url?: string }[] }>(`/api/knowledge/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`),
    staleTime: Infinity,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <QueryError error={q.error} what="this entry" />;
  const e = q.data.entry;
  const title = String(e.name ?? e.label ?? id);
  const lead = LEAD[kind] ?? Object.keys(e);
  const rest = Object.keys(e).filter((k) => !lead.includes(k) && !['id', 'code', 'sources'].includes(k));
  return (
    <article>
      <p>
        <Link to="/knowledge">Knowledge base</Link> / {KINDS.find((k) => k.id === kind)?.label ?? kind}
      </p>
      <PageTitle title={title}>
        {typeof e.code === 'string' ? `${e.code} ` : ''}
        {title}
      </PageTitle>
      <dl className="facts">
        {lead
          .filter((k) => k in e && k !== 'name')
          .map((k) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>{humanize(k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}</dt>
              <dd>
                <Value v={e[k]} kb={kb.data} />
              </dd>
            </div>
          ))}
      </dl>
      {rest.length ? (
        <details>
          <summary>More detail ({rest.map((k) => humanize(k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())).join(', ')})</summary>
          <Value v={Object.fromEntries(rest.map((k) => [k, e[k]]))} kb={kb.data} />
        </details>
      ) : null}
      <section aria-labelledby="kb-refs">
        <h2 id="kb-refs">Sources</h2>
        {q.data.references.length === 0 ? (
          <p>No reference cited.</p>
        ) : (
          <ol>
            {q.data.references.map((r) => (
              <li key={r.id} id={`ref-${r.id}`}>
                <strong>{r.short}</strong> ({r.id}): {r.citation}{' '}
                {r.url ? (
                  <a href={r.url} rel="noreferrer noopener" target="_blank">
                    open<span className="visually-hidden"> {r.short} in a new tab</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

export default function KnowledgeBrowser() {
  return (
    <Routes>
      <Route index element={<Index />} />
      <Route path=":kind/:id" element={<Detail />} />
    </Routes>
  );
}

/**
 * Symptoms, signs, history and course from the knowledge base's findings vocabulary: search, then mark each finding
 * present, absent or unknown (with level and side where it has them). Each marked finding is saved as its own record;
 * a finding the server refuses stays in the draft with the server's message beside it.
 */
import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { useDraft } from '../../shared/drafts';
import { ErrorSummary, Loading, QueryError, TextField, today } from '../../shared/ui';
import { clinicianApi, keys } from '../api';
import { useKnowledge } from '../useKnowledge';
import { SIDES } from './FormFrame';

const CATEGORY_LABEL: Record<string, string> = {
  course: 'Course after surgery',
  symptom: 'Symptoms',
  'pain-distribution': 'Pain distribution',
  sign: 'Examination signs',
  history: 'History',
  'risk-factor': 'Risk factors',
  questionnaire: 'Questionnaire results',
  psychosocial: 'Psychosocial',
};

interface Mark {
  status: 'present' | 'absent' | 'unknown';
  level?: string;
  side?: string;
}

export function FindingsPicker({ patientId }: { patientId: string }) {
  const kb = useKnowledge();
  const qc = useQueryClient();
  const [draft, setDraft, clear, restored] = useDraft<{ date: string; marks: Record<string, Mark> }>(`findings:${patientId}`, () => ({ date: today(), marks: {} }));
  const [search, setSearch] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const groups = useMemo(() => {
    const q = search.trim().toLowerCase();
    const out = new Map<string, NonNullable<typeof kb.data>['findings']>();
    for (const f of kb.data?.findings ?? []) {
      if (f.category === 'test-result' || f.derivedFrom) continue;
      if (q && !f.label.toLowerCase().includes(q) && !f.id.includes(q) && !f.definition.toLowerCase().includes(q)) continue;
      const list = out.get(f.category) ?? [];
      list.push(f);
      out.set(f.category, list);
    }
    return out;
  }, [kb.data, search]);

  if (kb.isPending) return <Loading what="Loading the findings vocabulary" />;
  if (kb.isError) return <QueryError error={kb.error} what="the findings vocabulary" />;

  const marked = Object.entries(draft.marks);
  const setMark = (id: string, m: Mark | null) => {
    setSaved(null);
    setDraft((d) => {
      const marks = { ...d.marks };
      if (m) marks[id] = m;
      else delete marks[id];
      return { ...d, marks };
    });
  };

  async function save() {
    setSaved(null);
    if (!draft.date) {
      setErrors({ '': 'Enter the date the findings were recorded.' });
      return;
    }
    setSaving(true);
    const failed: Record<string, string> = {};
    let ok = 0;
    for (const [id, m] of marked) {
      try {
        await clinicianApi.addPart(patientId, 'findings', { id, status: m.status, date: draft.date, ...(m.level ? { level: m.level.trim().toUpperCase() } : {}), ...(m.side ? { side: m.side } : {}) });
        ok++;
        setDraft((d) => {
          const marks = { ...d.marks };
          delete marks[id];
          return { ...d, marks };
        });
      } catch (e) {
        failed[id] = e instanceof ApiError ? e.errors.map((x) => `${x.path.replace(/^body\.data\.?/, '') || 'finding'}: ${x.message}${x.suggestion ? ` (did you mean '${x.suggestion}'?)` : ''}`).join('; ') : String(e);
      }
    }
    setSaving(false);
    setErrors(failed);
    if (!Object.keys(failed).length) clear();
    if (ok) {
      setSaved(`${ok} finding${ok > 1 ? 's' : ''} saved.`);
      void qc.invalidateQueries({ queryKey: keys.parts(patientId, 'findings') });
    }
  }

  const summary = Object.entries(errors).map(([id, m]) => (id ? `${kb.data.findings.find((f) => f.id === id)?.label ?? id}: ${m}` : m));
  const ids = Object.fromEntries(Object.keys(errors).map((id) => [id, `finding-${id}`]));

  return (
    <section aria-labelledby="findings-title" className="card" id="form-findings">
      <h2 id="findings-title">Symptoms, signs and history</h2>
      {restored && marked.length ? <p className="notice small">Restored {marked.length} finding(s) you marked earlier (not saved yet).</p> : null}
      <ErrorSummary errors={summary.length ? Object.fromEntries(Object.entries(errors).map(([id], i) => [id, summary[i]!])) : []} fieldIds={ids} />
      <div className="row">
        <TextField id="findings-date" label="Date recorded" type="date" max={today()} value={draft.date} onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))} />
        <TextField id="findings-search" label="Find a symptom or sign" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <p className="hint">Not recorded is not the same as absent: mark a finding absent only when you asked or examined and it was not there.</p>
      <div className="picker-list" role="group" aria-label="Findings vocabulary">
        {[...groups.entries()].map(([cat, list]) => (
          <div key={cat}>
            <h3>{CATEGORY_LABEL[cat] ?? cat}</h3>
            {list.map((f) => {
              const m = draft.marks[f.id];
              const err = errors[f.id];
              return (
                <div key={f.id} className={`picker-row${err ? ' field invalid' : ''}`} id={`finding-${f.id}`}>
                  <span className="name">
                    <span id={`fl-${f.id}`}>{f.label}</span>
                    {f.regions ? <span className="muted small"> ({f.regions.join(', ')} only)</span> : null}
                    <details>
                      <summary className="small">
                        Definition<span className="visually-hidden"> of {f.label}</span>
                      </summary>
                      <span className="small">{f.definition}</span>
                    </details>
                    {err ? (
                      <span className="field-error" id={`fe-${f.id}`}>
                        {err}
                      </span>
                    ) : null}
                  </span>
                  <select aria-labelledby={`fl-${f.id}`} aria-describedby={err ? `fe-${f.id}` : undefined} aria-invalid={err ? true : undefined} value={m?.status ?? ''} onChange={(e) => setMark(f.id, e.target.value ? { ...(m ?? {}), status: e.target.value as Mark['status'] } : null)}>
                    <option value="">not recorded</option>
                    <option value="present">present</option>
                    <option value="absent">absent</option>
                    <option value="unknown">unknown</option>
                  </select>
                  {f.localisable && m ? (
                    <>
                      <input type="text" aria-label={`Level of ${f.label}`} placeholder="level, e.g. L5" style={{ width: '8rem' }} value={m.level ?? ''} onChange={(e) => setMark(f.id, { ...m, level: e.target.value })} />
                      <select aria-label={`Side of ${f.label}`} value={m.side ?? ''} onChange={(e) => setMark(f.id, { ...m, side: e.target.value })}>
                        {SIDES.map((o) => (
                          <option key={o.v} value={o.v}>
                            {o.l}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="actions">
        <button type="button" disabled={saving || marked.length === 0} onClick={() => void save()}>
          {saving ? 'Saving…' : `Save ${marked.length || ''} finding${marked.length === 1 ? '' : 's'}`}
        </button>
        <span role="status" aria-live="polite">
          {saved ? <strong>{saved}</strong> : null}
        </span>
      </div>
    </section>
  );
}

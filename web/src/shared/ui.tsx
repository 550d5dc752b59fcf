/** Small building blocks shared by both role areas: page title and focus, errors, loading, fields. */
import { useEffect, useId, useRef, type ReactNode, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { ApiError } from '../api/client';

/** Sets the document title and moves focus to the page heading, so screen-reader users hear the new page. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} - SpinePath` : 'SpinePath';
    ref.current?.focus({ preventScroll: true });
  }, [text]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="spinner" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

/** A failed query: the server's own words, and a plain statement when the record is not there or not the user's. */
export function QueryError({ error, what = 'this' }: { error: unknown; what?: string }) {
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return (
      <div className="notice error" role="alert">
        <h2>You cannot open {what}</h2>
        <p>
          The server refused: {what} does not exist or is not one you have access to ({error.status === 404 ? 'not found' : 'not allowed'}). If you
          think this is wrong, contact your clinic.
        </p>
      </div>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice error" role="alert">
      <p>Could not load {what}: {message}</p>
    </div>
  );
}

/** The list of problems at the top of a form, each linking to its field. */
export function ErrorSummary({ errors, fieldIds, title = 'The server could not save this' }: { errors: string[] | Record<string, string>; fieldIds?: Record<string, string>; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const list = Array.isArray(errors) ? errors.map((m) => ({ path: '', message: m })) : Object.entries(errors).map(([path, message]) => ({ path, message }));
  useEffect(() => {
    if (list.length) ref.current?.focus();
  }, [list.length]);
  if (!list.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      <p>Nothing you typed has been lost. Please correct:</p>
      <ul>
        {list.map((e, i) => {
          const id = e.path && fieldIds?.[e.path];
          return <li key={i}>{id ? <a href={`#${id}`}>{e.message}</a> : e.path ? `${e.path}: ${e.message}` : e.message}</li>;
        })}
      </ul>
    </div>
  );
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  id?: string;
}

export function TextField({ label, hint, error, id, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={fid}>
        {label}
        {hint ? <span className="hint" id={`${fid}-hint`}>{hint}</span> : null}
      </label>
      {error ? (
        <span className="field-error" id={`${fid}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <input id={fid} type="text" aria-invalid={error ? true : undefined} aria-describedby={[hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined} {...input} />
    </div>
  );
}

export function SelectField({ label, hint, error, id, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={fid}>
        {label}
        {hint ? <span className="hint" id={`${fid}-hint`}>{hint}</span> : null}
      </label>
      {error ? (
        <span className="field-error" id={`${fid}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <select id={fid} aria-invalid={error ? true : undefined} aria-describedby={[hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined} {...select}>
        {children}
      </select>
    </div>
  );
}

export function TextArea({ label, hint, error, id, ...ta }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={fid}>
        {label}
        {hint ? <span className="hint" id={`${fid}-hint`}>{hint}</span> : null}
      </label>
      {error ? (
        <span className="field-error" id={`${fid}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <textarea id={fid} aria-invalid={error ? true : undefined} aria-describedby={[hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined} {...ta} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <span className="field-error" id={id}>
      <span className="visually-hidden">Error: </span>
      {error}
    </span>
  );
}

export function UrgencyBadge({ urgency }: { urgency: string | null | undefined }) {
  if (!urgency) return <span className="badge none">not assessed</span>;
  const label = urgency === 'emergency' ? 'Emergency' : urgency === 'urgent' ? 'Urgent' : 'Routine';
  return <span className={`badge ${urgency}`}>{label}</span>;
}

export const pct = (p: number) => `${p < 0.01 ? '<1' : Math.round(p * 100)}%`;

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function ageFrom(birthDate: string, on = today()): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

export const humanize = (id: string) => id.replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase());

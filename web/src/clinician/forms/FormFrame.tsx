/** Frame shared by the record forms: title, draft notice, error summary, saved message, submit button. */
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from '../../shared/ui';

export function FormFrame({ id, title, children, onSubmit, saving, saved, restored, unclaimedErrors, fieldIds, submitLabel = 'Save' }: {
  id: string;
  title: string;
  children: ReactNode;
  onSubmit: () => void;
  saving: boolean;
  saved: string | null;
  restored: boolean;
  unclaimedErrors: string[];
  fieldIds?: Record<string, string>;
  submitLabel?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="card" id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {restored ? <p className="notice small">Restored what you typed earlier (not saved yet).</p> : null}
      <ErrorSummary errors={unclaimedErrors} fieldIds={fieldIds} />
      <form
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <div className="actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : submitLabel}
          </button>
          <span role="status" aria-live="polite">
            {saved ? <strong>{saved}</strong> : null}
          </span>
        </div>
      </form>
    </section>
  );
}

export const SIDES = [
  { v: '', l: 'not stated' },
  { v: 'left', l: 'left' },
  { v: 'right', l: 'right' },
  { v: 'bilateral', l: 'both sides' },
  { v: 'central', l: 'central' },
];

export const TRI = [
  { v: '', l: 'not known' },
  { v: 'yes', l: 'yes' },
  { v: 'no', l: 'no' },
];

export const tri = (v: string): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);

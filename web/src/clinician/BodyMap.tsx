/**
 * Body map for pain sites: two drawn figures (front and back) whose regions are checkboxes. Every region is reachable
 * with Tab, toggled with Space or Enter, named for screen readers ("Left thigh"), and the chosen sites are also
 * listed in words. Sites and sides are those of the case format (pain.sites: site + side).
 */
import type { KeyboardEvent } from 'react';

export type PainSite = { site: string; side?: 'left' | 'right' | 'bilateral' | 'central' };

interface Region {
  site: string;
  side?: 'left' | 'right';
  label: string;
  shape: { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number } | { kind: 'poly'; points: string } | { kind: 'rect'; x: number; y: number; w: number; h: number; r?: number };
}

// Front view: the patient's right is on the viewer's left.
const FRONT: Region[] = [
  { site: 'head', label: 'Head', shape: { kind: 'ellipse', cx: 100, cy: 34, rx: 24, ry: 28 } },
  { site: 'shoulder', side: 'right', label: 'Right shoulder', shape: { kind: 'ellipse', cx: 60, cy: 88, rx: 17, ry: 12 } },
  { site: 'shoulder', side: 'left', label: 'Left shoulder', shape: { kind: 'ellipse', cx: 140, cy: 88, rx: 17, ry: 12 } },
  { site: 'arm', side: 'right', label: 'Right arm', shape: { kind: 'poly', points: '43,100 61,102 53,218 35,216' } },
  { site: 'arm', side: 'left', label: 'Left arm', shape: { kind: 'poly', points: '157,100 139,102 147,218 165,216' } },
  { site: 'hand', side: 'right', label: 'Right hand', shape: { kind: 'ellipse', cx: 42, cy: 236, rx: 10, ry: 15 } },
  { site: 'hand', side: 'left', label: 'Left hand', shape: { kind: 'ellipse', cx: 158, cy: 236, rx: 10, ry: 15 } },
  { site: 'groin', side: 'right', label: 'Right groin', shape: { kind: 'poly', points: '68,212 99,230 99,250 72,238' } },
  { site: 'groin', side: 'left', label: 'Left groin', shape: { kind: 'poly', points: '132,212 101,230 101,250 128,238' } },
  { site: 'thigh', side: 'right', label: 'Right thigh', shape: { kind: 'poly', points: '67,244 98,256 94,330 70,330' } },
  { site: 'thigh', side: 'left', label: 'Left thigh', shape: { kind: 'poly', points: '133,244 102,256 106,330 130,330' } },
  { site: 'leg-below-knee', side: 'right', label: 'Right leg below the knee', shape: { kind: 'poly', points: '70,336 94,336 90,410 74,410' } },
  { site: 'leg-below-knee', side: 'left', label: 'Left leg below the knee', shape: { kind: 'poly', points: '130,336 106,336 110,410 126,410' } },
  { site: 'foot', side: 'right', label: 'Right foot', shape: { kind: 'ellipse', cx: 80, cy: 422, rx: 15, ry: 9 } },
  { site: 'foot', side: 'left', label: 'Left foot', shape: { kind: 'ellipse', cx: 120, cy: 422, rx: 15, ry: 9 } },
];

// Back view: the patient's left is on the viewer's left.
const BACK: Region[] = [
  { site: 'neck', label: 'Neck', shape: { kind: 'rect', x: 87, y: 60, w: 26, h: 20, r: 4 } },
  { site: 'upper-back', label: 'Upper back', shape: { kind: 'rect', x: 64, y: 82, w: 72, h: 72, r: 8 } },
  { site: 'low-back', label: 'Low back', shape: { kind: 'rect', x: 68, y: 156, w: 64, h: 48, r: 6 } },
  { site: 'buttock', side: 'left', label: 'Left buttock', shape: { kind: 'ellipse', cx: 83, cy: 224, rx: 17, ry: 17 } },
  { site: 'buttock', side: 'right', label: 'Right buttock', shape: { kind: 'ellipse', cx: 117, cy: 224, rx: 17, ry: 17 } },
];

const keyOf = (site: string, side?: string) => `${site}|${side ?? ''}`;

/** Whether a site (and side) is chosen; a bilateral entry counts for both sides. */
function isOn(value: PainSite[], r: Region): boolean {
  return value.some((v) => v.site === r.site && (r.side === undefined ? true : v.side === r.side || v.side === 'bilateral'));
}

function toggle(value: PainSite[], r: Region): PainSite[] {
  if (isOn(value, r)) {
    const out: PainSite[] = [];
    for (const v of value) {
      if (v.site !== r.site) out.push(v);
      else if (r.side && v.side === 'bilateral') out.push({ site: v.site, side: r.side === 'left' ? 'right' : 'left' });
      else if (r.side && v.side !== r.side) out.push(v);
    }
    return out;
  }
  return [...value, r.side ? { site: r.site, side: r.side } : { site: r.site }];
}

function Shape({ r, on, onToggle }: { r: Region; on: boolean; onToggle: () => void }) {
  const common = {
    className: 'region',
    role: 'checkbox',
    tabIndex: 0,
    'aria-checked': on,
    'aria-label': r.label,
    onClick: onToggle,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === ' ' || e.key === 'Enter') {
        e.preventDefault();
        onToggle();
      }
    },
  } as const;
  const s = r.shape;
  if (s.kind === 'ellipse') return <ellipse {...common} cx={s.cx} cy={s.cy} rx={s.rx} ry={s.ry} />;
  if (s.kind === 'rect') return <rect {...common} x={s.x} y={s.y} width={s.w} height={s.h} rx={s.r ?? 0} />;
  return <polygon {...common} points={s.points} />;
}

function Figure({ title, regions, value, onChange, leftLabel, rightLabel, outline }: { title: string; regions: Region[]; value: PainSite[]; onChange: (v: PainSite[]) => void; leftLabel: string; rightLabel: string; outline: 'front' | 'back' }) {
  return (
    <svg viewBox="0 0 200 450" role="group" aria-label={title}>
      <g aria-hidden="true">
        {outline === 'front' ? (
          <>
            <rect className="outline" x="90" y="60" width="20" height="18" />
            <path className="outline" d="M62 80 L138 80 L134 212 L66 212 Z" />
          </>
        ) : (
          <>
            <ellipse className="outline" cx="100" cy="32" rx="24" ry="27" />
            <path className="outline" d="M48 96 L36 216 M152 96 L164 216 M70 240 L72 410 M130 240 L128 410 M100 240 L100 410" />
          </>
        )}
        <text x="8" y="446" fontSize="12" fill="#4a5561">
          {leftLabel}
        </text>
        <text x="192" y="446" fontSize="12" fill="#4a5561" textAnchor="end">
          {rightLabel}
        </text>
      </g>
      {regions.map((r) => (
        <Shape key={keyOf(r.site, r.side)} r={r} on={isOn(value, r)} onToggle={() => onChange(toggle(value, r))} />
      ))}
    </svg>
  );
}

const SITE_LABEL: Record<string, string> = {
  'low-back': 'low back',
  'leg-below-knee': 'leg below the knee',
  'upper-back': 'upper back',
};

export function describeSites(value: PainSite[]): string {
  if (value.length === 0) return 'none chosen';
  return value.map((v) => `${v.side && v.side !== 'central' ? `${v.side} ` : ''}${SITE_LABEL[v.site] ?? v.site}`).join(', ');
}

export function BodyMap({ value, onChange, error, id }: { value: PainSite[]; onChange: (v: PainSite[]) => void; error?: string | undefined; id: string }) {
  const widespread = value.some((v) => v.site === 'widespread');
  return (
    <fieldset id={id} aria-describedby={`${id}-chosen${error ? ` ${id}-error` : ''}`} aria-invalid={error ? true : undefined}>
      <legend>Where is the pain?</legend>
      <p className="hint">Choose each painful area on the front or back view (Tab to move, Space to choose).</p>
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <div className="body-map">
        <Figure title="Front of the body" regions={FRONT} value={value} onChange={onChange} leftLabel="Right" rightLabel="Left" outline="front" />
        <Figure title="Back of the body" regions={BACK} value={value} onChange={onChange} leftLabel="Left" rightLabel="Right" outline="back" />
      </div>
      <label className="inline">
        <input type="checkbox" checked={widespread} onChange={() => onChange(widespread ? value.filter((v) => v.site !== 'widespread') : [...value, { site: 'widespread' }])} />
        Widespread pain (many areas of the body)
      </label>
      <p id={`${id}-chosen`} aria-live="polite">
        <strong>Chosen:</strong> {describeSites(value)}
      </p>
    </fieldset>
  );
}

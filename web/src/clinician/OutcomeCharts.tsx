/**
 * Outcome charts (recharts, loaded only when a chart is on screen): each measure over time with its baseline and the
 * improvement thresholds as reference lines, plus a table of the same numbers for screen readers and print.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../shared/ui';

export interface ChartSeries {
  id: string;
  label: string;
  unit?: string;
  range: { min: number; max: number };
  direction: 'higher-is-worse' | 'higher-is-better';
  points: { date: string; value: number }[];
  baseline?: { date: string; value: number } | null;
  thresholds?: { label: string; value: number }[];
  note?: string;
}

const COLOURS = ['#0b4f6c', '#a4161a', '#6b4a00', '#1e6b34'];

function ChartCard({ series }: { series: ChartSeries }) {
  const data = series.points.map((p) => ({ date: p.date, value: p.value }));
  const titleId = `chart-${series.id.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <figure className="card" aria-labelledby={titleId} style={{ margin: 0 }}>
      <figcaption id={titleId}>
        <strong>{series.label}</strong>{' '}
        <span className="muted small">
          ({series.range.min}-{series.range.max}
          {series.unit ? ` ${series.unit}` : ''}, {series.direction === 'higher-is-worse' ? 'lower is better' : 'higher is better'})
        </span>
      </figcaption>
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 10, right: 16, bottom: 4, left: -16 }}>
            <CartesianGrid stroke="#dde3e8" />
            <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d)} tick={{ fontSize: 12, fill: '#1b1f24' }} minTickGap={24} />
            <YAxis domain={[series.range.min, series.range.max]} tick={{ fontSize: 12, fill: '#1b1f24' }} allowDecimals={false} />
            <Tooltip labelFormatter={(d) => formatDate(String(d))} />
            {series.baseline ? (
              <ReferenceLine y={series.baseline.value} stroke="#4a5561" strokeDasharray="6 3" label={{ value: `baseline ${series.baseline.value}`, position: 'insideTopLeft', fontSize: 11, fill: '#1b1f24' }} />
            ) : null}
            {(series.thresholds ?? []).map((t, i) => (
              <ReferenceLine key={t.label} y={t.value} stroke={COLOURS[(i + 1) % COLOURS.length]} strokeDasharray="2 3" label={{ value: t.label, position: 'insideBottomLeft', fontSize: 11, fill: '#1b1f24' }} />
            ))}
            <Line type="monotone" dataKey="value" name={series.label} stroke={COLOURS[0]} strokeWidth={2.5} dot={{ r: 4 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Values as a table</summary>
        <table>
          <caption className="visually-hidden">{series.label} over time</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p, i) => (
              <tr key={`${p.date}-${i}`}>
                <td>{formatDate(p.date)}</td>
                <td>{p.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="small">
        {series.baseline ? `Baseline ${series.baseline.value} (${formatDate(series.baseline.date)}). ` : ''}
        {(series.thresholds ?? []).map((t) => `${t.label}: ${t.value}`).join('; ')}
        {series.note ? ` ${series.note}` : ''}
      </p>
    </figure>
  );
}

export default function OutcomeCharts({ series }: { series: ChartSeries[] }) {
  if (series.length === 0) return <p>No scores recorded yet.</p>;
  return (
    <div className="grid two">
      {series.map((s) => (
        <ChartCard key={s.id} series={s} />
      ))}
    </div>
  );
}

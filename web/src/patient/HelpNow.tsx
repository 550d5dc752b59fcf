/**
 * Where to get help now: shown at once when a patient's PHQ-9 item 9 answer is above 0 (thoughts of being better off
 * dead or of self-harm). The clinic's team is alerted by the server when the answers are sent. The contacts are the
 * default public numbers (the same list as the server's instruments/alerts.ts); a clinic should add its local ones.
 */
export const DEFAULT_HELP = [
  { name: 'Emergency services', contact: 'your local emergency number (112 in the EU, 999 in the UK, 911 in the US)' },
  { name: '988 Suicide & Crisis Lifeline (US)', contact: 'call or text 988' },
  { name: 'Samaritans (UK and Ireland)', contact: 'call 116 123, free, day or night' },
  { name: 'Nearest emergency department', contact: 'go there now if you might act on these thoughts' },
];

export function HelpNow({ message, resources }: { message?: string | undefined; resources?: { name: string; contact: string; region?: string }[] | undefined }) {
  const list = resources && resources.length ? resources.map((r) => ({ name: r.region && r.region !== 'any' ? `${r.name} (${r.region})` : r.name, contact: r.contact })) : DEFAULT_HELP;
  return (
    <section className="help-now" role="alert" aria-labelledby="help-now-title">
      <h2 id="help-now-title">Get help now if you need it</h2>
      <p>
        {message ??
          'You told us you have had thoughts that you would be better off dead, or of hurting yourself. You do not have to wait for your next appointment, and you do not have to cope with this alone.'}
      </p>
      <ul>
        {list.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>: {r.contact}
          </li>
        ))}
      </ul>
      <p>When you send your answers, your clinic team is told so that they can contact you. You can also call the clinic today.</p>
    </section>
  );
}

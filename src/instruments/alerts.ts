/**
 * Safety alerts raised while scoring. PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0
 * raises an urgent clinician alert whatever the total, the other answers or the missing items, and tells the patient
 * where to get help now. The crisis contacts are a default list; a clinic should pass its local services.
 */
import { PHQ9_ITEM9 } from './definitions/phq9.js';
import type { Alert, CrisisResource } from './types.js';

/** Default crisis contacts (well-known public numbers; a clinic should replace them with its local services). */
export const DEFAULT_CRISIS_RESOURCES: readonly CrisisResource[] = [
  { region: 'any', name: 'Emergency services', contact: 'your local emergency number (112 in the EU, 999 in the UK, 911 in the US)' },
  { region: 'US', name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
  { region: 'UK and Ireland', name: 'Samaritans', contact: 'call 116 123' },
  { region: 'any', name: 'Nearest emergency department', contact: 'go there now if you may act on these thoughts' },
];

export function phq9Alerts(
  item9Value: number | undefined,
  item9Invalid: boolean,
  resources: readonly CrisisResource[] = DEFAULT_CRISIS_RESOURCES,
): Alert[] {
  if (item9Value !== undefined && item9Value > 0) {
    const freq = ['', 'on several days', 'on more than half the days', 'nearly every day'][item9Value] ?? '';
    return [
      {
        id: 'phq9-item9-self-harm',
        level: 'urgent',
        linkId: PHQ9_ITEM9,
        message:
          `Self-harm thoughts: PHQ-9 item 9 answered ${item9Value} (${freq}). Ask about suicidal thoughts, plans ` +
          'and intent today, before the patient leaves, whatever the PHQ-9 total; follow your local suicide-risk ' +
          'pathway and document the assessment.',
        patientMessage:
          'You told us you have had thoughts that you would be better off dead or of hurting yourself. You do not ' +
          'have to wait for your next appointment. If you feel you might act on these thoughts, get help now: ' +
          resources.map((r) => `${r.name} (${r.region === 'any' ? '' : `${r.region}: `}${r.contact})`).join('; ') +
          '. You can also tell any member of the clinic team today.',
        resources,
      },
    ];
  }
  if (item9Value === undefined) {
    return [
      {
        id: 'phq9-item9-unanswered',
        level: 'warning',
        linkId: PHQ9_ITEM9,
        message: item9Invalid
          ? 'PHQ-9 item 9 (self-harm thoughts) has an invalid answer: ask the patient about it directly.'
          : 'PHQ-9 item 9 (self-harm thoughts) was not answered: ask the patient about it directly.',
      },
    ];
  }
  return [];
}

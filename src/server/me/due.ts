/** Which questionnaires are due: never answered, or last answered at least `everyDays` ago. */
import { getInstrument } from '../../instruments/index.js';
import { addDays } from '../../store/clock.js';
import type { Schedule } from '../../store/questionnaires.js';

export interface DueQuestionnaire {
  instrument: string;
  name: string;
  everyDays: number;
  lastAnswered: string | null;
  dueSince: string;
}

export function dueQuestionnaires(schedules: Schedule[], last: Map<string, string>, today: string): DueQuestionnaire[] {
  const out: DueQuestionnaire[] = [];
  for (const s of schedules) {
    const l = last.get(s.instrument) ?? null;
    const dueSince = l ? addDays(l, s.everyDays) : today;
    if (dueSince <= today) {
      let name = s.instrument;
      try {
        name = getInstrument(s.instrument).name;
      } catch {
        /* unknown instrument in an old schedule: still listed by id */
      }
      out.push({ instrument: s.instrument, name, everyDays: s.everyDays, lastAnswered: l, dueSince });
    }
  }
  return out.sort((a, b) => (a.dueSince < b.dueSince ? -1 : a.dueSince > b.dueSince ? 1 : a.instrument.localeCompare(b.instrument)));
}

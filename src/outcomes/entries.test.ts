/**
 * case.questionnaires through the validator: errors name the path and the item, the missing-item rule, the range of a
 * clinician-entered total; an out-of-range answer never produces a score (property); PHQ-9 item 9 alerts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { DEFINITIONS, INSTRUMENT_IDS, score, type InstrumentId } from '../instruments/index.js';
import { lumbarDiscectomyCase } from '../test-support/cases.js';
import { questionnaireAlerts } from './alerts.js';
import { scoreQuestionnaires } from './entries.js';

type Q = NonNullable<CaseInput['questionnaires']>[number];
const withQ = (...questionnaires: Q[]) => validateCase(lumbarDiscectomyCase({ questionnaires }));
function errorsOf(...q: Q[]) {
  const r = withQ(...q);
  return r.ok ? [] : r.errors;
}

const PHQ9 = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
const phq9 = (vals: (number | null)[], date = '2026-05-01'): Q => ({ instrument: 'phq9', date, answers: Object.fromEntries(PHQ9.map((l, i) => [l, vals[i] ?? null])) });

/** A complete valid answer set for an instrument (first option / minimum of each item). */
function validAnswers(id: InstrumentId): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of DEFINITIONS[id].items) out[it.linkId] = it.type === 'integer' ? it.min! : it.options![0]!.value;
  return out;
}

describe('questionnaire entries in a case', () => {
  it('accepts scored entries and clinician totals', () => {
    const r = withQ(phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]), { instrument: 'odi', date: '2026-05-01', score: 42 }, { instrument: 'nrs', date: '2026-05-01', answers: { 'nrs-leg': 6 } });
    expect(r.ok).toBe(true);
  });

  it('an unknown instrument is an error with the nearest id', () => {
    const e = errorsOf({ instrument: 'phq-9', date: '2026-05-01', score: 5 });
    expect(e).toEqual([expect.objectContaining({ path: 'questionnaires[0].instrument', suggestion: 'phq9' })]);
    expect(e[0]!.message).toMatch(/unknown instrument 'phq-9'; did you mean 'phq9'\?/);
    expect(errorsOf({ instrument: 'oswestry', date: '2026-05-01', score: 5 })[0]!.suggestion).toBe('odi');
    expect(errorsOf({ instrument: 'paindetec', date: '2026-05-01', score: 5 })[0]!.suggestion).toBe('paindetect');
  });

  it('a scoring error names the path with the key as written, the item and what is expected', () => {
    const e = errorsOf({ instrument: 'odi', date: '2026-05-01', score: 10 }, { instrument: 'phq9', date: '2026-05-01', answers: { '/44250-9': 1, '/44259-0': 7 } });
    expect(e.map((x) => x.path)).toEqual(['questionnaires[1].answers./44259-0']);
    expect(e[0]!.message).toMatch(/44259-0 \(item 3.*\): answer 7 is not among the options; expected one of 0, 1, 2, 3/);
  });

  it('an unknown item is an error naming it', () => {
    const e = errorsOf({ instrument: 'nrs', date: '2026-05-01', answers: { 'nrs-foot': 3 } });
    expect(e[0]).toMatchObject({ path: 'questionnaires[0].answers.nrs-foot' });
  });

  it('too many missing items: error naming the missing items and the rule; never a zero', () => {
    const e = errorsOf({ instrument: 'odi', date: '2026-05-01', answers: { 'pain-intensity': 2, lifting: 3, walking: 1 } });
    expect(e).toHaveLength(1);
    expect(e[0]!.path).toBe('questionnaires[0].answers');
    expect(e[0]!.message).toMatch(/3 of 10 scored items answered \(missing: personal-care, sitting, standing, sleeping, sex-life, social-life, travelling\)/);
    expect(e[0]!.message).toMatch(/at least 8 answered/);
    const p = errorsOf(phq9([1, 1, 1, 1, 1, 1, 1, 1, null]));
    expect(p[0]!.message).toMatch(/missing: 44260-8/);
  });

  it('a clinician-entered total is checked against the range and, for sums, must be whole', () => {
    expect(errorsOf({ instrument: 'phq9', date: '2026-05-01', score: 28 })[0]).toMatchObject({ path: 'questionnaires[0].score', message: expect.stringMatching(/outside the PHQ-9 total range 0 to 27/) });
    expect(errorsOf({ instrument: 'odi', date: '2026-05-01', score: -1 })[0]!.message).toMatch(/outside the ODI percentage range 0 to 100/);
    expect(errorsOf({ instrument: 'paindetect', date: '2026-05-01', score: -2 })).toHaveLength(1);
    expect(errorsOf({ instrument: 'paindetect', date: '2026-05-01', score: -1 })).toHaveLength(0);
    expect(errorsOf({ instrument: 'gad7', date: '2026-05-01', score: 7.5 })[0]!.message).toMatch(/not a whole number/);
    expect(errorsOf({ instrument: 'nrs', date: '2026-05-01', score: 7 })[0]!.message).toMatch(/which site/);
    expect(errorsOf({ instrument: 'eq5d5l', date: '2026-05-01', score: 11111 })[0]!.message).toMatch(/profile/);
  });

  it('a total given with the answers must match the computed score', () => {
    expect(errorsOf({ ...phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]), score: 8 })).toHaveLength(0);
    expect(errorsOf({ ...phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]), score: 9 })[0]!.message).toMatch(/does not match .* computed from the answers \(8\)/);
  });

  it('a date after the assessment is an error', () => {
    expect(errorsOf({ instrument: 'odi', date: '2026-06-02', score: 10 })[0]).toMatchObject({ path: 'questionnaires[0].date' });
  });

  it('lists every problem, not only the first', () => {
    expect(errorsOf({ instrument: 'xyz', date: '2026-05-01', score: 1 }, { instrument: 'phq9', date: '2026-05-01', score: 99 }, { instrument: 'odi', date: '2026-05-01', answers: {} })).toHaveLength(3);
  });
});

describe('property: an out-of-range or non-option answer never produces a score', () => {
  const badValue = fc.oneof(fc.integer({ min: 6, max: 10_000 }), fc.integer({ min: -10_000, max: -2 }), fc.constant(2.5), fc.constant('maybe'));
  it('for every instrument and item, in score() and in a case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTRUMENT_IDS), fc.nat(), badValue, (id, k, bad) => {
        const def = DEFINITIONS[id];
        const item = def.items[k % def.items.length]!;
        // Skip values that happen to be valid for this item (e.g. 6 on the EQ VAS, 7 on a 1-7 item).
        if (typeof bad === 'number' && item.type === 'integer' && Number.isInteger(bad) && bad >= item.min! && bad <= item.max!) return;
        if (typeof bad === 'number' && item.type === 'choice' && item.options!.some((o) => o.value === bad)) return;
        const answers = { ...validAnswers(id), [item.linkId]: bad };
        const r = score(id, { instrument: id, answers });
        expect(r.score).toBeNull();
        expect(r.display).toBeNull();
        expect(r.errors.some((e) => e.linkId === item.linkId)).toBe(true);
        const s = scoreQuestionnaires([{ instrument: id, date: '2026-05-01', answers }]);
        expect(s.entries).toHaveLength(0);
        expect(s.errors.some((e) => e.path === `questionnaires[0].answers.${item.linkId}`)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a clinician total outside the range never becomes a score', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTRUMENT_IDS.filter((i) => i !== 'nrs' && i !== 'eq5d5l')), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.boolean(), (id, d, above) => {
        const { min, max } = DEFINITIONS[id].range;
        const v = above ? max + d : min - d;
        const s = scoreQuestionnaires([{ instrument: id, date: '2026-05-01', score: v }]);
        expect(s.entries).toHaveLength(0);
        expect(s.errors[0]!.path).toBe('questionnaires[0].score');
      }),
      { numRuns: 300 },
    );
  });
});

describe('PHQ-9 item 9 alerts from the case', () => {
  const alerts = (...q: Q[]) => questionnaireAlerts(scoreQuestionnaires(q as never));
  it('item 9 above 0 on the latest PHQ-9: urgent, whatever the total', () => {
    const a = alerts(phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ id: 'phq9-item9-self-harm', level: 'urgent', date: '2026-05-01', path: 'questionnaires[0]' });
    expect(a[0]!.patientMessage).toMatch(/get help now/);
  });
  it('raised even when other items are missing, the total is refused and the case cannot be assessed', () => {
    const r = withQ(phq9([null, null, null, null, null, null, null, null, 2]));
    expect(r.ok).toBe(false);
    const e = r.ok ? [] : r.errors;
    expect(e[0]).toMatchObject({ path: 'questionnaires[0].answers.44260-8', message: expect.stringMatching(/^ALERT .*item 9 answered 2.*Tell the patient: .*get help now/) });
    expect(e[1]!.message).toMatch(/not scored/);
    // Also when the case fails its shape check.
    const bad = validateCase({ ...lumbarDiscectomyCase({ questionnaires: [phq9([0, 0, 0, 0, 0, 0, 0, 0, 3])] }), patient: { age: 5, sex: 'female' } });
    expect(bad.ok ? '' : bad.errors[0]!.message).toMatch(/^ALERT/);
    // No alert issue when item 9 is 0.
    const neg = withQ(phq9([null, null, null, null, null, null, null, null, 0]));
    expect(neg.ok ? [] : neg.errors.map((x) => x.message).join()).not.toMatch(/ALERT/);
  });
  it('a later PHQ-9 answering 0 clears it; a later total-only PHQ-9 does not', () => {
    expect(alerts(phq9([1, 1, 1, 1, 1, 1, 1, 1, 1], '2026-01-01'), phq9([1, 1, 1, 1, 1, 1, 1, 1, 0], '2026-03-01'))).toEqual([]);
    const a = alerts(phq9([1, 1, 1, 1, 1, 1, 1, 1, 1], '2026-01-01'), { instrument: 'phq9', date: '2026-03-01', score: 4 });
    expect(a.map((x) => x.level)).toEqual(['urgent', 'warning']);
    expect(a[0]!.message).toMatch(/item 9 is not known on the latest PHQ-9 of 2026-03-01/);
  });
});

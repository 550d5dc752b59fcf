import { describe, expect, it } from 'vitest';
import { score } from './score.js';
import { roundHalfUp, formatScore } from './rounding.js';
import { UnknownInstrumentError } from './registry.js';
import { answersInOrder, PHQ9_LINKIDS } from './test-support/helpers.js';

describe('worked examples of instruments.md', () => {
  it('ODI: all 10 answered 1,5,4,4,3,0,1,5,3,4 -> 60.0% severe (§3)', () => {
    const r = score('odi', answersInOrder('odi', [1, 5, 4, 4, 3, 0, 1, 5, 3, 4]));
    expect(r.score).toBe(60);
    expect(r.display).toBe('60.0');
    expect(r.complete).toBe(true);
    expect(r.band?.id).toBe('severe');
  });

  it('ODI: travelling missing, 5,5,3,3,0,0,0,0,0 -> 16/45 = 35.56% moderate, not rounded to 36 (§3)', () => {
    const r = score('odi', answersInOrder('odi', [5, 5, 3, 3, 0, 0, 0, 0, 0, null]));
    expect(r.score).toBeCloseTo(35.5555555, 6);
    expect(r.score).toBe((16 / 45) * 100);
    expect(r.display).toBe('35.6');
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['travelling']);
    expect(r.missingRule.decision).toBe('scored-with-missing');
    expect(r.band?.id).toBe('moderate');
  });

  it('NDI: 3,2,3,0,0,2,5,2,2,2 -> raw 21, 42% moderate; 9 answered summing 18 -> raw 20, 40% (§4)', () => {
    const a = score('ndi', answersInOrder('ndi', [3, 2, 3, 0, 0, 2, 5, 2, 2, 2]));
    expect(a.score).toBe(42);
    expect(a.subscores.raw?.value).toBe(21);
    expect(a.subscores.raw?.band?.id).toBe('moderate');
    expect(a.band?.id).toBe('moderate');
    const b = score('ndi', answersInOrder('ndi', [2, 2, 2, 2, 2, 2, 2, null, 2, 2]));
    expect(b.subscores.raw?.value).toBe(20);
    expect(b.score).toBe(40);
    expect(b.missingRule.decision).toBe('mean-imputed');
  });

  it('PHQ-9: 1,2,0,3,1,0,2,1,0 -> 10 moderate (§5)', () => {
    const r = score('phq9', answersInOrder('phq9', [1, 2, 0, 3, 1, 0, 2, 1, 0]));
    expect(r.score).toBe(10);
    expect(r.display).toBe('10');
    expect(r.band?.id).toBe('moderate');
    expect(r.alerts).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it('GAD-7: 0,0,1,1,0,1,0 -> 3 minimal (§6)', () => {
    const r = score('gad7', answersInOrder('gad7', [0, 0, 1, 1, 0, 1, 0]));
    expect(r.score).toBe(3);
    expect(r.band?.id).toBe('minimal');
  });

  it('DN4: Y N Y Y N Y N | Y N N -> 5/10 positive, interview 4/7 (§7)', () => {
    const r = score('dn4', answersInOrder('dn4', [1, 0, 1, 1, 0, 1, 0, 1, 0, 0]));
    expect(r.score).toBe(5);
    expect(r.band?.id).toBe('positive');
    expect(r.subscores.interview?.value).toBe(4);
  });

  it('painDETECT: sensory 3,2,1,4,0,3,1; persistent with attacks (-1); radiating yes (+2) -> 15 uncertain (§8)', () => {
    const r = score('paindetect', answersInOrder('paindetect', [3, 2, 1, 4, 0, 3, 1, 2, 1]));
    expect(r.score).toBe(15);
    expect(r.band?.id).toBe('uncertain');
    expect(r.itemScores['course-pattern']).toBe(-1);
    expect(r.itemScores.radiating).toBe(2);
  });

  it('PCS: 0,1,2,3,0,0,1,4,2,1,3,0,4 -> 21; rumination 10, magnification 5, helplessness 6 (§9)', () => {
    const r = score('pcs', answersInOrder('pcs', [0, 1, 2, 3, 0, 0, 1, 4, 2, 1, 3, 0, 4]));
    expect(r.score).toBe(21);
    expect(r.subscores.rumination?.value).toBe(10);
    expect(r.subscores.magnification?.value).toBe(5);
    expect(r.subscores.helplessness?.value).toBe(6);
    expect(r.band?.id).toBe('below-threshold');
  });

  it('STarT Back: 1,0,1,1,0,1,1,0 + item 9 "very much" -> total 6, distress 3, medium (§10)', () => {
    const r = score('start-back', answersInOrder('start-back', [1, 0, 1, 1, 0, 1, 1, 0, 4]));
    expect(r.score).toBe(6);
    expect(r.subscores.distress?.value).toBe(3);
    expect(r.band?.id).toBe('medium');
  });

  it('PROMIS PI 4a: 3,2,3,2 -> raw 10 -> T 58.5 (SE 1.8) mild (§11.5)', () => {
    const r = score('promis-pi-4a', answersInOrder('promis-pi-4a', [3, 2, 3, 2]));
    expect(r.subscores.raw?.value).toBe(10);
    expect(r.score).toBe(58.5);
    expect(r.subscores.se?.value).toBe(1.8);
    expect(r.band?.id).toBe('mild');
    const follow = score('promis-pi-4a', answersInOrder('promis-pi-4a', [2, 2, 2, 1]));
    expect(follow.score).toBe(53.9);
  });

  it('EQ-5D-5L: profile 21342, VAS reported, no index and says why (§12)', () => {
    const r = score('eq5d5l', answersInOrder('eq5d5l', [2, 1, 3, 4, 2, 70]));
    expect(r.extra.profile).toBe('21342');
    expect(r.score).toBeNull();
    expect(r.display).toBe('21342, VAS 70');
    expect(r.subscores.vas?.value).toBe(70);
    expect(r.complete).toBe(true);
    expect(r.extra.index).toBeNull();
    expect(r.notes.join(' ')).toMatch(/index not computed.*unsettled/i);
  });

  it('PEG: 6,7,4 -> 5.67 displayed 6 (§2)', () => {
    const r = score('peg', answersInOrder('peg', [6, 7, 4]));
    expect(r.score).toBe(17 / 3);
    expect(r.display).toBe('6');
  });

  it('NRS: back 8, leg 6 -> site scores with bands (§1)', () => {
    const r = score('nrs', { instrument: 'nrs', date: '2026-01-01', answers: { 'nrs-back': 8, 'nrs-leg': 6 } });
    expect(r.subscores.back?.value).toBe(8);
    expect(r.subscores.back?.band?.id).toBe('severe');
    expect(r.subscores.leg?.band?.id).toBe('moderate');
    expect(r.subscores.neck?.value).toBeNull();
    expect(r.score).toBe(8);
    expect(r.complete).toBe(true);
    expect(r.missingRule.decision).toBe('partial-sites');
  });

  it('PGIC: 2 = much improved', () => {
    const r = score('pgic', { instrument: 'pgic', answers: { pgic: 2 } });
    expect(r.score).toBe(2);
    expect(r.band?.id).toBe('much-improved');
  });
});

describe('boundaries', () => {
  const phq = (total: number) => {
    const vals = Array(9).fill(0) as number[];
    let left = total;
    for (let i = 0; i < 8 && left > 0; i++) {
      vals[i] = Math.min(3, left);
      left -= vals[i]!;
    }
    return score('phq9', answersInOrder('phq9', vals));
  };

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('PHQ-9 total %i -> %s', (total, band) => {
    const r = phq(total);
    expect(r.score).toBe(total);
    expect(r.band?.id).toBe(band);
  });

  it.each([
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('GAD-7 total %i -> %s', (total, band) => {
    const vals = Array(7).fill(0) as number[];
    let left = total;
    for (let i = 0; i < 7 && left > 0; i++) {
      vals[i] = Math.min(3, left);
      left -= vals[i]!;
    }
    expect(score('gad7', answersInOrder('gad7', vals)).band?.id).toBe(band);
  });

  it('ODI 16/50 = 32.0% and 16/45 = 35.6% (official form examples)', () => {
    expect(score('odi', answersInOrder('odi', [5, 5, 3, 3, 0, 0, 0, 0, 0, 0])).display).toBe('32.0');
    expect(score('odi', answersInOrder('odi', [5, 5, 3, 3, 0, 0, 0, null, 0, 0])).display).toBe('35.6');
  });

  it('ODI bands at 20/22 and 40/42 and policy threshold 8 answered', () => {
    expect(score('odi', answersInOrder('odi', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).band?.id).toBe('minimal'); // 20%
    expect(score('odi', answersInOrder('odi', [2, 1, 1, 1, 1, 1, 1, 1, 1, 1])).band?.id).toBe('moderate'); // 22%
    expect(score('odi', answersInOrder('odi', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2])).band?.id).toBe('moderate'); // 40%
    expect(score('odi', answersInOrder('odi', [3, 2, 2, 2, 2, 2, 2, 2, 2, 2])).band?.id).toBe('severe'); // 42%
    const eight = score('odi', answersInOrder('odi', [1, 1, 1, 1, 1, 1, 1, 1, null, null]));
    expect(eight.score).toBe(20);
    const seven = score('odi', answersInOrder('odi', [1, 1, 1, 1, 1, 1, 1, null, null, null]));
    expect(seven.score).toBeNull();
    expect(seven.missingRule.decision).toBe('refused');
    expect(seven.interpretation).toMatch(/not scored/);
    expect(seven.missing).toEqual(['sex-life', 'social-life', 'travelling']);
  });

  it('STarT Back: distress 3 -> medium, distress 4 -> high; total 3 -> low', () => {
    // total 4, distress 3 -> medium; total 4, distress 4 -> high
    expect(score('start-back', answersInOrder('start-back', [1, 0, 0, 0, 1, 1, 1, 0, 1])).band?.id).toBe('medium');
    const high = score('start-back', answersInOrder('start-back', [0, 0, 0, 0, 1, 1, 1, 1, 1]));
    expect(high.subscores.distress?.value).toBe(4);
    expect(high.band?.id).toBe('high');
    expect(score('start-back', answersInOrder('start-back', [1, 1, 1, 0, 0, 0, 0, 0, 3])).band?.id).toBe('low');
    expect(score('start-back', answersInOrder('start-back', [1, 1, 1, 1, 0, 0, 0, 0, 3])).band?.id).toBe('medium');
    // item 9 recoding: level 3 ("moderately") = 0, level 4 = 1
    expect(score('start-back', answersInOrder('start-back', [0, 0, 0, 0, 0, 0, 0, 0, 3])).score).toBe(0);
    expect(score('start-back', answersInOrder('start-back', [0, 0, 0, 0, 0, 0, 0, 0, 4])).score).toBe(1);
  });

  it('PEG rounding: 5.33 -> 5, 5.67 -> 6, 6.0 -> 6; half-up helper rounds .5 up', () => {
    expect(score('peg', answersInOrder('peg', [6, 6, 4])).display).toBe('5');
    expect(score('peg', answersInOrder('peg', [6, 7, 4])).display).toBe('6');
    expect(score('peg', answersInOrder('peg', [6, 6, 6])).display).toBe('6');
    expect(roundHalfUp(4.5, 0)).toBe(5);
    expect(roundHalfUp(5.5, 0)).toBe(6);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(formatScore(35.55, 1)).toBe('35.6');
    expect(roundHalfUp(-0.5, 0)).toBe(-1);
  });

  it('painDETECT bands at 12/13 and 18/19, range -1..38', () => {
    const pd = (s: number[], course: number, rad: number) =>
      score('paindetect', answersInOrder('paindetect', [...s, course, rad]));
    expect(pd([2, 2, 2, 2, 2, 2, 0], 1, 0).band?.id).toBe('unlikely'); // 12
    expect(pd([2, 2, 2, 2, 2, 2, 1], 1, 0).band?.id).toBe('uncertain'); // 13
    expect(pd([3, 3, 3, 3, 3, 3, 0], 1, 0).band?.id).toBe('uncertain'); // 18
    expect(pd([3, 3, 3, 3, 3, 3, 1], 1, 0).band?.id).toBe('likely'); // 19
    expect(pd([0, 0, 0, 0, 0, 0, 0], 2, 0).score).toBe(-1);
    expect(pd([5, 5, 5, 5, 5, 5, 5], 3, 1).score).toBe(38);
  });

  it('DN4 3 vs 4 and PCS 29 vs 30', () => {
    expect(score('dn4', answersInOrder('dn4', [1, 1, 1, 0, 0, 0, 0, 0, 0, 0])).band?.id).toBe('negative');
    expect(score('dn4', answersInOrder('dn4', [1, 1, 1, 1, 0, 0, 0, 0, 0, 0])).band?.id).toBe('positive');
    expect(score('pcs', answersInOrder('pcs', [4, 4, 4, 4, 4, 4, 4, 1, 0, 0, 0, 0, 0])).band?.id).toBe('below-threshold');
    expect(score('pcs', answersInOrder('pcs', [4, 4, 4, 4, 4, 4, 4, 2, 0, 0, 0, 0, 0])).band?.id).toBe('clinically-relevant');
  });

  it('PROMIS proration: 2 of 4 answered prorates (raw x 4/2, rounded up), 1 of 4 refuses, marked unverified', () => {
    const r = score('promis-pi-4a', answersInOrder('promis-pi-4a', [3, null, 2, null]));
    expect(r.subscores.raw?.value).toBe(10);
    expect(r.score).toBe(58.5);
    expect(r.missingRule.decision).toBe('prorated');
    expect(r.missingRule.basis.kind).toBe('unverified');
    expect(r.notes.join(' ')).toMatch(/unverified/);
    const three = score('promis-pi-4a', answersInOrder('promis-pi-4a', [3, 2, 2, null]));
    expect(three.subscores.raw?.value).toBe(10); // 7 x 4/3 = 9.33 -> 10
    expect(score('promis-pi-4a', answersInOrder('promis-pi-4a', [3, null, null, null])).score).toBeNull();
  });

  it('NDI: 2 missing imputed, 3 missing refused', () => {
    expect(score('ndi', answersInOrder('ndi', [2, 2, 2, 2, 2, 2, 2, null, null, 2])).score).toBe(40);
    const r = score('ndi', answersInOrder('ndi', [2, 2, 2, 2, 2, 2, 2, null, null, null]));
    expect(r.score).toBeNull();
    expect(r.missing).toEqual(['driving', 'sleeping', 'recreation']);
  });
});

describe('missing items and policy', () => {
  it('PHQ-9 with one item missing is refused by default (never counted as 0), and says why', () => {
    const r = score('phq9', answersInOrder('phq9', [1, 2, 0, 3, 1, 0, 2, null, 0]));
    expect(r.score).toBeNull();
    expect(r.display).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['44253-3']);
    expect(r.missingRule.decision).toBe('refused');
    expect(r.missingRule.text).toMatch(/44253-3/);
    expect(r.interpretation).toMatch(/not scored/);
  });

  it('PHQ-9 proration only when a clinic sets it; recorded as overridden and unverified', () => {
    const r = score('phq9', answersInOrder('phq9', [1, 2, 0, 3, 1, 0, 2, null, 0]), { policy: { minAnswered: { phq9: 7 } } });
    expect(r.score).toBe((9 * 9) / 8);
    expect(r.display).toBe('10.1');
    expect(r.missingRule).toMatchObject({ minAnswered: 7, defaultMinAnswered: 9, overridden: true, decision: 'prorated' });
    expect(r.notes.join(' ')).toMatch(/unverified/);
  });

  it('policy for a non-configurable rule is ignored with a warning', () => {
    const r = score('pcs', answersInOrder('pcs', [0, 1, 2, 3, 0, 0, 1, 4, 2, 1, 3, 0, null]), { policy: { minAnswered: { pcs: 10 } } });
    expect(r.score).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/not configurable/);
    const bad = score('odi', answersInOrder('odi', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), { policy: { minAnswered: { odi: 11 } } });
    expect(bad.warnings.join(' ')).toMatch(/ignored/);
    expect(bad.missingRule.minAnswered).toBe(8);
  });

  it('ODI policy raised to 10 refuses 9 answered', () => {
    const r = score('odi', answersInOrder('odi', [5, 5, 3, 3, 0, 0, 0, 0, 0, null]), { policy: { minAnswered: { odi: 10 } } });
    expect(r.score).toBeNull();
    expect(r.missingRule.overridden).toBe(true);
  });

  it('EQ-5D: missing dimension -> no profile; VAS still reported', () => {
    const r = score('eq5d5l', answersInOrder('eq5d5l', [2, 1, null, 4, 2, 70]));
    expect(r.extra.profile).toBeNull();
    expect(r.subscores.vas?.value).toBe(70);
    expect(r.complete).toBe(false);
  });
});

describe('PHQ-9 item 9 alert', () => {
  it('raises an urgent alert with where to get help, whatever the total', () => {
    const r = score('phq9', answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(r.score).toBe(1);
    expect(r.band?.id).toBe('minimal');
    expect(r.alerts).toHaveLength(1);
    const a = r.alerts[0]!;
    expect(a).toMatchObject({ id: 'phq9-item9-self-harm', level: 'urgent', linkId: '44260-8' });
    expect(a.message).toMatch(/self-harm/i);
    expect(a.patientMessage).toMatch(/get help now/);
    expect(a.patientMessage).toMatch(/988|116 123|emergency/);
  });

  it('raises it with items missing and with invalid answers elsewhere', () => {
    const missing = score('phq9', answersInOrder('phq9', [null, null, null, null, null, null, null, null, 3]));
    expect(missing.score).toBeNull();
    expect(missing.alerts[0]?.level).toBe('urgent');
    const invalid = score('phq9', answersInOrder('phq9', [7, 0, 0, 0, 0, 0, 0, 0, 2]));
    expect(invalid.errors).toHaveLength(1);
    expect(invalid.alerts[0]?.id).toBe('phq9-item9-self-harm');
  });

  it('uses the clinic\'s crisis resources when given', () => {
    const r = score('phq9', answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 2]), {
      crisisResources: [{ region: 'NL', name: '113 Zelfmoordpreventie', contact: 'call 113 or 0800-0113' }],
    });
    expect(r.alerts[0]?.patientMessage).toMatch(/0800-0113/);
  });

  it('warns when item 9 is unanswered', () => {
    const r = score('phq9', answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, null]));
    expect(r.alerts).toEqual([expect.objectContaining({ id: 'phq9-item9-unanswered', level: 'warning' })]);
  });
});

describe('bad input: errors naming the item, never a silent zero', () => {
  it('out of range / not an option / not an integer', () => {
    const r = score('phq9', answersInOrder('phq9', [4, 2, 0, 3, 1, 0, 2, 1, 0]));
    expect(r.score).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({ code: 'not-an-option', linkId: '44250-9' })]);
    expect(r.errors[0]?.message).toMatch(/44250-9.*4.*not among the options/);
    expect(r.missing).toEqual([]);
    const nrs = score('nrs', { instrument: 'nrs', answers: { 'nrs-back': 11, 'nrs-leg': 2.5 } });
    expect(nrs.errors.map((e) => [e.code, e.linkId])).toEqual([
      ['out-of-range', 'nrs-back'],
      ['not-an-integer', 'nrs-leg'],
    ]);
    expect(nrs.score).toBeNull();
  });

  it('unknown linkId, wrong instrument, wrong type, bad date', () => {
    expect(score('gad7', { instrument: 'gad7', answers: { 'q-99': 1 } }).errors[0]).toMatchObject({ code: 'unknown-linkid', linkId: 'q-99' });
    expect(score('phq9', answersInOrder('gad7', [0, 0, 1, 1, 0, 1, 0])).errors[0]?.code).toBe('wrong-instrument');
    expect(score('phq9', { instrument: 'phq9', answers: { '44250-9': true } }).errors[0]?.code).toBe('wrong-type');
    expect(score('phq9', { instrument: 'phq9', answers: { '44250-9': 'often' } }).errors[0]?.code).toBe('wrong-type');
    expect(score('pgic', { instrument: 'pgic', date: '2026-13-45', answers: { pgic: 1 } }).errors[0]?.code).toBe('bad-date');
    expect(score('pgic', 'nonsense').errors[0]?.code).toBe('bad-input');
    expect(score('pgic', { resourceType: 'Patient' }).errors[0]?.code).toBe('bad-input');
  });

  it('accepts option codes and numeric strings in the own format', () => {
    const r = score('phq9', { instrument: 'phq9', answers: Object.fromEntries(PHQ9_LINKIDS.map((l) => [l, 'LA6569-3'])) });
    expect(r.score).toBe(9);
    expect(score('pgic', { instrument: 'pgic', answers: { pgic: '3' } }).score).toBe(3);
    expect(score('start-back', answersInOrder('start-back', ['agree', 'disagree', 1, 1, 0, 1, 1, 0, 'bother-4'])).score).toBe(6);
  });

  it('throws for an unknown instrument id', () => {
    expect(() => score('tsk', {})).toThrow(UnknownInstrumentError);
  });

  it('records the scorer version', () => {
    expect(score('pgic', { instrument: 'pgic', answers: { pgic: 1 } }).scorer.name).toBe('spinepath-instruments');
  });
});

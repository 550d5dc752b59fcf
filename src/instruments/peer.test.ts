/**
 * External check: our PHQ-9 total equals fhirpath.js evaluating the peer's (LHC-Forms) variable extensions and
 * calculatedExpression on 2,000 random complete responses. Also documents where we deliberately differ: the peer
 * counts a missing answer as 0, we give no score.
 */
import { readFileSync } from 'node:fs';
import type { Questionnaire } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { createTotalScorer } from './fast.js';
import { compilePeerPhq9, randomLformsPhq9 } from './test-support/peer-phq9.js';
import { score } from './score.js';
import { mulberry32 } from './test-support/helpers.js';

const PEER = new URL('../../../shared/peers/phq9-lforms-sdc.json', import.meta.url);
const questionnaire = JSON.parse(readFileSync(PEER, 'utf8')) as Questionnaire;
const peer = compilePeerPhq9(questionnaire);
const fast = createTotalScorer('phq9');

describe('PHQ-9 vs the peer (LHC-Forms SDC expression in fhirpath.js 5.2)', () => {
  it('uses the 11 variables of the peer form', () => {
    expect(peer.variableNames).toEqual([
      'scoreExt',
      ...Array.from({ length: 9 }, (_, i) => `q${i + 1}_value`),
      'any_questions_answered',
    ]);
  });

  it('agrees on 2,000 random complete responses (seeded), without mutating them', () => {
    const cases = randomLformsPhq9(mulberry32(20260301), 2000);
    const qSnapshot = JSON.stringify(questionnaire);
    let checked = 0;
    for (const { qr, values } of cases) {
      const snapshot = JSON.stringify(qr);
      const theirs = peer(qr);
      const ours = score('phq9', qr);
      expect(ours.score).toBe(theirs);
      expect(ours.score).toBe(values.reduce((a, b) => a + b, 0));
      expect(fast(qr)).toBe(theirs);
      expect(ours.complete).toBe(true);
      expect(JSON.stringify(qr)).toBe(snapshot);
      checked++;
    }
    expect(checked).toBe(2000);
    expect(JSON.stringify(questionnaire)).toBe(qSnapshot);
  });

  it('differs on purpose when an item is missing: the peer counts it as 0, we do not score', () => {
    const qr = randomLformsPhq9(mulberry32(5), 1)[0]!.qr;
    qr.item = qr.item!.slice(0, 8); // drop item 9
    const theirs = peer(qr);
    expect(typeof theirs).toBe('number');
    const ours = score('phq9', qr);
    expect(ours.score).toBeNull();
    expect(ours.missing).toEqual(['44260-8']);
    expect(fast(qr)).toBeNull();
  });
});

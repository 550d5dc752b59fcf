/** The fast total path gives exactly `score(id, qr).score` for any response, valid or not. */
import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTotalScorer } from './fast.js';
import { PLAIN_SUM_INSTRUMENTS } from './questionnaire.js';
import { DEFINITIONS } from './registry.js';
import { score } from './score.js';

function arbitraryResponse(id: (typeof PLAIN_SUM_INSTRUMENTS)[number]): fc.Arbitrary<QuestionnaireResponse> {
  const def = DEFINITIONS[id];
  const codes = def.items.flatMap((i) => (i.options ?? []).map((o) => ({ system: o.system, code: o.code })));
  const answer: fc.Arbitrary<QuestionnaireResponseItemAnswer> = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...codes).map((c) => ({ valueCoding: { ...c } })) },
    { weight: 1, arbitrary: fc.constantFrom(...codes).map((c) => ({ valueCoding: { code: c.code } })) },
    { weight: 1, arbitrary: fc.constantFrom(...codes).map((c) => ({ valueCoding: { system: 'http://example.org', code: c.code } })) },
    { weight: 1, arbitrary: fc.integer({ min: -1, max: 6 }).map((v) => ({ valueInteger: v })) },
    { weight: 1, arbitrary: fc.constantFrom('0', '1', '2', 'x').map((v) => ({ valueString: v })) },
  );
  const linkId = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...def.items.map((i) => i.linkId)) },
    { weight: 2, arbitrary: fc.constantFrom(...def.items.map((i) => `/${i.linkId}`)) },
    { weight: 1, arbitrary: fc.constantFrom('unknown', 'total', `/x/${def.items[0]!.linkId}`) },
  );
  const item: fc.Arbitrary<QuestionnaireResponseItem> = fc.record(
    { linkId, answer: fc.array(answer, { minLength: 0, maxLength: 2 }) },
    { requiredKeys: ['linkId'] },
  );
  const items = fc.array(item, { minLength: 0, maxLength: def.items.length + 3 });
  return fc
    .tuple(
      items,
      fc.boolean(),
      fc.constantFrom(undefined, `http://spinepath.org/fhir/Questionnaire/${id}|1.0`, 'http://spinepath.org/fhir/Questionnaire/odi'),
    )
    .map(([list, nest, questionnaire]) => ({
      resourceType: 'QuestionnaireResponse' as const,
      status: 'completed' as const,
      ...(questionnaire ? { questionnaire } : {}),
      item: nest ? [{ linkId: 'group', item: list }] : list,
    }));
}

/** Mostly-complete valid responses, so the property also covers many scored cases. */
function completeResponse(id: (typeof PLAIN_SUM_INSTRUMENTS)[number]): fc.Arbitrary<QuestionnaireResponse> {
  const def = DEFINITIONS[id];
  return fc
    .tuple(...def.items.map((i) => fc.constantFrom(...(i.options ?? [])).map((o) => ({ linkId: i.linkId, answer: [{ valueCoding: { system: o.system, code: o.code } }] }))))
    .map((list) => ({ resourceType: 'QuestionnaireResponse' as const, status: 'completed' as const, item: list }));
}

describe('fast total path', () => {
  it.each(PLAIN_SUM_INSTRUMENTS.map((id) => [id] as const))('%s: equals score().score on arbitrary responses', (id) => {
    const fast = createTotalScorer(id);
    fc.assert(
      fc.property(fc.oneof(arbitraryResponse(id), completeResponse(id)), (qr) => {
        expect(fast(qr)).toBe(score(id, qr).score);
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it('refuses instruments that are not plain sums', () => {
    expect(() => createTotalScorer('odi')).toThrow(/no fast path/);
  });
});

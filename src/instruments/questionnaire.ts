/**
 * Each instrument as a FHIR R4 Questionnaire: canonical url http://spinepath.org/fhir/Questionnaire/<id>, version,
 * LOINC panel as `code`, items with linkId and LOINC item code, answerOption valueCoding carrying BOTH the
 * `ordinalValue` and `itemWeight` extensions with the scoring value (read identically by LHC-Forms, fhirpath.js and
 * SDC engines; instruments.md §B.5 3a). Class B/C items have no text: they are marked clinic-supplied and filled
 * only from a validated text pack.
 */
import type { Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from '@medplum/fhirtypes';
import {
  EXT_CALCULATED_EXPRESSION,
  EXT_ITEM_WEIGHT,
  EXT_MAX_VALUE,
  EXT_MIN_VALUE,
  EXT_ORDINAL_VALUE,
  EXT_TEXT_SOURCE,
  LOINC,
  questionnaireUrl,
} from './constants.js';
import { COMPILED, TOTAL_LINK_ID } from './compile.js';
import { getInstrument } from './registry.js';
import type { TextPack } from './text-pack.js';
import type { InstrumentDefinition, InstrumentId, ItemDefinition } from './types.js';

/** Instruments whose main score is the plain sum of all scored items with every item required by default. */
export const PLAIN_SUM_INSTRUMENTS: readonly InstrumentId[] = ['phq9', 'gad7', 'dn4', 'paindetect', 'pcs', 'start-back'];

export interface QuestionnaireOptions {
  /** A pack validated by `loadTextPack` for this instrument: fills item text and option labels. */
  readonly textPack?: TextPack;
  /** Add the calculated total item (plain-sum instruments only). Default true. */
  readonly includeTotal?: boolean;
}

const CLINIC_SUPPLIED: Extension = { url: EXT_TEXT_SOURCE, valueCode: 'clinic-supplied' };

function answerOptions(def: ItemDefinition, shipsText: boolean, labels?: Readonly<Record<string, string>>): QuestionnaireItemAnswerOption[] {
  return (def.options ?? []).map((o) => {
    const display = labels?.[String(o.value)] ?? (shipsText ? o.label : undefined);
    return {
      valueCoding: { system: o.system, code: o.code, ...(display ? { display } : {}) },
      extension: [
        { url: EXT_ORDINAL_VALUE, valueDecimal: o.score },
        { url: EXT_ITEM_WEIGHT, valueDecimal: o.score },
      ],
    };
  });
}

function itemText(def: ItemDefinition, shipsText: boolean, pack: TextPack | undefined): string | undefined {
  const packed = pack?.items[def.linkId];
  if (packed) {
    const anchors =
      def.type === 'integer' && packed.options
        ? Object.entries(packed.options)
            .map(([v, l]) => `${v} = ${l}`)
            .join('; ')
        : '';
    return anchors ? `${packed.text} (${anchors})` : packed.text;
  }
  if (!shipsText || !def.text) return undefined;
  return def.anchors ? `${def.text} (${def.min} = ${def.anchors.min}; ${def.max} = ${def.anchors.max})` : def.text;
}

function toItem(def: ItemDefinition, inst: InstrumentDefinition, pack: TextPack | undefined, required: boolean): QuestionnaireItem {
  const shipsText = inst.licence.shipsText;
  const text = itemText(def, shipsText, pack);
  const ext: Extension[] = [];
  if (!text) ext.push(CLINIC_SUPPLIED);
  if (def.type === 'integer') {
    ext.push({ url: EXT_MIN_VALUE, valueInteger: def.min as number }, { url: EXT_MAX_VALUE, valueInteger: def.max as number });
  }
  const item: QuestionnaireItem = {
    linkId: def.linkId,
    ...(def.loinc ? { code: [{ system: LOINC, code: def.loinc }] } : {}),
    ...(text ? { text } : {}),
    type: def.type,
    ...(required && def.scored ? { required: true } : {}),
    ...(ext.length > 0 ? { extension: ext } : {}),
  };
  if (def.type === 'choice') item.answerOption = answerOptions(def, shipsText, pack?.items[def.linkId]?.options);
  return item;
}

/**
 * FHIRPath for the calculated total: the sum of answer weights only when every scored item is answered, else empty
 * (never a missing answer counted as 0). Uses repeat(item) so nested groups are found (instruments.md §B.5).
 */
export function totalExpression(def: InstrumentDefinition): string {
  const ids = def.items.filter((i) => i.scored).map((i) => `'${i.linkId}'`);
  const sel = `%resource.repeat(item).where(linkId in (${ids.join(' | ')}))`;
  return `iif(${sel}.answer.count() = ${ids.length}, ${sel}.answer.value.weight().sum(), {})`;
}

function totalItem(def: InstrumentDefinition): QuestionnaireItem {
  return {
    linkId: def.loinc.score ?? TOTAL_LINK_ID,
    ...(def.loinc.score ? { code: [{ system: LOINC, code: def.loinc.score }] } : {}),
    text: `${def.shortName} total score (calculated; empty until every item is answered)`,
    type: 'decimal',
    readOnly: true,
    extension: [
      {
        url: EXT_CALCULATED_EXPRESSION,
        valueExpression: { description: 'Total score', language: 'text/fhirpath', expression: totalExpression(def) },
      },
    ],
  };
}

export function toQuestionnaire(instrumentId: string, options: QuestionnaireOptions = {}): Questionnaire {
  const def = getInstrument(instrumentId);
  const pack = options.textPack;
  if (pack && (pack.instrument !== def.id || pack.version !== def.version)) {
    throw new Error(`text pack is for ${pack.instrument} ${pack.version}, not ${def.id} ${def.version}`);
  }
  const required = def.missing.minAnswered === COMPILED[def.id].scoredCount && def.missing.method !== 'per-item';
  const items: QuestionnaireItem[] = [];
  const stem = pack?.stem ?? (def.licence.shipsText ? def.stem : undefined);
  if (stem) items.push({ linkId: 'stem', type: 'display', text: stem });
  for (const it of def.items) items.push(toItem(it, def, pack, required));
  if ((options.includeTotal ?? true) && PLAIN_SUM_INSTRUMENTS.includes(def.id)) items.push(totalItem(def));

  const copyright = [pack?.copyright ?? def.licence.copyright, pack ? `Text: ${pack.licenceNote}` : '']
    .filter(Boolean)
    .join(' ');
  return {
    resourceType: 'Questionnaire',
    id: `spinepath-${def.id}`,
    url: questionnaireUrl(def.id),
    version: def.version,
    name: `SpinePath_${def.id.replace(/-/g, '_')}`,
    title: pack?.title ?? def.name,
    status: 'active',
    subjectType: ['Patient'],
    ...(def.loinc.panel ? { code: [{ system: LOINC, code: def.loinc.panel }] } : {}),
    description: `${def.description} Licence class ${def.licence.class}${def.licence.shipsText ? '' : ': item text is clinic-supplied'}.`,
    copyright,
    ...(pack?.language ? { language: pack.language } : {}),
    item: items,
  };
}

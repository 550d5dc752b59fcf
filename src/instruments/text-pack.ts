/**
 * "Bring your own text": a clinic that holds a licence for a class B/C instrument (or a translation of a class A
 * one) supplies the wording as a JSON text pack; SpinePath ships only scoring, codes, linkIds and answer values.
 *
 *   {
 *     "instrument": "odi",
 *     "version": "2.1a",
 *     "language": "en-GB",
 *     "licenceNote": "ODI v2.1a licensed to <clinic> by Mapi Research Trust, agreement <no.>, valid to <date>",
 *     "title": "...", "stem": "...", "copyright": "...",
 *     "items": { "pain-intensity": { "text": "...", "options": { "0": "...", "1": "...", ... } }, ... }
 *   }
 *
 * `loadTextPack` takes the *parsed* JSON (no file I/O here) and checks it against the instrument definition.
 */
import { COMPILED, findItem } from './compile.js';
import { isInstrumentId } from './registry.js';
import type { InstrumentId } from './types.js';

export interface TextPackItem {
  readonly text: string;
  /** Option value (as in the answer format, written as a string key) -> label. Numeric items: anchor labels. */
  readonly options?: Readonly<Record<string, string>>;
}

export interface TextPack {
  readonly instrument: InstrumentId;
  readonly version: string;
  readonly language?: string;
  /** Who licensed the text to whom, and on what terms: required, shown in Questionnaire.copyright. */
  readonly licenceNote: string;
  readonly title?: string;
  readonly stem?: string;
  readonly copyright?: string;
  readonly items: Readonly<Record<string, TextPackItem>>;
}

export type TextPackResult =
  | { readonly ok: true; readonly pack: TextPack; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[]; readonly warnings: readonly string[] };

const KNOWN_KEYS = new Set(['instrument', 'version', 'language', 'licenceNote', 'title', 'stem', 'copyright', 'items']);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;

/** Validate a parsed text pack. Errors make the pack unusable; warnings (e.g. items without text) do not. */
export function loadTextPack(parsed: unknown): TextPackResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!isObject(parsed)) return { ok: false, errors: ['a text pack must be a JSON object'], warnings };
  for (const k of Object.keys(parsed)) if (!KNOWN_KEYS.has(k)) warnings.push(`unknown key "${k}" ignored`);

  const id = parsed.instrument;
  if (typeof id !== 'string' || !isInstrumentId(id)) {
    return { ok: false, errors: [`"instrument" must be one of the SpinePath instrument ids, got ${JSON.stringify(id)}`], warnings };
  }
  const ci = COMPILED[id];
  if (parsed.version !== ci.def.version) {
    errors.push(`"version" must be "${ci.def.version}" (the ${ci.def.shortName} version SpinePath scores), got ${JSON.stringify(parsed.version)}`);
  }
  if (!nonEmpty(parsed.licenceNote)) errors.push('"licenceNote" is required: state the licence under which this text is used');
  for (const k of ['language', 'title', 'stem', 'copyright'] as const) {
    if (parsed[k] !== undefined && !nonEmpty(parsed[k])) errors.push(`"${k}" must be a non-empty string when given`);
  }
  if (!isObject(parsed.items)) {
    errors.push('"items" must be an object { "<linkId>": { "text": "...", "options": { "<value>": "<label>" } } }');
    return { ok: false, errors, warnings };
  }

  const items: Record<string, TextPackItem> = {};
  for (const [linkId, entry] of Object.entries(parsed.items)) {
    const item = findItem(ci, linkId);
    if (!item) {
      errors.push(`items["${linkId}"]: unknown linkId for ${ci.def.shortName}; known: ${ci.items.map((i) => i.def.linkId).join(', ')}`);
      continue;
    }
    if (!isObject(entry)) {
      errors.push(`items["${linkId}"] must be an object with "text"`);
      continue;
    }
    if (!nonEmpty(entry.text)) errors.push(`items["${linkId}"].text must be a non-empty string`);
    let options: Record<string, string> | undefined;
    if (entry.options !== undefined) {
      if (!isObject(entry.options)) {
        errors.push(`items["${linkId}"].options must be an object { "<value>": "<label>" }`);
      } else {
        options = {};
        for (const [key, label] of Object.entries(entry.options)) {
          const v = Number(key);
          const valid =
            key.trim() !== '' &&
            Number.isFinite(v) &&
            (item.def.type === 'choice'
              ? item.byValue.has(v)
              : Number.isInteger(v) && v >= (item.def.min as number) && v <= (item.def.max as number));
          if (!valid) {
            errors.push(`items["${linkId}"].options["${key}"]: not an answer value of ${item.def.name}`);
            continue;
          }
          if (!nonEmpty(label)) {
            errors.push(`items["${linkId}"].options["${key}"] must be a non-empty label`);
            continue;
          }
          options[String(v)] = label;
        }
        if (item.def.type === 'choice') {
          const missing = [...item.byValue.keys()].filter((v) => options?.[String(v)] === undefined);
          if (missing.length > 0) warnings.push(`items["${linkId}"]: no label for option value(s) ${missing.join(', ')}`);
        }
      }
    }
    items[item.def.linkId] = { text: String(entry.text), ...(options ? { options } : {}) };
  }
  for (const it of ci.items) if (!items[it.def.linkId]) warnings.push(`no text for item ${it.def.linkId} (${it.def.name})`);

  if (errors.length > 0) return { ok: false, errors, warnings };
  const pack: TextPack = {
    instrument: id,
    version: ci.def.version,
    licenceNote: String(parsed.licenceNote),
    items,
    ...(nonEmpty(parsed.language) ? { language: parsed.language } : {}),
    ...(nonEmpty(parsed.title) ? { title: parsed.title } : {}),
    ...(nonEmpty(parsed.stem) ? { stem: parsed.stem } : {}),
    ...(nonEmpty(parsed.copyright) ? { copyright: parsed.copyright } : {}),
  };
  return { ok: true, pack, warnings };
}

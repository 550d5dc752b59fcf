/**
 * The outcome measures SpinePath tracks over time: which instrument and (sub)score each reads, its direction, and the
 * thresholds that interpret a change. Secondary measures (PEG, PROMIS, PHQ-9, GAD-7, PCS) reuse the MCID entries of
 * their instrument definitions, with the same basis (several are unverified and shown so).
 */
import { getInstrument, type InstrumentId } from '../instruments/index.js';
import { NDI_MCID, ODI_PASS, OSTELO_NRS_BACK, OSTELO_NRS_LEG, OSTELO_ODI, type MicRule } from './thresholds.js';

export const MEASURE_IDS = [
  'nrs:back',
  'nrs:leg',
  'nrs:neck',
  'nrs:arm',
  'odi',
  'ndi',
  'peg',
  'promis-pi-4a',
  'eq5d5l:vas',
  'phq9',
  'gad7',
  'pcs',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export interface MeasureDef {
  id: MeasureId;
  label: string;
  instrument: InstrumentId;
  /** Read this subscore instead of the main score. */
  subscore?: string;
  unit: string;
  range: { min: number; max: number };
  direction: 'higher-is-worse' | 'higher-is-better';
  /** Pain intensity: IMMPACT percentage categories apply. */
  painIntensity: boolean;
  decimals: number;
  mic?: MicRule;
  pass?: typeof ODI_PASS;
  /** Said when a measure has no adopted threshold. */
  note?: string;
}

/** An MCID entry of an instrument definition as a MicRule (points or percent). */
function fromDefinition(id: InstrumentId, kind: string): MicRule | undefined {
  const m = getInstrument(id).mcid.find((x) => x.kind === kind && x.value !== undefined);
  if (!m || m.value === undefined) return undefined;
  const isPercent = m.unit === 'percent';
  return {
    kind,
    ...(isPercent ? { percent: m.value } : { points: m.value }),
    unit: m.unit === 'T-points' ? 'T points' : 'points',
    text: `${getInstrument(id).shortName} ${kind}: ${m.text}`,
    basis: m.basis,
  };
}

const NRS_NO_MIC = 'No neck- or arm-specific minimal important change in the clinical files: only the IMMPACT percentage categories apply.';

export const MEASURES: Readonly<Record<MeasureId, MeasureDef>> = {
  'nrs:back': { id: 'nrs:back', label: 'Back pain NRS', instrument: 'nrs', subscore: 'back', unit: '', range: { min: 0, max: 10 }, direction: 'higher-is-worse', painIntensity: true, decimals: 0, mic: OSTELO_NRS_BACK },
  'nrs:leg': { id: 'nrs:leg', label: 'Leg pain NRS', instrument: 'nrs', subscore: 'leg', unit: '', range: { min: 0, max: 10 }, direction: 'higher-is-worse', painIntensity: true, decimals: 0, mic: OSTELO_NRS_LEG },
  'nrs:neck': { id: 'nrs:neck', label: 'Neck pain NRS', instrument: 'nrs', subscore: 'neck', unit: '', range: { min: 0, max: 10 }, direction: 'higher-is-worse', painIntensity: true, decimals: 0, note: NRS_NO_MIC },
  'nrs:arm': { id: 'nrs:arm', label: 'Arm pain NRS', instrument: 'nrs', subscore: 'arm', unit: '', range: { min: 0, max: 10 }, direction: 'higher-is-worse', painIntensity: true, decimals: 0, note: NRS_NO_MIC },
  odi: { id: 'odi', label: 'ODI', instrument: 'odi', unit: '%', range: { min: 0, max: 100 }, direction: 'higher-is-worse', painIntensity: false, decimals: 1, mic: OSTELO_ODI, pass: ODI_PASS },
  ndi: { id: 'ndi', label: 'NDI', instrument: 'ndi', unit: '%', range: { min: 0, max: 100 }, direction: 'higher-is-worse', painIntensity: false, decimals: 1, mic: NDI_MCID },
  peg: { id: 'peg', label: 'PEG', instrument: 'peg', unit: '', range: { min: 0, max: 10 }, direction: 'higher-is-worse', painIntensity: false, decimals: 1, ...opt(fromDefinition('peg', 'MCID')) },
  'promis-pi-4a': { id: 'promis-pi-4a', label: 'PROMIS Pain Interference 4a T-score', instrument: 'promis-pi-4a', unit: '', range: { min: 41.6, max: 75.6 }, direction: 'higher-is-worse', painIntensity: false, decimals: 1, ...opt(fromDefinition('promis-pi-4a', 'MCID')) },
  'eq5d5l:vas': { id: 'eq5d5l:vas', label: 'EQ VAS', instrument: 'eq5d5l', subscore: 'vas', unit: '', range: { min: 0, max: 100 }, direction: 'higher-is-better', painIntensity: false, decimals: 0, note: 'No MCID adopted for the EQ VAS (instruments.md §12).' },
  phq9: { id: 'phq9', label: 'PHQ-9', instrument: 'phq9', unit: '', range: { min: 0, max: 27 }, direction: 'higher-is-worse', painIntensity: false, decimals: 0, ...opt(fromDefinition('phq9', 'MCID')) },
  gad7: { id: 'gad7', label: 'GAD-7', instrument: 'gad7', unit: '', range: { min: 0, max: 21 }, direction: 'higher-is-worse', painIntensity: false, decimals: 0, ...opt(fromDefinition('gad7', 'MCID')) },
  pcs: { id: 'pcs', label: 'PCS', instrument: 'pcs', unit: '', range: { min: 0, max: 52 }, direction: 'higher-is-worse', painIntensity: false, decimals: 0, ...opt(fromDefinition('pcs', 'MDC95')), note: 'No developer MCID found; the MDC95 marks change beyond measurement error (instruments.md §9).' },
};

function opt(mic: MicRule | undefined): { mic?: MicRule } {
  return mic ? { mic } : {};
}

/** Order of the measures in the report. */
export const MEASURE_ORDER: readonly MeasureId[] = MEASURE_IDS;

export type Region = 'lumbar' | 'cervical';

/** Axial, limb and disability measures of a region. */
export function regionMeasures(region: Region): { axial: MeasureId; limb: MeasureId; disability: MeasureId } {
  return region === 'cervical' ? { axial: 'nrs:neck', limb: 'nrs:arm', disability: 'ndi' } : { axial: 'nrs:back', limb: 'nrs:leg', disability: 'odi' };
}

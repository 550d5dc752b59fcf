/** Drug matching and MME arithmetic against the CDC 2022 factors (evidence.md §4.7), for every listed opioid. */
import { describe, expect, it } from 'vitest';
import { medicationSchema, type Medication } from '../case/medications.js';
import { lookupDrug, nearestDrugNames, normalizeDrugName, summarizeMedications } from './medications.js';

const med = (m: Record<string, unknown>): Medication => medicationSchema.parse(m);

/** CDC 2022 factors (evidence.md §4.7), written here independently of the knowledge base. */
const CDC_2022: [string, number][] = [
  ['codeine', 0.15],
  ['hydrocodone', 1.0],
  ['hydromorphone', 5.0],
  ['methadone', 4.7],
  ['morphine', 1.0],
  ['oxycodone', 1.5],
  ['oxymorphone', 3.0],
  ['tapentadol', 0.4],
  ['tramadol', 0.2],
];

describe('MME/day with the CDC 2022 factors', () => {
  for (const [drug, factor] of CDC_2022) {
    it(`${drug}: 10 mg three times a day = ${30 * factor} MME/day (factor ${factor})`, () => {
      const s = summarizeMedications([med({ name: drug, dose: 10, unit: 'mg', frequencyPerDay: 3 })]);
      expect(s.medications[0]!.opioid).toMatchObject({ daily: 30, dailyUnit: 'mg/day', factor });
      expect(s.totalMme).toBeCloseTo(30 * factor, 10);
      expect(s.incomplete).toBe(false);
    });
  }

  it('transdermal fentanyl: mcg/h x 2.4, with no frequency needed', () => {
    const s = summarizeMedications([med({ name: 'Durogesic', dose: 25, unit: 'mcg/h', intervalHours: 72, route: 'transdermal' })]);
    expect(s.medications[0]!.opioid).toMatchObject({ daily: 25, dailyUnit: 'mcg/h', factor: 2.4, mme: 60 });
  });

  it('fentanyl by another route has no factor in the 2022 table: not converted, total marked incomplete', () => {
    const s = summarizeMedications([med({ name: 'fentanyl', dose: 100, unit: 'mcg', frequencyPerDay: 2, route: 'buccal' })]);
    expect(s.medications[0]!.opioid!.mme).toBeNull();
    expect(s.medications[0]!.opioid!.reason).toMatch(/buccal route has no factor/);
    expect(s.incomplete).toBe(true);
  });

  it('buprenorphine is not in the CDC table: no MME, and the output says so', () => {
    const s = summarizeMedications([med({ name: 'Butrans', dose: 10, unit: 'mcg/h', route: 'transdermal' }), med({ name: 'morphine', dose: 20, unit: 'mg', frequencyPerDay: 2 })]);
    expect(s.medications[0]!.opioid).toMatchObject({ mme: null, reason: expect.stringMatching(/not in the CDC 2022 MME table/) });
    expect(s.totalMme).toBe(40);
    expect(s.incomplete).toBe(true);
  });

  it('converts g and mcg to mg, reads intervalHours as doses per day, and adds opioids up', () => {
    const s = summarizeMedications([
      med({ name: 'morphine', dose: 0.03, unit: 'g', frequencyPerDay: 2 }),
      med({ name: 'hydromorphone', dose: 2000, unit: 'mcg', intervalHours: 6 }),
      med({ name: 'tramadol', dose: 50, unit: 'mg', frequencyPerDay: 4, asNeeded: true }),
    ]);
    expect(s.medications.map((m) => m.opioid!.mme)).toEqual([60, 40, 40]);
    expect(s.totalMme).toBe(140);
    expect(s.medications[2]!.opioid!.notes[0]).toMatch(/as needed/);
  });

  it('gives no MME when dose, unit or frequency is missing, and says which', () => {
    const s = summarizeMedications([med({ name: 'oxycodone' }), med({ name: 'oxycodone', dose: 5, unit: 'mg' })]);
    expect(s.medications[0]!.opioid!.reason).toMatch(/dose or unit not recorded/);
    expect(s.medications[1]!.opioid!.reason).toMatch(/frequency not recorded/);
    expect(s.totalMme).toBe(0);
    expect(s.incomplete).toBe(true);
  });

  it('has no MME total without opioids', () => {
    expect(summarizeMedications([med({ name: 'apixaban', dose: 5, unit: 'mg', frequencyPerDay: 2 })]).totalMme).toBeNull();
  });
});

describe('drug names', () => {
  it('normalises salts, forms and strengths', () => {
    expect(normalizeDrugName('Oxycodone hydrochloride 10 mg MR tablets')).toBe('oxycodone');
    expect(normalizeDrugName('Morphine Sulphate (Zomorph)')).toBe('morphine');
  });

  it('finds generic, brand and synonym names', () => {
    expect(lookupDrug('Lyrica')).toMatchObject({ drug: { id: 'pregabalin' }, matchedBy: 'brand' });
    expect(lookupDrug('acetaminophen')).toMatchObject({ drug: { id: 'paracetamol' }, matchedBy: 'synonym' });
    expect(lookupDrug('warfarin sodium')).toMatchObject({ drug: { id: 'warfarin' }, matchedBy: 'generic' });
    expect(lookupDrug('Movicol')).toBeUndefined();
  });

  it('lists the nearest known names for an unknown drug', () => {
    expect(nearestDrugNames('gabapentine')[0]).toBe('gabapentin');
    expect(nearestDrugNames('xyz')).toHaveLength(3);
  });

  it('reports unknown drugs with their nearest names and keeps them in the list', () => {
    const s = summarizeMedications([med({ name: 'Movicol' })]);
    expect(s.unknown).toEqual([{ index: 0, name: 'Movicol', nearest: expect.any(Array) }]);
    expect(s.medications[0]).toMatchObject({ drug: null, classes: [] });
  });
});

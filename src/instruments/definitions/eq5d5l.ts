/**
 * EQ-5D-5L descriptive system and EQ VAS (EuroQol). EuroQol's written consent is needed to reproduce or make the
 * instrument available in any form: licence class C, no text ships. Facts: instruments.md §12.
 *
 * The index (utility) value is NOT computed: whether EuroQol's terms restrict software that computes index values
 * from a value set without a licence is unsettled (instruments.md §12). The output says so.
 */
import { published, secondary, toolLogic, unverified } from '../basis.js';
import type { InstrumentDefinition, ItemDefinition } from '../types.js';
import { plainOptions, range } from './helpers.js';

const LEVELS = plainOptions('eq5d5l', range(1, 5));
export const EQ5D_DIMENSIONS = [
  ['mobility', 'MO: mobility'],
  ['self-care', 'SC: self-care'],
  ['usual-activities', 'UA: usual activities'],
  ['pain-discomfort', 'PD: pain / discomfort'],
  ['anxiety-depression', 'AD: anxiety / depression'],
] as const;

const items: readonly ItemDefinition[] = [
  ...EQ5D_DIMENSIONS.map(
    ([linkId, name]): ItemDefinition => ({ linkId, name, type: 'choice', options: LEVELS, scored: true }),
  ),
  { linkId: 'vas', name: 'EQ VAS (0-100)', type: 'integer', min: 0, max: 100, scored: true },
];

export const EQ5D_INDEX_NOTE =
  'EQ-5D-5L index not computed: whether EuroQol terms allow software to compute index values from a published ' +
  'value set without a licence is unsettled (instruments.md §12; value sets: Devlin, Roudijk & Ludwig 2022, CC BY 4.0).';

const eq = secondary('devlin-2022', 'CamCOPS eq5d5l.rst, awell eq5d/5_level README, EuroQol FAQ (instruments.md §12)');

export const eq5d5l: InstrumentDefinition = {
  id: 'eq5d5l',
  name: 'EQ-5D-5L (descriptive system and EQ VAS)',
  shortName: 'EQ-5D-5L',
  version: '5L',
  description:
    'Health status: 5 dimensions with 5 levels (1 no problems ... 5 extreme problems/unable) and the EQ VAS 0-100 ' +
    '(today). Outputs the 5-digit profile (MO SC UA PD AD) and the VAS; levels are never summed.',
  recall: 'today',
  licence: {
    class: 'C',
    owner: 'EuroQol Research Foundation (EQ-5D™ is a trade mark)',
    terms:
      'Without the EuroQol Office\'s prior written consent the EQ-5D may not be used, reproduced, translated or made ' +
      'available in any form; free for non-commercial use after registration. Value sets: published coefficients ' +
      '(Devlin et al. 2022 compendium, CC BY 4.0); software computing the index: licence question unsettled.',
    copyright:
      'EQ-5D™ © EuroQol Research Foundation. Item text is not included: register with EuroQol and load your ' +
      'licensed text (SpinePath "bring your own text" pack).',
    shipsText: false,
    basis: published([], 'CamCOPS eq5d5l.rst quoting EuroQol terms (instruments.md §12)', 'https://euroqol.org'),
  },
  loinc: { note: 'No LOINC panel or score code found.' },
  items,
  scoreName: 'profile',
  range: { min: 11111, max: 55555 },
  direction: 'higher-is-worse',
  scoring: {
    description:
      'Profile = the five levels in the order MO SC UA PD AD (e.g. 21342): a label, not a number to add or average. ' +
      'EQ VAS reported as given. The main numeric `score` is null; see `extra.profile` and the `vas` subscore.',
    basis: eq,
    displayDecimals: 0,
    displayRule: 'profile as 5 digits; VAS whole number',
  },
  missing: {
    method: 'require-all',
    minAnswered: 6,
    configurable: false,
    description: 'Any missing dimension: no profile (and no index). The VAS is reported on its own when answered.',
    basis: toolLogic('Standard practice (instruments.md §12 [constructed]).'),
  },
  subscores: [
    {
      id: 'vas',
      name: 'EQ VAS (0-100, higher = better)',
      min: 0,
      max: 100,
      items: ['vas'],
      displayDecimals: 0,
      basis: eq,
    },
  ],
  bands: [],
  mcid: [
    {
      kind: 'MCID',
      text: 'No MCID adopted for the profile; index MCIDs depend on the value set (not computed)',
      basis: unverified('Not researched in instruments.md.'),
    },
  ],
  sources: ['devlin-2022'],
  notes: [EQ5D_INDEX_NOTE],
  compute(input) {
    let profile = '';
    for (let i = 0; i < 5; i++) {
      const v = input.itemValues[i];
      if (v === undefined) {
        profile = '';
        break;
      }
      profile += String(v);
    }
    const vas = input.itemScores[5];
    const decision = profile === '' ? 'refused' : vas !== undefined ? 'complete' : 'scored-with-missing';
    const display =
      profile !== '' ? `${profile}${vas !== undefined ? `, VAS ${vas}` : ''}` : vas !== undefined ? `VAS ${vas}` : null;
    return {
      score: null,
      subscores: { vas: vas ?? null },
      decision,
      display,
      extra: { profile: profile || null, index: null, indexNote: EQ5D_INDEX_NOTE },
    };
  },
};


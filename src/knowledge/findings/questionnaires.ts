/**
 * Questionnaire results and psychosocial findings (findings-matrix.md §4.5). Scoring rules are in instruments.md;
 * the scorers live with the instruments, these entries only name the thresholds.
 *
 * Codes: only the LOINC codes that instruments.md gives (check digits verified there, §D.1). No SNOMED or ICD codes
 * are proposed for findings (findings-matrix.md §4).
 */
import { published, secondary, toolLogic } from '../basis.js';
import type { Finding } from '../schema.js';

const LOINC = 'http://loinc.org';

export const questionnaireFindings: Finding[] = [
  {
    id: 'dn4-4-or-more',
    label: 'DN4 4 or more',
    definition: 'DN4 total score of 4 or more out of 10 (7 interview items and 3 examination items; instruments.md §7).',
    category: 'questionnaire',
    basis: published(
      ['bouhassira-2005', 'timmerman-2017'],
      'Cut-off >= 4/10 (Bouhassira 2005, as cited in findings-matrix.md §3.0); instruments.md §7 marks the Bouhassira figures ' +
        'as not re-read there; Dutch validation sens 75%, spec 76% (Timmerman 2017)',
    ),
  },
  {
    id: 'paindetect-19-or-more',
    label: 'painDETECT 19 or more',
    definition: 'painDETECT score of 19 or more (range -1 to 38): a neuropathic pain component is likely.',
    category: 'questionnaire',
    exclusiveWith: ['paindetect-12-or-less'],
    basis: published('freynhagen-2006', 'Band >= 19 "likely" (> 90%); bands as reproduced on the NINDS CDE page (instruments.md §8)'),
  },
  {
    id: 'paindetect-12-or-less',
    label: 'painDETECT 12 or less',
    definition: 'painDETECT score of 12 or less: a neuropathic pain component is unlikely.',
    category: 'questionnaire',
    exclusiveWith: ['paindetect-19-or-more'],
    basis: published('freynhagen-2006', 'Band <= 12 "unlikely" (< 15%); 13-18 is the uncertain band (instruments.md §8)'),
  },
  {
    id: 'csi-40-or-more',
    label: 'CSI 40 or more',
    definition: 'Central Sensitization Inventory score of 40 or more out of 100.',
    category: 'questionnaire',
    basis: published(['neblett-2013', 'neblett-2015'], 'CSI cut-off 40 (Neblett 2013; evaluated against central sensitivity syndromes in Neblett 2015)'),
  },
  {
    id: 'start-back-high-risk',
    label: 'STarT Back high risk',
    definition:
      'Keele STarT Back risk level High: total score 4 or more and distress subscore (items 5-9) 4 or more (instruments.md §10).',
    category: 'questionnaire',
    codes: [
      {
        system: LOINC,
        code: '91352-5',
        display: 'Keele STarT Back Screening Tool risk level',
        basis: published('loinc', 'Risk level term 91352-5 on loinc.org (instruments.md §10)'),
      },
      {
        system: LOINC,
        code: 'LA9193-9',
        display: 'High',
        basis: published('loinc', 'Answer list LL3578-3 of 91352-5: High LA9193-9 (instruments.md §10)'),
      },
    ],
    basis: published(
      'loinc',
      'Risk rule read on the loinc.org 91352-5 page and in a public scorer (instruments.md §10); the tool was developed and ' +
        'validated in primary-care low back pain by Hill 2008 (not read)',
    ),
  },
  {
    id: 'pcs-30-or-more',
    label: 'PCS 30 or more',
    definition: 'Pain Catastrophizing Scale total of 30 or more out of 52 (clinically relevant catastrophising).',
    category: 'questionnaire',
    basis: secondary('sullivan-1995', 'Cut-off 30 (75th percentile of a chronic pain sample) read on secondary pages (instruments.md §9)'),
  },
  {
    id: 'tsk-over-37',
    label: 'TSK over 37',
    definition: 'Tampa Scale of Kinesiophobia (17-item) total above 37, that is 38 or more (range 17-68).',
    category: 'questionnaire',
    basis: secondary('vlaeyen-1995', 'Cut-off > 37 for high kinesiophobia as quoted by secondary pages (instruments.md §16)'),
  },
  {
    id: 'depression-or-anxiety',
    label: 'Depression or anxiety',
    definition: 'PHQ-9 total of 10 or more, or GAD-7 total of 10 or more.',
    category: 'questionnaire',
    codes: [
      {
        system: LOINC,
        code: '44261-6',
        display: 'PHQ-9 total score',
        basis: secondary('loinc', 'Code read in public implementations quoting LOINC (LHNCBC lforms, AHRQ CDS Connect CQL; instruments.md §5)'),
      },
      {
        system: LOINC,
        code: '70274-6',
        display: 'GAD-7 total score',
        basis: secondary('loinc', 'Code read in a public implementation quoting LOINC (AHRQ CDS Connect CQL; instruments.md §6)'),
      },
    ],
    basis: secondary(
      ['kroenke-2001', 'spitzer-2006'],
      'PHQ-9 >= 10: moderate band, sens 88% and spec 88% for major depression (Kroenke 2001 abstract copy); GAD-7 >= 10: ' +
        'sens 89%, spec 82% for GAD (Spitzer 2006, as quoted by CamCOPS)',
    ),
  },
  {
    id: 'compensation-or-litigation',
    label: 'Compensation claim or litigation',
    definition: 'An open compensation claim or legal case about the pain.',
    category: 'psychosocial',
    basis: toolLogic('Vocabulary definition (yellow flag, evidence.md C18; "secondary gain" factor of Thomson 2020)', 'thomson-2020'),
  },
  {
    id: 'unrealistic-expectations',
    label: 'Unrealistic expectations',
    definition: 'Expects the next treatment to cure the pain or relieve it completely.',
    category: 'psychosocial',
    basis: toolLogic('Vocabulary definition of one of the 8 psychosocial factors of Thomson 2020', 'thomson-2020'),
  },
  {
    id: 'high-dose-opioids',
    label: 'High-dose opioids',
    definition: 'Opioids at 50 morphine milligram equivalents (MME) per day or more.',
    category: 'psychosocial',
    basis: secondary(
      'cdc-2022-opioids',
      '>= 50 MME/day from the CDC 2022 supporting text, read in a third-party extraction (evidence.md §4.7)',
    ),
  },
  {
    id: 'unwilling-to-reduce-opioids',
    label: 'Unwilling to reduce opioids',
    definition: 'Declines an opioid reduction that has been advised.',
    category: 'psychosocial',
    basis: toolLogic('Vocabulary definition of one of the 8 psychosocial factors of Thomson 2020', 'thomson-2020'),
  },
];

/** T07 10 kHz high-frequency SCS (HF10, Senza) (evidence.md §4.2 T07, §4.6). */
import { published, secondary, toolLogic, unverified } from '../basis.js';
import type { Treatment } from '../schema.js';
import { spinalCordStimulation } from './spinal-cord-stimulation.js';
import { NRS_TO_VAS_MM, REVIEW_IMPLANT } from './shared.js';

export const highFrequencyScs: Treatment = {
  id: 'high-frequency-scs',
  code: 'T07',
  name: '10 kHz high-frequency spinal cord stimulation (HF10)',
  kind: 'neuromodulation',
  interventional: true,
  summary:
    'Paraesthesia-free 10 kHz stimulation; NICE MTG41 supports it for chronic neuropathic back or leg pain (at least 50 mm VAS) at least 6 months after back surgery despite conventional medical management, with a successful trial as part of MDT assessment.',
  indications: [
    {
      description: 'Residual chronic neuropathic back and/or leg pain after back surgery (MTG41 criteria)',
      causes: ['nerve-root-injury', 'epidural-fibrosis', 'arachnoiditis'],
      basis: published('nice-mtg41', 'evidence.md §4.6'),
    },
  ],
  contraindications: spinalCordStimulation.contraindications,
  cautions: [
    ...(spinalCordStimulation.cautions ?? []),
    {
      id: 'device-mri-conditions',
      description: 'MRI conditions depend on the device: check the implant labelling before any MRI',
      devicesAny: ['spinal-cord-stimulator'],
      effect: 'note',
      basis: toolLogic('evidence.md §4.2 T07: "MRI conditions per device"'),
    },
  ],
  evidence: [
    {
      statement:
        'SENZA-RCT (198 randomised, 171 implanted): at 3 months 84.5% with 10 kHz vs 43.8% with traditional SCS were back pain responders (at least 50% reduction), and 83.1% vs 55.5% for leg pain; superiority was sustained to 12 months.',
      comparison: {
        outcome: 'at least half of their back pain relieved at 3 months',
        arms: [
          { label: '10 kHz stimulation', percent: 84.5 },
          { label: 'traditional (low-frequency) stimulation', percent: 43.8 },
        ],
        caveat: 'industry-funded; comparison with another stimulator, not with medical management',
      },
      basis: published('kapural-2015'),
    },
    {
      statement: 'SENZA 24-month responder rates 76.5% vs 49.3% (back) and 72.9% vs 49.3% (leg).',
      basis: unverified('evidence.md §4.2 T07 tags the 24-month figures [unverified]', 'kapural-2016'),
    },
    {
      statement: 'A second randomised trial (De Andres 2017) found no significant difference from low-frequency SCS; the British Pain Society criticised extrapolation and industry funding.',
      basis: secondary(['de-andres-2017', 'nice-mtg41', 'bps-2017-mtg41'], 'As discussed by the MTG41 committee (evidence.md §4.6)'),
    },
  ],
  guidelines: [
    {
      body: 'NICE MTG41',
      jurisdiction: 'england',
      position: 'consider',
      statement:
        'Consider for residual chronic neuropathic back or leg pain (at least 50 mm on a 0-100 mm VAS) at least 6 months after back surgery despite conventional medical management, with a successful trial as part of MDT assessment; extra benefit over low-frequency SCS is less certain for other neuropathic pain.',
      basis: published('nice-mtg41'),
    },
  ],
  procedures: ['scs-trial-or-implant'],
  review: REVIEW_IMPLANT,
  thresholds: [
    { id: 'vas-mm-min', value: 50, unit: 'mm on a 0-100 mm VAS', description: 'MTG41: pain of at least 50 mm on a 0-100 mm VAS', basis: published('nice-mtg41') },
    { id: 'duration-months-min', value: 6, unit: 'months', description: 'MTG41: at least 6 months after back surgery', basis: published('nice-mtg41') },
    {
      id: 'trial-relief-percent-min',
      value: 50,
      unit: '% relief of the target pain',
      description: 'a successful trial: at least 50% relief in the target area',
      basis: secondary(['aneskey-scs-psych-selection', 'kapural-2015'], 'Common trial success definition; SENZA responder definition (evidence.md §5.4, §6.1)'),
    },
    NRS_TO_VAS_MM,
  ],
  fit: {
    goals: ['reduce-back-pain', 'reduce-leg-pain', 'walk-further'],
    conflicts: ['no-implanted-device', 'fear-of-needles'],
    basis: toolLogic('Aimed at back and leg pain; an implanted device'),
  },
  patient: {
    name: 'High-frequency spinal cord stimulator',
    what: 'A type of spinal cord stimulator that uses very fast, mild signals you do not feel as tingling. It is tried first for a short time before a final decision.',
    benefits: 'In one study, about 85 in 100 people had at least half their back pain gone at 3 months, compared with about 44 in 100 with an older type of stimulator.',
    risks: 'The same risks as any stimulator: a wire can move, an infection can occur, and more surgery on the device is sometimes needed. Not every study found it better than the older type.',
  },
  sources: ['nice-mtg41', 'kapural-2015', 'kapural-2016', 'de-andres-2017', 'bps-2017-mtg41'],
};

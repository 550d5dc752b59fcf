/** T06 Spinal cord stimulation, tonic (evidence.md §4.1, §4.2 T06, §4.5, §5). */
import { published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import {
  ANTITHROMBOTIC,
  BLEEDING_DISORDER,
  COGNITIVE,
  NRS_TO_VAS_MM,
  PREGNANCY_PROCEDURE,
  PSEUDOMENINGOCELE,
  PSYCHIATRIC,
  REVIEW_IMPLANT,
  SUBSTANCE_USE,
  SUSPECTED_INFECTION,
} from './shared.js';

export const spinalCordStimulation: Treatment = {
  id: 'spinal-cord-stimulation',
  code: 'T06',
  name: 'Spinal cord stimulation (SCS)',
  kind: 'neuromodulation',
  interventional: true,
  summary:
    'An implanted stimulator for chronic neuropathic (radicular) limb pain persisting at least 6 months after surgery when no surgically correctable lesion is found, after MDT assessment and a successful trial (at least 50% relief). NICE TA159 criteria are shown one by one; the eight psychosocial factors of Thomson 2020 are addressed first.',
  indications: [
    {
      description:
        'Chronic neuropathic pain of at least 50 mm on a 0-100 mm VAS for at least 6 months despite appropriate conventional medical management, after MDT assessment and a successful trial (NICE TA159)',
      causes: ['nerve-root-injury', 'epidural-fibrosis', 'arachnoiditis'],
      basis: published('nice-ta159', 'Recommendations 1.1 and 1.3 (exact wording in evidence.md §4.5)'),
    },
    {
      description: 'Predominant neuropathic leg pain without a condition needing surgery: neurostimulation appropriate (European panel)',
      basis: toolLogic('Abstract-level rule R-SEL-2 of evidence.md §5.2', 'tronnier-2019', 'thomson-2020'),
    },
  ],
  contraindications: [SUSPECTED_INFECTION, PSYCHIATRIC],
  cautions: [BLEEDING_DISORDER, COGNITIVE, SUBSTANCE_USE, PREGNANCY_PROCEDURE, PSEUDOMENINGOCELE, ANTITHROMBOTIC],
  evidence: [
    {
      statement:
        'PROCESS: 100 FBSS patients with predominant neuropathic leg pain; at 6 months 24 of 50 with SCS (48%) and 4 of 44 with medical management alone (9%) had at least 50% leg pain relief (p < 0.001); 34% vs 7% at 12 months.',
      comparison: {
        outcome: 'at least half of their leg pain relieved at 6 months',
        arms: [
          { label: 'spinal cord stimulation with medical management', events: 24, total: 50 },
          { label: 'medical management alone', events: 4, total: 44 },
        ],
      },
      basis: secondary(['kumar-2007', 'nice-ta159'], 'NICE TA159 and physiospot summaries of PROCESS (evidence.md §4.2 T06)'),
    },
    {
      statement: 'PROCESS: device complications in 27 SCS patients (32%) by 12 months; at 24 months 13 of 42 (31%) needed a device revision.',
      comparison: { outcome: 'needed a device revision by 24 months', arms: [{ label: 'spinal cord stimulation', events: 13, total: 42 }] },
      basis: secondary(['kumar-2007', 'kumar-2008'], 'evidence.md §4.2 T06'),
    },
    {
      statement:
        'North 2005: 50 patients selected for repeat surgery randomised to SCS or reoperation; success in 9 of 19 with SCS vs 3 of 26 after reoperation (p < 0.01); 5 of 24 crossed from SCS to surgery vs 14 of 26 from surgery to SCS.',
      comparison: {
        outcome: 'success at about 3 years (patients selected for repeat surgery)',
        arms: [
          { label: 'spinal cord stimulation', events: 9, total: 19 },
          { label: 'repeat operation', events: 3, total: 26 },
        ],
        caveat: 'small trial',
      },
      basis: published('north-2005'),
    },
    {
      statement:
        'Placebo-controlled evidence is negative or contested: burst SCS did not beat placebo stimulation in radicular pain after lumbar surgery (ODI change -10.6 vs -9.3, 50 patients, crossover; Hara 2022), and a Cochrane review judged that SCS probably has little or no sustained benefit over placebo for low back pain (Traeger 2023, contested for excluding pragmatic trials).',
      basis: published(['hara-2022', 'traeger-2023', 'pmc10391586-cochrane-scs-letter']),
    },
    {
      statement: 'Trials of stimulation: median success 72% in randomised trials; therapy success at 12 months 65% in randomised trials.',
      basis: published('shanthanna-2023b', 'Narrative review record (evidence.md §5.1)'),
    },
  ],
  guidelines: [
    {
      body: 'NICE TA159',
      jurisdiction: 'england',
      position: 'recommend',
      statement:
        'Recommended for adults with chronic pain of neuropathic origin who continue to have pain of at least 50 mm on a 0-100 mm VAS for at least 6 months despite appropriate conventional medical management, and who have had a successful trial of stimulation as part of an assessment by a multidisciplinary team.',
      basis: published('nice-ta159'),
    },
    {
      body: 'Thomson 2020 European consensus',
      jurisdiction: 'europe',
      position: 'conditional',
      statement:
        'Eight psychosocial factors bear on referral and selection (lack of engagement, dysfunctional coping, unrealistic expectations, inadequate daily activity level, problematic social support, secondary gain, psychological distress, unwillingness to reduce high-dose opioids): address them first.',
      basis: published('thomson-2020', 'Abstract (panel ratings not retrieved)'),
    },
    {
      body: 'NANS practice parameters',
      jurisdiction: 'united-states',
      position: 'conditional',
      statement: 'A psychological evaluation precedes a trial or implant; it identifies patients who need psychological treatment first rather than ruling them out.',
      basis: published('nans-practice-parameters'),
    },
  ],
  procedures: ['scs-trial-or-implant'],
  review: REVIEW_IMPLANT,
  thresholds: [
    { id: 'vas-mm-min', value: 50, unit: 'mm on a 0-100 mm VAS', description: 'TA159: pain of at least 50 mm on a 0-100 mm VAS', basis: published('nice-ta159') },
    { id: 'duration-months-min', value: 6, unit: 'months', description: 'TA159: pain for at least 6 months', basis: published('nice-ta159') },
    {
      id: 'trial-relief-percent-min',
      value: 50,
      unit: '% relief of the target pain',
      description: 'a successful trial: at least 50% relief in the target area',
      basis: secondary(['aneskey-scs-psych-selection', 'kumar-2007'], 'Most common trial success definition; PROCESS implant criterion (evidence.md §5.4)'),
    },
    NRS_TO_VAS_MM,
  ],
  fit: {
    goals: ['reduce-leg-pain', 'walk-further', 'reduce-medicines'],
    conflicts: ['no-implanted-device', 'fear-of-needles'],
    basis: toolLogic('Aimed at neuropathic limb pain; an implanted device placed through a needle or small operation'),
  },
  patient: {
    name: 'Spinal cord stimulator',
    what: 'Thin wires are placed near the spinal cord and linked to a small battery under the skin. It sends mild signals that change how pain is felt. You try it for a week or so before deciding.',
    benefits: 'In one large study, about 48 in 100 people with a stimulator had at least half their leg pain gone at 6 months, compared with about 9 in 100 with medicines and therapy alone.',
    risks: 'About 31 in 100 people needed another operation on the device within 2 years (a wire moving, infection, or battery trouble). Studies against a switched-off device show less benefit, so it does not help everyone.',
  },
  sources: ['nice-ta159', 'kumar-2007', 'kumar-2008', 'north-2005', 'hara-2022', 'traeger-2023', 'thomson-2020', 'nans-practice-parameters', 'shanthanna-2023b'],
};

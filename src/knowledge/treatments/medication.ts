/**
 * T02 Medication (evidence.md §4.2 T02, §4.3, §4.4, §4.7). The medication item is a review: which drug classes fit
 * the pain phenotype, with the NICE CG173 versus NG59 conflict shown side by side and the CDC 2022 opioid advice.
 */
import { published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { REVIEW_CONSERVATIVE } from './shared.js';

export const medication: Treatment = {
  id: 'medication',
  code: 'T02',
  name: 'Medication review',
  kind: 'medication',
  interventional: false,
  summary:
    'Nociceptive pain: an NSAID at the lowest effective dose for the shortest time, with GI, liver and cardio-renal assessment. Neuropathic pain: NICE CG173 offers amitriptyline, duloxetine, gabapentin or pregabalin, but NICE NG59 advises against gabapentinoids and other antiepileptics for sciatica: both shown, the clinician chooses. Opioids: not for chronic low back pain or chronic sciatica (NG59); nonopioid care preferred (CDC 2022).',
  indications: [
    {
      description: 'Nociceptive (mechanical) pain: an oral NSAID short term, lowest effective dose, with gastroprotection where needed',
      basis: secondary(['nice-ng59', 'nice-bites-93'], 'NG59 2016 drug recommendations (evidence.md §4.3)'),
    },
    {
      description: 'Neuropathic pain: amitriptyline, duloxetine, gabapentin or pregabalin (CG173), switching if not effective or not tolerated',
      causes: ['nerve-root-injury', 'epidural-fibrosis', 'arachnoiditis'],
      basis: published('nice-cg173', 'CG173 recommendations page (evidence.md §4.4)'),
    },
    {
      description: 'Opioids already prescribed: review benefit and harm, taper gradually where benefit does not outweigh risk (never abruptly)',
      basis: secondary('cdc-2022-opioids', 'CDC 2022 Rec 5 (evidence.md §4.7)'),
    },
  ],
  contraindications: [],
  cautions: [],
  evidence: [
    {
      statement: 'Evidence for medicines in FBSS is weak.',
      basis: published('amirdelfan-2017', 'Abstract'),
    },
    {
      statement: 'Anticonvulsants help neuropathic pain after surgery; opioids are rarely beneficial.',
      basis: published('pmc5913031-postsurgical-spine-review', 'Review (evidence.md §4.1)'),
    },
    {
      statement:
        'NICE NG59 (2020): gabapentinoids did not improve sciatica, oral corticosteroids did not improve pain or function, both raised long-term adverse events, and benzodiazepines did worse than placebo for pain.',
      basis: secondary('nice-ng59', 'Committee rationale (evidence.md §4.3)'),
    },
  ],
  guidelines: [
    {
      body: 'NICE CG173',
      jurisdiction: 'england',
      position: 'recommend',
      statement:
        'Neuropathic pain (non-specialist settings): offer a choice of amitriptyline, duloxetine, gabapentin or pregabalin; if not effective or not tolerated, offer one of the other three. Tramadol only for acute rescue.',
      basis: published('nice-cg173', 'evidence.md §4.4'),
    },
    {
      body: 'NICE NG59 (2020 update)',
      jurisdiction: 'england',
      position: 'do-not-offer',
      statement:
        'Sciatica: do not offer gabapentinoids, other antiepileptics, oral corticosteroids or benzodiazepines; do not offer opioids for chronic sciatica. If already taking them, explain the risks of continuing; if stopping, discuss withdrawal. NG59 defers neuropathic pain not related to sciatica to CG173.',
      basis: secondary('nice-ng59', 'Secondary copies of the 2020 wording (SPS, MIMS, Pharm J, iO, NECSU; evidence.md §4.3)'),
    },
    {
      body: 'NICE NG59 (2016)',
      jurisdiction: 'england',
      position: 'conditional',
      statement:
        'Low back pain: consider an oral NSAID at the lowest effective dose for the shortest time, assessing GI, liver and cardio-renal risk; do not offer paracetamol alone, opioids for chronic low back pain, SSRIs, SNRIs, tricyclics or anticonvulsants.',
      basis: secondary(['nice-ng59', 'nice-bites-93'], 'NICE Bites 93 (evidence.md §4.3; 2016 wording)'),
    },
    {
      body: 'CDC 2022',
      jurisdiction: 'united-states',
      position: 'conditional',
      statement:
        'Nonopioid therapies are preferred for subacute and chronic pain; start opioids only if the expected benefit for pain and function outweighs the risk, with agreed goals and an exit plan; for patients already on opioids, weigh benefit and risk before changing the dose and taper gradually rather than stopping abruptly.',
      basis: secondary('cdc-2022-opioids', 'Recs 2 and 5 as reproduced in the CDC/ASTP FHIR IG (evidence.md §4.7)'),
    },
  ],
  review: REVIEW_CONSERVATIVE,
  thresholds: [
    {
      id: 'opioid-review-weeks',
      value: 4,
      unit: 'weeks',
      description: 'evaluate benefit and harm within 1-4 weeks of starting opioids or increasing the dose (upper end used)',
      basis: secondary('cdc-2022-opioids', 'CDC 2022 Rec 7 (evidence.md §4.7)'),
    },
  ],
  fit: {
    goals: ['sleep-better', 'reduce-leg-pain', 'reduce-back-pain'],
    conflicts: ['prefers-non-drug-treatment'],
    basis: toolLogic('A review of medicines serves pain relief and sleep; it runs against a preference for non-drug treatment (the review may also reduce medicines)'),
  },
  patient: {
    name: 'Review of your pain medicines',
    what: 'Your doctor looks at all the medicines you take for pain. Some may help a certain kind of pain. Some may be doing more harm than good and can be reduced slowly.',
    benefits: 'The right medicine can take the edge off pain and help you sleep and move. Cutting down medicines that do not help can make you feel clearer and safer.',
    risks: 'Pain medicines can cause side effects such as sleepiness, dizziness, stomach problems or dependence. Some must not be stopped suddenly. Never change a dose on your own.',
  },
  sources: ['nice-cg173', 'nice-ng59', 'nice-bites-93', 'cdc-2022-opioids', 'amirdelfan-2017', 'pmc5913031-postsurgical-spine-review'],
};

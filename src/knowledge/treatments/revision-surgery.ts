/**
 * T12 Revision surgery (evidence.md §4.2 T12; §5.2 R-SEL-1; §7.2 item 7). Only for a confirmed, concordant, correctable
 * lesion: a test result showing the lesion at the level and side of the symptoms. Scar alone is not an indication.
 * The reoperation prognosis falls with every previous operation (Waddell 1979; NORspine 2023).
 */
import { computed, published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { REVIEW_SURGERY } from './shared.js';

/** NORspine 2023: share reaching an acceptable symptom state (ODI <= 22), and odds of not reaching it, by previous operations. */
const PASS_NOTE =
  'Applies the published odds ratio of not reaching PASS to the 66% PASS rate of first operations (odds 34/66 x OR); the odds ratios may be adjusted, so the result is approximate (it reproduces the published 22% for four or more)';

export const revisionSurgery: Treatment = {
  id: 'revision-surgery',
  code: 'T12',
  name: 'Surgical review for revision surgery',
  kind: 'surgery',
  interventional: true,
  summary:
    'Re-decompression, repeat discectomy, fusion or extension, pseudarthrosis repair, hardware revision or dural repair for a confirmed, concordant, correctable lesion. Each earlier operation lowers the chance of a good result; scar alone is not an indication.',
  indications: [
    {
      description:
        'A discrete, correctable lesion concordant with the symptoms: recurrent disc herniation, residual or recurrent stenosis, instability, symptomatic pseudarthrosis, malpositioned hardware, symptomatic pseudomeningocele',
      causes: [
        'recurrent-disc-herniation',
        'incomplete-decompression',
        'adjacent-segment-disease',
        'instability',
        'pseudarthrosis',
        'malpositioned-hardware',
        'pseudomeningocele',
      ],
      basis: toolLogic('evidence.md §4.2 T12 and §5.2 R-SEL-1 (Tronnier 2019 panel: reoperation may be considered for recurrent disc, stenosis or instability)', 'tronnier-2019', 'phillips-2002'),
    },
    {
      description: 'Emergencies (cauda equina syndrome, abscess, progressive deficit, hardware failure): handled by the red-flag actions, not by this plan',
      basis: toolLogic('evidence.md §4.2 T12 indications (RF01-RF05)'),
    },
  ],
  contraindications: [],
  cautions: [
    {
      id: 'pregnancy',
      description: 'Pregnant: elective spinal surgery is deferred unless the surgical team decides otherwise',
      pregnant: true,
      effect: 'defer',
      basis: toolLogic('No source in evidence.md covers elective revision in pregnancy; deferral is the cautious default'),
    },
    {
      id: 'bleeding-disorder',
      description: 'Bleeding disorder: the surgical team plans the perioperative management with haematology',
      comorbiditiesAny: ['bleeding-disorder'],
      effect: 'note',
      basis: toolLogic('Open surgery is outside the interventional pain anticoagulation guideline (evidence.md §4.8)', 'narouze-2018'),
    },
  ],
  evidence: [
    {
      statement:
        'NORspine 2023 (26,723 lumbar operations): an acceptable symptom state (ODI 22 or less) was reached by 66.0% with no previous operation and 22.0% after four or more; the odds of not reaching it were 2.1, 2.6, 4.4 and 6.9 times higher after 1, 2, 3 and 4 or more previous operations.',
      comparison: {
        outcome: 'reached an acceptable symptom state (ODI 22 or less) at 12 months',
        arms: [
          { label: 'first lumbar operation', percent: 66 },
          { label: 'after four or more previous operations', percent: 22 },
        ],
      },
      basis: published('norspine-2023'),
    },
    {
      statement:
        'Waddell 1979 (103 compensation patients): 40% of second operations were successful; later operations did progressively worse, with more patients worse than better. Better results when the previous operation gave more than 6 months of relief, sciatica outweighed back pain, or a definite recurrent disc was found; scarring or neurolysis, previous infection, pseudarthrosis repair and adverse psychological factors predicted failure.',
      comparison: { outcome: 'second operation successful', arms: [{ label: 'second operation', percent: 40 }], caveat: 'compensation patients, 1979' },
      basis: published('waddell-1979'),
    },
    {
      statement: 'Repeat discectomy for a definite recurrence gives results close to the first operation: 72% recovery (Mattar 2012); 70.6-89% good or excellent in 7 of 9 series (Drazin 2016).',
      basis: published(['mattar-2012', 'drazin-2016']),
    },
    {
      statement: 'In patients selected for repeat surgery, SCS succeeded in 9 of 19 and reoperation in 3 of 26 (North 2005); the reoperation arm needed more opioid escalation.',
      comparison: {
        outcome: 'success at about 3 years (patients selected for repeat surgery)',
        arms: [
          { label: 'repeat operation', events: 3, total: 26 },
          { label: 'spinal cord stimulation', events: 9, total: 19 },
        ],
        caveat: 'small trial',
      },
      basis: published('north-2005'),
    },
    {
      statement: 'Without a profound or progressive deficit, chronic pain after surgery should be treated without an operation; decompression only for well-defined discrete pathology.',
      basis: published('phillips-2002'),
    },
  ],
  guidelines: [
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'consider',
      statement: 'Consider spinal decompression for sciatica when non-surgical treatment has not improved pain or function and imaging is consistent with the symptoms.',
      basis: secondary('nice-ng59', 'evidence.md §4.3'),
    },
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'do-not-offer',
      statement: 'Do not offer spinal fusion for low back pain except within a randomised controlled trial; do not offer disc replacement.',
      basis: secondary('nice-ng59', 'evidence.md §4.3'),
    },
    {
      body: 'Tronnier 2019 European panel',
      jurisdiction: 'europe',
      position: 'conditional',
      statement: 'Re-operation may be considered for recurrent disc herniation, spinal or foraminal stenosis, or instability.',
      basis: published('tronnier-2019', 'Abstract'),
    },
  ],
  procedures: ['open-spinal-surgery'],
  review: REVIEW_SURGERY,
  thresholds: [
    { id: 'norspine-pass-first', value: 66, unit: '% reaching ODI <= 22', description: 'NORspine 2023: acceptable symptom state after a first lumbar operation', basis: published('norspine-2023') },
    { id: 'norspine-or-1', value: 2.1, unit: 'odds ratio', description: 'NORspine 2023: odds of not reaching the acceptable state, 1 previous operation', basis: published('norspine-2023') },
    { id: 'norspine-or-2', value: 2.6, unit: 'odds ratio', description: 'NORspine 2023: 2 previous operations', basis: published('norspine-2023') },
    { id: 'norspine-or-3', value: 4.4, unit: 'odds ratio', description: 'NORspine 2023: 3 previous operations', basis: published('norspine-2023') },
    { id: 'norspine-or-4', value: 6.9, unit: 'odds ratio', description: 'NORspine 2023: 4 or more previous operations', basis: published('norspine-2023') },
    { id: 'norspine-pass-1', value: 48, unit: '% reaching ODI <= 22 (approximate)', description: 'about 48 of 100 after 1 previous operation', basis: computed(PASS_NOTE, 'norspine-2023') },
    { id: 'norspine-pass-2', value: 43, unit: '% reaching ODI <= 22 (approximate)', description: 'about 43 of 100 after 2 previous operations', basis: computed(PASS_NOTE, 'norspine-2023') },
    { id: 'norspine-pass-3', value: 31, unit: '% reaching ODI <= 22 (approximate)', description: 'about 31 of 100 after 3 previous operations', basis: computed(PASS_NOTE, 'norspine-2023') },
    { id: 'norspine-pass-4', value: 22, unit: '% reaching ODI <= 22', description: 'NORspine 2023: 22 of 100 after 4 or more previous operations', basis: published('norspine-2023') },
    { id: 'waddell-second-success', value: 40, unit: '% successful', description: 'Waddell 1979: 40% of second operations successful', basis: published('waddell-1979') },
  ],
  lesions: [
    {
      cause: 'recurrent-disc-herniation',
      findings: ['non-enhancing-disc-fragment-on-gadolinium-mri', 'neural-compression-at-operated-level-on-imaging'],
      concordance: 'radicular',
      basis: toolLogic('evidence.md C05: a non-enhancing fragment on gadolinium MRI compressing the root of the symptoms (Hueftle 1988)', 'hueftle-1988'),
    },
    {
      cause: 'incomplete-decompression',
      findings: ['neural-compression-at-operated-level-on-imaging', 'foraminal-stenosis-on-imaging'],
      concordance: 'radicular',
      basis: toolLogic('evidence.md C09: residual or recurrent compression at the operated level or foramen, concordant with the symptoms'),
    },
    {
      cause: 'adjacent-segment-disease',
      findings: ['adjacent-level-stenosis-or-herniation-on-imaging'],
      concordance: 'radicular',
      basis: toolLogic('evidence.md C06: decompression with or without extension of the fusion when concordant'),
    },
    {
      cause: 'malpositioned-hardware',
      findings: ['screw-or-cage-breach-on-imaging'],
      concordance: 'radicular',
      basis: toolLogic('evidence.md C08: a breach counts when it is at the symptomatic root (Mallepally 2024)', 'mallepally-2024'),
    },
    {
      cause: 'instability',
      findings: ['abnormal-motion-on-flexion-extension', 'slip-progression-on-radiographs'],
      concordance: 'segmental',
      basis: toolLogic('evidence.md C13: fusion if concordant instability (numeric instability thresholds unverified)'),
    },
    {
      cause: 'pseudarthrosis',
      findings: ['absent-bridging-bone-on-ct', 'implant-fracture-or-disconnection'],
      concordance: 'segmental',
      basis: toolLogic('evidence.md C07: revision fusion for symptomatic non-union at the fused segment'),
    },
    {
      cause: 'pseudomeningocele',
      findings: ['csf-collection-on-imaging'],
      concordance: 'segmental',
      basis: toolLogic('evidence.md C15: surgery for fistula, infection, persistent intracranial hypotension or pain'),
    },
  ],
  fit: { goals: ['reduce-leg-pain'], conflicts: ['avoid-further-surgery'], basis: toolLogic('Another spinal operation; best results for leg pain from a compressed nerve (Waddell 1979)') },
  patient: {
    name: 'Another spine operation',
    what: 'A spine surgeon checks whether a problem that surgery can fix, such as a new disc bulge pressing on a nerve, matches your symptoms on the scans.',
    benefits: 'When a clear problem matches your symptoms, a repeat operation can help, most of all for leg pain. Repeat disc surgery for a clear new disc bulge often works about as well as the first time.',
    risks: 'Each extra operation has a lower chance of a good result. After a first operation, about 66 in 100 people reach an acceptable level of pain and function; after four or more operations, about 22 in 100 do.',
  },
  sources: ['waddell-1979', 'norspine-2023', 'north-2005', 'mattar-2012', 'drazin-2016', 'phillips-2002', 'tronnier-2019', 'nice-ng59'],
};

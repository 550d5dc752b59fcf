/** T05 Radiofrequency denervation (facet medial branch; SIJ lateral branch) (evidence.md §4.2 T05, §4.3). */
import { published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { ANTITHROMBOTIC, BLEEDING_DISORDER, NRS_TO_VAS_MM, PREGNANCY_PROCEDURE, PSEUDOMENINGOCELE, REVIEW_PROCEDURE, SUSPECTED_INFECTION } from './shared.js';

export const radiofrequencyDenervation: Treatment = {
  id: 'radiofrequency-denervation',
  code: 'T05',
  name: 'Radiofrequency denervation (facet medial branches; sacroiliac lateral branches)',
  kind: 'ablation',
  interventional: true,
  summary:
    'Heat lesioning of the nerves to a painful facet or sacroiliac joint, only after positive diagnostic blocks. NICE NG59 criteria for the facet: non-surgical treatment has not worked, the main source is thought to be medial-branch-innervated, moderate or severe localised back pain (>= 5 on a VAS), and a positive diagnostic medial branch block.',
  indications: [
    {
      description: 'Facet joint pain confirmed by comparative (dual) medial branch blocks, meeting the NG59 referral criteria',
      causes: ['facet-joint-pain'],
      basis: secondary('nice-ng59', 'NG59 RFD criteria and the MBB prerequisite (evidence.md §4.3)'),
    },
    {
      description: 'Sacroiliac joint pain confirmed by sacroiliac joint blocks (lateral branch radiofrequency)',
      causes: ['sacroiliac-joint-pain'],
      basis: published('falowski-2020', 'SIJ algorithm: physiotherapy, SIJ injection, lateral branch RF, fusion for refractory cases (evidence.md C04)'),
    },
  ],
  contraindications: [SUSPECTED_INFECTION],
  cautions: [PSEUDOMENINGOCELE, BLEEDING_DISORDER, ANTITHROMBOTIC, PREGNANCY_PROCEDURE],
  evidence: [
    {
      statement:
        'FBSS, 70 patients with a prior positive block (retrospective): radiofrequency and revision surgery did not differ at 12 months (back VAS 5.1 to 4.7 after RF vs 5.5 to 4.2 after revision; ODI 70 to 36 in both).',
      basis: published('park-2021'),
    },
  ],
  guidelines: [
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'consider',
      statement:
        'Consider referral for assessment for radiofrequency denervation for chronic low back pain when non-surgical treatment has not worked, the main source of pain is thought to be structures supplied by the medial branch nerve, and there is moderate or severe localised back pain (>= 5 on a VAS or equivalent); perform it only after a positive diagnostic medial branch block.',
      basis: secondary('nice-ng59', 'guideline-genius and ICB policy pages (evidence.md §4.3)'),
    },
  ],
  procedures: ['lumbar-medial-branch-block-or-rfa', 'cervical-medial-branch-block-or-rfa', 'sacral-lateral-branch-rfa'],
  review: REVIEW_PROCEDURE,
  thresholds: [
    {
      id: 'vas-min',
      value: 5,
      unit: 'VAS 0-10',
      description: 'moderate or severe localised back pain: at least 5 on a visual analogue scale or equivalent',
      basis: secondary('nice-ng59', 'NG59 RFD criterion (c) (evidence.md §4.3)'),
    },
    NRS_TO_VAS_MM,
  ],
  fit: { goals: ['reduce-back-pain', 'stay-active'], conflicts: ['fear-of-needles'], basis: toolLogic('Aimed at localised back pain; a needle procedure') },
  patient: {
    name: 'Heat treatment of small back nerves (radiofrequency)',
    what: 'If test injections showed that a small joint in your back causes the pain, a doctor can use a needle with a warm tip to switch off the tiny nerves to that joint.',
    benefits: 'It can ease back pain for months. The nerves slowly grow back, so it may need to be repeated.',
    risks: 'Soreness or a burning feeling for a few weeks, and rarely numbness, bleeding or infection. It does not help leg pain from a trapped nerve.',
  },
  sources: ['nice-ng59', 'park-2021', 'falowski-2020'],
};

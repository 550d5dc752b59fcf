/** T04 Diagnostic and therapeutic nerve blocks (evidence.md §4.2 T04; tests D08-D11). */
import { published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { ANTITHROMBOTIC, BLEEDING_DISORDER, PREGNANCY_PROCEDURE, PSEUDOMENINGOCELE, SUSPECTED_INFECTION } from './shared.js';

export const diagnosticBlocks: Treatment = {
  id: 'diagnostic-blocks',
  code: 'T04',
  name: 'Diagnostic nerve blocks (medial branch, sacroiliac joint, nerve root, cluneal nerve)',
  kind: 'diagnostic-block',
  interventional: true,
  summary:
    'Local anaesthetic blocks that identify the pain generator before a targeted treatment: comparative (two) medial branch blocks before facet radiofrequency denervation, sacroiliac joint blocks, selective nerve root blocks when several levels are abnormal, cluneal nerve blocks. Short-term relief only.',
  indications: [
    { description: 'Suspected facet joint pain: two comparative medial branch blocks before radiofrequency denervation', causes: ['facet-joint-pain'], basis: secondary('nice-ng59', 'NG59: RFD only after a positive diagnostic medial branch block (evidence.md §4.3)') },
    { description: 'Suspected sacroiliac joint pain: intra-articular block, ideally with a control block', causes: ['sacroiliac-joint-pain'], basis: published('scirp-2015-sij-blocks') },
    { description: 'Suspected cluneal nerve entrapment: cluneal nerve block', causes: ['cluneal-nerve-entrapment'], basis: published('isu-2018') },
    { description: 'Several abnormal levels on imaging: selective nerve root block to find the symptomatic level', causes: ['incomplete-decompression'], basis: toolLogic('evidence.md §2.4 D10') },
  ],
  contraindications: [SUSPECTED_INFECTION],
  cautions: [PSEUDOMENINGOCELE, BLEEDING_DISORDER, ANTITHROMBOTIC, PREGNANCY_PROCEDURE],
  evidence: [
    {
      statement:
        'A single uncontrolled medial branch block has a false-positive rate of 38%: of 100 people with a positive first block, about 31 had facet pain confirmed by a second block (176 non-operated patients).',
      comparison: { outcome: 'facet pain confirmed after a positive single block', arms: [{ label: 'positive single block', percent: 31 }] },
      basis: published('schwarzer-1994'),
    },
    {
      statement: 'Sacroiliac joint: of 271 people with a positive first block who had a second block, 87.5% were confirmed (over 80% relief criterion).',
      comparison: { outcome: 'SIJ pain confirmed by a control block after a positive first block', arms: [{ label: 'positive first block', percent: 87.5 }] },
      basis: published('scirp-2015-sij-blocks'),
    },
    {
      statement: 'Previous back surgery trended toward more false-positive medial branch blocks.',
      basis: published('cohen-2004'),
    },
  ],
  guidelines: [
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'recommend',
      statement: 'Perform radiofrequency denervation only after a positive response to a diagnostic medial branch block.',
      basis: secondary('nice-ng59', 'evidence.md §4.3'),
    },
  ],
  procedures: [
    'lumbar-medial-branch-block-or-rfa',
    'cervical-medial-branch-block-or-rfa',
    'sij-injection',
    'selective-nerve-root-block',
    'peripheral-nerve-block',
  ],
  fit: { goals: [], conflicts: ['fear-of-needles'], basis: toolLogic('Needle procedures; they guide treatment rather than serve a goal directly') },
  patient: {
    name: 'Test injections (nerve blocks)',
    what: 'A doctor numbs a small nerve or joint with a needle guided by X-ray. If your usual pain goes away for a few hours, that spot is likely the source.',
    benefits: 'It shows which treatment may work, for example a heat treatment of the small nerves. Two blocks on different days make the answer more reliable.',
    risks: 'Soreness where the needle went in, and rarely bleeding or infection. The relief lasts only hours; it is a test, not a cure.',
  },
  sources: ['schwarzer-1994', 'scirp-2015-sij-blocks', 'cohen-2004', 'isu-2018', 'nice-ng59'],
};

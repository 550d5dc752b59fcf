/** T03 Epidural steroid injection (evidence.md §4.2 T03, §4.3, §4.8). */
import { published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { ANTITHROMBOTIC, BLEEDING_DISORDER, PREGNANCY_PROCEDURE, PSEUDOMENINGOCELE, REVIEW_PROCEDURE, SUSPECTED_INFECTION } from './shared.js';

export const epiduralSteroidInjection: Treatment = {
  id: 'epidural-steroid-injection',
  code: 'T03',
  name: 'Epidural injection of local anaesthetic and steroid',
  kind: 'injection',
  interventional: true,
  summary:
    'Interlaminar, transforaminal or caudal epidural local anaesthetic and steroid for acute and severe radicular (sciatic) pain; not for chronic low back pain or neurogenic claudication with central stenosis (NICE NG59).',
  indications: [
    {
      description: 'Acute and severe radicular pain, including a recurrent radiculopathy',
      causes: ['recurrent-disc-herniation', 'incomplete-decompression', 'adjacent-segment-disease'],
      basis: secondary('nice-ng59', 'NG59: consider epidural local anaesthetic and steroid for acute and severe sciatica (evidence.md §4.3)'),
    },
  ],
  contraindications: [SUSPECTED_INFECTION],
  cautions: [PSEUDOMENINGOCELE, BLEEDING_DISORDER, ANTITHROMBOTIC, PREGNANCY_PROCEDURE],
  evidence: [
    {
      statement:
        'In post-surgery syndrome, caudal epidural injections gave at least 50% improvement in pain and function at 2 years in only 5% of patients, against 82% with adhesiolysis (randomised, 120 patients).',
      comparison: {
        outcome: 'at least 50% better pain and function at 2 years (post-surgery syndrome)',
        arms: [
          { label: 'caudal epidural injection', percent: 5 },
          { label: 'percutaneous adhesiolysis', percent: 82 },
        ],
      },
      basis: published('manchikanti-2012'),
    },
  ],
  guidelines: [
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'consider',
      statement: 'Consider epidural injections of local anaesthetic and steroid for people with acute and severe sciatica.',
      basis: secondary('nice-ng59', 'guideline-genius summary, AoMRC and ICB policy pages (evidence.md §4.3)'),
    },
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'do-not-offer',
      statement: 'Do not offer spinal injections for low back pain; epidural steroid injections are not offered for chronic low back pain or for neurogenic claudication with central spinal canal stenosis.',
      basis: secondary('nice-ng59', 'evidence.md §4.3'),
    },
  ],
  procedures: ['epidural-steroid-injection'],
  review: REVIEW_PROCEDURE,
  thresholds: [
    {
      id: 'acute-months',
      value: 3,
      unit: 'months',
      description: 'radicular pain of less than 3 months is read as "acute" for the NG59 epidural criterion',
      basis: toolLogic('NG59 does not define "acute" in the retrieved text; SpinePath uses the ICD-11 chronic pain boundary (3 months, Schug 2019)', 'schug-2019', 'nice-ng59'),
    },
    {
      id: 'severe-nrs',
      value: 7,
      unit: 'NRS 0-10',
      description: 'leg (or arm) pain of 7 or more on the NRS is read as "severe" for the NG59 epidural criterion',
      basis: {
        kind: 'expert-estimate',
        refs: [],
        note: 'NG59 does not define "severe" in the retrieved text; 7-10 is the usual "severe" band of the 0-10 scale',
      },
    },
  ],
  fit: {
    goals: ['reduce-leg-pain'],
    conflicts: ['fear-of-needles'],
    basis: toolLogic('Aimed at leg pain; a needle procedure'),
  },
  patient: {
    name: 'Steroid injection near the nerve (epidural)',
    what: 'A doctor uses an X-ray to guide a needle close to the nerve and injects numbing medicine and a steroid to calm the swelling.',
    benefits: 'It can ease bad leg pain for a while, which can help you move and do your exercises. It works best for new, severe leg pain.',
    risks: 'Pain at the needle site, a short rise in pain, and rarely infection, bleeding or a headache. After back surgery the relief is often small or short.',
  },
  sources: ['nice-ng59', 'manchikanti-2012', 'narouze-2018'],
};

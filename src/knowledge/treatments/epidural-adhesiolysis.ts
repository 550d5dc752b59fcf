/** T09 Percutaneous epidural adhesiolysis (Racz) (evidence.md §4.2 T09). */
import { published, toolLogic, unverified } from '../basis.js';
import type { Treatment } from '../schema.js';
import { ANTITHROMBOTIC, BLEEDING_DISORDER, PREGNANCY_PROCEDURE, PSEUDOMENINGOCELE, REVIEW_PROCEDURE, SUSPECTED_INFECTION } from './shared.js';

export const epiduralAdhesiolysis: Treatment = {
  id: 'epidural-adhesiolysis',
  code: 'T09',
  name: 'Percutaneous epidural adhesiolysis',
  kind: 'injection',
  interventional: true,
  summary:
    'A catheter in the epidural space delivers hypertonic saline, local anaesthetic and steroid around scar tissue, for radicular pain with epidural fibrosis after conservative care and epidural injections have failed. No NICE guidance found.',
  indications: [
    {
      description: 'Radicular pain with epidural fibrosis after failed conservative care and epidural injections',
      causes: ['epidural-fibrosis'],
      basis: published('manchikanti-2012', 'evidence.md §4.2 T09'),
    },
  ],
  contraindications: [SUSPECTED_INFECTION],
  cautions: [
    BLEEDING_DISORDER,
    PSEUDOMENINGOCELE,
    ANTITHROMBOTIC,
    PREGNANCY_PROCEDURE,
    {
      id: 'dural-tear-risk',
      description: 'A catheter in scarred epidural space can tear the dura; more so after a dural tear at surgery',
      findingsAny: ['dural-tear-at-surgery'],
      effect: 'note',
      basis: unverified('evidence.md §4.2 T09: "dural tear risk [unverified]"'),
    },
  ],
  evidence: [
    {
      statement:
        'Randomised trial, 120 post-surgery patients, 2 years: at least 50% better pain and function in 82% after adhesiolysis (mean 6.4 procedures) vs 5% after caudal epidural injections.',
      comparison: {
        outcome: 'at least 50% better pain and function at 2 years',
        arms: [
          { label: 'adhesiolysis', percent: 82 },
          { label: 'caudal epidural injection', percent: 5 },
        ],
        caveat: 'one centre; several procedures per patient',
      },
      basis: published('manchikanti-2012'),
    },
    {
      statement: 'A systematic review found three high-quality randomised trials; a review of FBSS treatments graded the evidence for adhesiolysis as strong.',
      basis: published(['manchikanti-2016', 'amirdelfan-2017']),
    },
    {
      statement: '60 FBSS patients: 1-day and 3-day protocols succeeded in 76.7% and 83.3% at 12 weeks (no significant difference).',
      basis: published('hossieni-2017'),
    },
  ],
  guidelines: [
    {
      body: 'NICE',
      jurisdiction: 'england',
      position: 'not-covered',
      statement: 'No NICE guidance on epidural adhesiolysis was found in the research for SpinePath.',
      basis: toolLogic('evidence.md §4.2 T09: none found in NICE'),
    },
  ],
  procedures: ['epidural-adhesiolysis'],
  review: REVIEW_PROCEDURE,
  fit: { goals: ['reduce-leg-pain'], conflicts: ['fear-of-needles'], basis: toolLogic('Aimed at radicular leg pain; a catheter procedure') },
  patient: {
    name: 'Scar-loosening treatment in the spine (adhesiolysis)',
    what: 'A thin tube is passed into the space around the nerves. Medicines are given through it to loosen scar tissue around a trapped nerve. It is often repeated.',
    benefits: 'In one study after back surgery, about 82 in 100 people were much better after 2 years, compared with about 5 in 100 after a simple epidural injection.',
    risks: 'Headache from a leak of spinal fluid, infection, bleeding and nerve irritation can happen. Evidence comes mainly from one research group.',
  },
  sources: ['manchikanti-2012', 'manchikanti-2016', 'hossieni-2017', 'amirdelfan-2017'],
};

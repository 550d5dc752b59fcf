/** T14 Peripheral nerve release (superior / middle cluneal nerves) (evidence.md §4.2 T14, C20). */
import { published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { REVIEW_SURGERY } from './shared.js';

export const clunealNerveRelease: Treatment = {
  id: 'cluneal-nerve-release',
  code: 'T14',
  name: 'Surgical release of the cluneal nerves',
  kind: 'surgery',
  interventional: true,
  summary:
    'For confirmed superior or middle cluneal nerve entrapment (positive cluneal nerve block): repeat blocks first, then surgical neurolysis. Small series only.',
  indications: [
    {
      description: 'Cluneal nerve entrapment confirmed by a positive cluneal nerve block, after repeat blocks',
      causes: ['cluneal-nerve-entrapment'],
      basis: published('isu-2018', 'evidence.md C20 management: repeat blocks; surgical neurolysis'),
    },
  ],
  contraindications: [],
  cautions: [],
  evidence: [
    {
      statement: 'Eight patients with superior cluneal nerve entrapment after lumbar fusion improved after release.',
      basis: published('iwamoto-scn-after-fusion'),
    },
    {
      statement: 'Surgical neurolysis succeeded in 80% of 30 patients (Strong & Davila 1957, as cited by Isu 2018).',
      comparison: { outcome: 'successful release', arms: [{ label: 'cluneal nerve release', percent: 80 }], caveat: 'old series of 30 patients, cited in a review' },
      basis: secondary('strong-1957', 'As cited by Isu 2018'),
    },
  ],
  guidelines: [
    {
      body: 'NICE',
      jurisdiction: 'england',
      position: 'not-covered',
      statement: 'No guideline position on cluneal nerve release was found in the research for SpinePath.',
      basis: toolLogic('evidence.md §4.2 T14: no guideline position'),
    },
  ],
  procedures: ['cluneal-nerve-release'],
  review: REVIEW_SURGERY,
  fit: { goals: ['reduce-back-pain'], conflicts: ['avoid-further-surgery'], basis: toolLogic('A small operation at the iliac crest') },
  patient: {
    name: 'Freeing a trapped skin nerve over the hip bone (cluneal nerve release)',
    what: 'If a numbing injection at the top of the hip bone takes your pain away, a trapped skin nerve there may be the cause. A small operation can free it.',
    benefits: 'In small studies, most people (about 80 in 100 in one old study) felt better after the nerve was freed.',
    risks: 'It is an operation, with a small risk of infection, numbness and a scar. The studies are small.',
  },
  sources: ['isu-2018', 'iwamoto-scn-after-fusion', 'strong-1957'],
};

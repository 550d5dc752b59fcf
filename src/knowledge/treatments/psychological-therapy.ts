/** T11 Psychological therapy: CBT-informed combined physical and psychological programme (evidence.md §4.2 T11, §4.3). */
import { published, secondary, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { REVIEW_CONSERVATIVE } from './shared.js';

export const psychologicalTherapy: Treatment = {
  id: 'psychological-therapy',
  code: 'T11',
  name: 'Combined physical and psychological programme (CBT approach, pain management programme)',
  kind: 'psychological',
  interventional: false,
  summary:
    'A combined physical and psychological programme with a cognitive behavioural approach, preferably in groups: for persistent pain with significant psychosocial obstacles, a nociplastic picture, or when earlier treatments have not worked.',
  indications: [
    {
      description: 'Psychosocial obstacles (yellow flags, the C18 findings) or earlier treatments that have not worked',
      basis: secondary('nice-ng59', 'NG59: consider a combined physical and psychological programme for persistent LBP or sciatica with significant psychosocial obstacles or when previous treatments have failed (evidence.md §4.3)'),
    },
    {
      description: 'Nociplastic pain (central sensitisation): pain neuroscience education, graded activity, CBT/ACT',
      causes: ['nociplastic-pain'],
      basis: toolLogic('evidence.md C17 management line and §7.2 branch D', 'nice-ng59'),
    },
    {
      description: 'All chronic PSPS-T2 (consider for everyone as part of multidisciplinary care)',
      basis: toolLogic('evidence.md §4.2 T11 indications; §4.1 multidisciplinary approach', 'pmc5913031-postsurgical-spine-review'),
    },
  ],
  contraindications: [],
  cautions: [],
  evidence: [
    {
      statement: 'Evidence for behavioural therapy in PSPS-T2 is low quality.',
      basis: published('van-de-minkelis-2024', 'Abstract'),
    },
    {
      statement: 'A multidisciplinary approach is advised for patients unlikely to benefit from more surgery.',
      basis: published('pmc5913031-postsurgical-spine-review', 'Review (evidence.md §4.1)'),
    },
  ],
  guidelines: [
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'consider',
      statement:
        'Consider a combined physical and psychological programme, with a cognitive behavioural approach and preferably in a group, for persistent low back pain or sciatica with significant psychosocial obstacles or when previous treatments have not been effective.',
      basis: secondary('nice-ng59', 'evidence.md §4.2 T11 and §4.3'),
    },
    {
      body: 'Thomson 2020 European consensus',
      jurisdiction: 'europe',
      position: 'conditional',
      statement: 'Before SCS, address the psychosocial factors first (psychology, opioid reduction, expectation setting).',
      basis: toolLogic('Abstract-level rule R-SEL-4 of evidence.md §5.2', 'thomson-2020'),
    },
  ],
  review: REVIEW_CONSERVATIVE,
  fit: {
    goals: ['return-to-work', 'sleep-better', 'stay-active', 'reduce-medicines'],
    conflicts: [],
    basis: toolLogic('Goals a pain management programme works towards; no preference in the list runs against it'),
  },
  patient: {
    name: 'Pain management programme (body and mind)',
    what: 'A team helps you deal with pain in daily life. You learn about pain, pacing, sleep and stress, and you build up activity. It is often done in a small group.',
    benefits: 'It can lower the hold pain has on your life, even when the pain does not go away. It helps many people get back to work and the things they enjoy.',
    risks: 'It takes time and effort over several weeks. Some talks can bring up strong feelings. It involves no procedure and no medicine.',
  },
  sources: ['nice-ng59', 'van-de-minkelis-2024', 'pmc5913031-postsurgical-spine-review', 'thomson-2020'],
};

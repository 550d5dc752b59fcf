/**
 * Course findings (findings-matrix.md §4.1): how the pain behaved since the operation.
 *
 * The three course values never-improved-after-surgery, pain-free-interval-then-recurrence and new-different-pain
 * are one mutually exclusive group (findings-matrix.md §1 item 6); the other entries refine one of them and share
 * the capped `course` evidence group in the cause files.
 */
import { estimate, published, toolLogic } from '../basis.js';
import type { Finding } from '../schema.js';

export const courseFindings: Finding[] = [
  {
    id: 'never-improved-after-surgery',
    label: 'Never improved after surgery',
    definition:
      'At no time since the operation has the pain improved by 30% or more compared with before surgery (the IMMPACT ' +
      '"moderately important" change).',
    category: 'course',
    exclusiveWith: [
      'pain-free-interval-then-recurrence',
      'new-different-pain',
      'relief-lasted-6-months-or-more',
    ],
    basis: published('dworkin-2008', 'IMMPACT: a decrease of >= 30% is moderately important; used here to define "never improved"'),
  },
  {
    id: 'pain-free-interval-then-recurrence',
    label: 'Pain-free interval, then recurrence',
    definition:
      'After the operation the pain went away or improved by 50% or more for at least 4 weeks, and then the same kind ' +
      'of pain came back.',
    category: 'course',
    exclusiveWith: ['never-improved-after-surgery', 'new-different-pain'],
    basis: estimate('expert threshold: >= 50% improvement (or resolution) lasting >= 4 weeks before the pain returned'),
  },
  {
    id: 'relief-lasted-6-months-or-more',
    label: 'Relief lasted 6 months or more',
    definition:
      'Refines the pain-free interval: the relief after the operation lasted 6 months or longer before the pain returned.',
    category: 'course',
    exclusiveWith: ['never-improved-after-surgery'],
    basis: published('mattar-2012', 'Mattar 2012 defines a recurrent herniation by a pain-free interval of >= 6 months'),
  },
  {
    id: 'new-different-pain',
    label: 'New, different pain',
    definition:
      'Pain since the operation that is in a new place or of a new character, not like the pain the patient had ' +
      'before surgery.',
    category: 'course',
    exclusiveWith: [
      'never-improved-after-surgery',
      'pain-free-interval-then-recurrence',
      'pain-identical-to-preoperative-pain',
    ],
    basis: toolLogic('Vocabulary definition of the third course value (findings-matrix.md §1 item 6, §4.1)'),
  },
  {
    id: 'new-pain-immediately-after-surgery',
    label: 'New pain right after surgery',
    definition:
      'Pain unlike the pre-operative pain that was there on waking from the operation or began within the first days; ' +
      'a special case of new, different pain.',
    category: 'course',
    basis: toolLogic('Vocabulary definition; refinement of new-different-pain for the first post-operative days'),
  },
  {
    id: 'escalating-pain-after-initial-relief',
    label: 'Escalating pain after initial relief',
    definition:
      'Back (or neck) pain that got better early after surgery and then increased over the following days to weeks.',
    category: 'course',
    basis: toolLogic('Vocabulary definition of the infection hallmark in evidence.md C10 and RF03'),
  },
  {
    id: 'new-severe-pain-within-days',
    label: 'New severe pain within days',
    definition: 'New, severe spinal or radicular pain starting within hours to days after the operation.',
    category: 'course',
    basis: toolLogic('Vocabulary definition (epidural haematoma hallmark, evidence.md C22)'),
  },
  {
    id: 'pain-identical-to-preoperative-pain',
    label: 'Pain identical to before surgery',
    definition: 'The pain has the same site, spread and character as the pain before the operation.',
    category: 'course',
    exclusiveWith: ['new-different-pain'],
    basis: toolLogic('Vocabulary definition; refinement of never-improved-after-surgery (findings-matrix.md §1 item 6)'),
  },
];

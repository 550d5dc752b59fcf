/** C04 Sacroiliac joint pain (evidence.md §2.3 C04; findings-matrix.md §2, §3 C04). */
import { group, lr, priors } from '../authoring.js';
import { computed, estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const sacroiliacJointPain: Cause = {
  id: 'sacroiliac-joint-pain',
  code: 'C04',
  name: 'Sacroiliac joint pain',
  synonyms: ['SIJ pain', 'sacroiliac joint dysfunction', 'SI joint pain'],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['intermediate', 'late'],
    description: 'Months to years after surgery, especially after fusion to the sacrum (load transfer to the joint).',
  },
  hallmarks:
    'Pain below L5, focal over the posterior superior iliac spine, referring to the buttock and thigh and rarely ' +
    'above L5 (Scirp 2015: buttock 94%, thigh 48%); provocation tests reproduce the familiar pain.',
  correctableLesion: false,
  redFlags: [],
  requires: { notInRegions: ['cervical'] },
  priors: {
    discectomy: priors(
      [0.02, 0.05, 0.08, 0.1],
      estimate(
        'Lower than after fusion to the sacrum (PMC6905244); 18% of non-operated CLBP (DePalma 2011)',
        'pmc6905244-sij-review',
        'depalma-2011',
      ),
    ),
    decompression: priors(
      [0.02, 0.05, 0.08, 0.1],
      estimate(
        'As after discectomy (findings-matrix.md §2.1): lower than after fusion to the sacrum (PMC6905244); 18% of ' +
          'non-operated CLBP (DePalma 2011)',
        'pmc6905244-sij-review',
        'depalma-2011',
      ),
    ),
    fusion: priors(
      [0.03, 0.08, 0.15, 0.18],
      estimate(
        '~29% of FBSS, most likely after fusion to the sacrum (PMC6905244, secondary); record fusion-to-sacrum',
        'pmc6905244-sij-review',
      ),
    ),
    cervical: priors([0, 0, 0, 0], estimate('Not a cervical pain source: excluded')),
  },
  groups: [
    group('course', 'course'),
    group('sij-exam', 'history-exam'),
    group('sij-risk', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('sij-block', 'test-result'),
  ],
  likelihoodRatios: [
    lr('sij-provocation-cluster-positive', 4.2, 0.1, 'sij-exam',
      computed('Mean of LRs computed from Laslett 2005 (>= 3 of 6 tests: sens 0.94, spec 0.78; LR 4.3/0.08) and Laslett 2003 ' +
        '(secondary copy: sens 0.91, spec 0.78; LR 4.1/0.12); non-operated, criterion = SIJ block', 'laslett-2005a', 'laslett-2003')),
    lr('pain-below-l5-at-psis', 2.5, 0.3, 'sij-exam',
      estimate('SIJ pain rarely above L5; buttock 94%, thigh 48% (Scirp 2015 review)', 'scirp-2015-sij-blocks')),
    lr('pain-rising-from-sitting', 1.5, 0.7, 'sij-exam', estimate('Association in Young 2003', 'young-2003')),
    lr('centralization-on-repeated-movements', 0.6, 1.1, 'sij-exam',
      estimate('Cluster specificity rose to 0.87 when centralizers were excluded (Laslett 2003, secondary), so centralization ' +
        'points to disc', 'laslett-2003')),
    lr('fusion-to-sacrum', 2.0, 0.7, 'sij-risk',
      estimate('SIJ most likely source after lumbosacral fusion (PMC6905244)', 'pmc6905244-sij-review')),
    lr('new-different-pain', 2.0, undefined, 'course', estimate('New buttock pain after fusion (load transfer)')),
    lr('never-improved-after-surgery', 0.7, undefined, 'course',
      estimate('SIJ pain usually begins months after surgery (evidence.md C04), so pain unchanged from the start points weakly elsewhere')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('positive-single-sij-block', 4.0, undefined, 'sij-block',
      estimate('Anchored on Scirp 2015 (87.5% of first-block positives confirmed: LR+ ~5.5 if first-block sensitivity ~1) and ' +
        'higher false-positive rates (11-63%) quoted elsewhere', 'scirp-2015-sij-blocks')),
    lr('positive-dual-sij-blocks', 10, undefined, 'sij-block', estimate('Reference standard, so no LR is measurable')),
    lr('negative-sij-block', 0.1, undefined, 'sij-block',
      estimate('The intra-articular block is the diagnostic test (evidence.md C04, D09); no accuracy for a negative block retrieved')),
  ],
  management:
    'Physiotherapy, intra-articular steroid injection, lateral branch radiofrequency denervation, and sacroiliac joint ' +
    'fusion for refractory pain (Falowski 2020 algorithm).',
  sources: ['scirp-2015-sij-blocks', 'simopoulos-2012', 'pmc6905244-sij-review', 'falowski-2020', 'laslett-2005a'],
};

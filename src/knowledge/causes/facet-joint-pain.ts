/** C03 Facet (zygapophysial) joint pain (evidence.md §2.3 C03; findings-matrix.md §2, §3 C03). */
import { group, lr, priors } from '../authoring.js';
import { computed, estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const facetJointPain: Cause = {
  id: 'facet-joint-pain',
  code: 'C03',
  name: 'Facet (zygapophysial) joint pain',
  synonyms: ['zygapophysial joint pain', 'facet syndrome', 'facet arthropathy', 'adjacent-level facet pain'],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['intermediate', 'late'],
    description: 'Months to years after surgery, also at the levels next to a fusion.',
  },
  hallmarks:
    'Axial back (or neck) pain that may refer to the buttock or thigh; worse on extension and rotation is often ' +
    'cited but unverified; no clinical sign is reliable, so the diagnosis rests on medial branch blocks.',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.02, 0.05, 0.08, 0.1],
      estimate('Facet 3% in FBSS pooled ranges (unverified); 31% of non-operated CLBP (DePalma 2011)', 'depalma-2011'),
    ),
    decompression: priors(
      [0.02, 0.06, 0.1, 0.12],
      estimate(
        'Partial facet resection; older patients (DePalma 2011: facet pain more likely with age)',
        'depalma-2011',
      ),
    ),
    fusion: priors([0.01, 0.03, 0.06, 0.08], estimate('Facets adjacent to the fusion (evidence.md C03)')),
    cervical: priors([0.02, 0.06, 0.1, 0.12], estimate('Cervical facets adjacent to the fusion')),
  },
  groups: [
    group('course', 'course'),
    group('pain-distribution', 'history-exam'),
    group('age', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('mbb', 'test-result'),
    group('facet-imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-different-pain', 1.5, undefined, 'course', estimate('Adjacent-level facet pain after fusion')),
    lr('never-improved-after-surgery', 0.8, undefined, 'course',
      estimate('Facet pain usually begins months to years after surgery (evidence.md C03)')),
    lr('axial-pain-dominant', 2.0, 0.4, 'pain-distribution',
      estimate('Axial pain with buttock/thigh referral (evidence.md C03)')),
    lr('leg-pain-dominant', 0.5, 1.3, 'pain-distribution',
      estimate('Facet pain is axial (evidence.md C03), so leg-dominant pain points elsewhere')),
    lr('pain-worse-extension-rotation', 1.3, 0.8, 'pain-distribution',
      estimate('"No reliable clinical sign" (evidence.md C03); the extension-rotation pattern itself is unverified')),
    lr('pain-rising-from-sitting', 0.7, 1.3, 'pain-distribution',
      estimate('Facet pain went with ABSENCE of pain on rising from sitting (Young 2003; association only)', 'young-2003')),
    lr('age-over-70', 1.3, 0.9, 'age', estimate('Facet pain more likely with age (DePalma 2011)', 'depalma-2011')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('positive-single-medial-branch-block', 2.6, undefined, 'mbb',
      computed('Schwarzer 1994: all confirmed cases responded to the first block (sens ~1), false-positive rate 38% ' +
        '(spec 0.62); higher false positives after surgery (Cohen 2004)', 'schwarzer-1994', 'cohen-2004')),
    lr('positive-dual-medial-branch-blocks', 10, undefined, 'mbb',
      estimate('Dual blocks are the reference standard, so no LR is measurable; 10 leaves room for placebo response')),
    lr('negative-medial-branch-block', 0.1, undefined, 'mbb',
      estimate('Single-block sensitivity ~1 in Schwarzer 1994; allows technical false negatives', 'schwarzer-1994')),
    lr('facet-effusion-on-mri', 1.5, 0.8, 'facet-imaging',
      estimate('Weak sign of facet joint disease; no accuracy for facet pain retrieved (Zhao 2026 measured effusion against ' +
        'instability, C13)', 'zhao-2026')),
  ],
  management:
    'Exercise; radiofrequency denervation of the medial branches after positive diagnostic blocks. Single blocks give ' +
    'many false positives (Schwarzer 1994: 38%), so two blocks are the convention, and NICE NG59 requires a positive ' +
    'medial branch block before denervation.',
  sources: ['schwarzer-1994', 'cohen-2004', 'nice-ng59', 'depalma-2011'],
};

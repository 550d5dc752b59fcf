/** C13 Instability, iatrogenic or progressive (evidence.md §2.3 C13; findings-matrix.md §2, §3 C13). */
import { group, lr, priors } from '../authoring.js';
import { estimate, published } from '../basis.js';
import type { Cause } from '../schema.js';

export const instability: Cause = {
  id: 'instability',
  code: 'C13',
  name: 'Instability (iatrogenic or progressive)',
  synonyms: ['iatrogenic instability', 'segmental instability', 'slip progression', 'progressive spondylolisthesis'],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['intermediate', 'late'],
    description: 'Months to years after surgery, e.g. a slip that progresses after a decompression.',
  },
  hallmarks:
    'Mechanical back pain, catching pain on changing position, slip progression after decompression. No diagnostic ' +
    'test for lumbar instability is validated (Hipp 2023); common radiographic thresholds are unverified.',
  correctableLesion: true,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.005, 0.01, 0.02, 0.03],
      estimate('Instability 5% in pooled FBSS ranges (unverified); limited bony resection'),
    ),
    decompression: priors(
      [0.01, 0.04, 0.08, 0.1],
      estimate('Slip progression after decompression (evidence.md C13)'),
    ),
    fusion: priors(
      [0.005, 0.01, 0.02, 0.03],
      estimate('Instability at a non-fused level; motion at the fused level is scored under C07'),
    ),
    cervical: priors(
      [0.005, 0.01, 0.02, 0.02],
      estimate('No basis given in findings-matrix.md §2.4 for this row'),
    ),
  },
  groups: [
    group('course', 'course'),
    group('instability-exam', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('instability-imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('pain-free-interval-then-recurrence', 1.5, undefined, 'course',
      estimate('Slip progression after decompression')),
    lr('never-improved-after-surgery', 0.8, undefined, 'course',
      estimate('Instability develops months to years after surgery (evidence.md C13)')),
    lr('pain-on-transitions-catching', 1.5, 0.7, 'instability-exam', estimate('Hallmark (evidence.md C13)')),
    lr('mechanical-pain-on-loading', 1.5, 0.6, 'instability-exam',
      estimate('Mechanical back pain is a hallmark (evidence.md C13)')),
    lr('clinical-instability-signs', 4.3, undefined, 'instability-exam',
      published('fritz-2005',
        'Lumbar flexion >= 53 degrees or no hypomobility on intervertebral motion testing, for radiographic ' +
          'instability (49 non-operated patients)')),
    lr('paivm-hypermobility', 2.5, 0.8, 'instability-exam',
      published('abbott-2005',
        'PAIVM sens 29%, spec 89% for translational instability; LR+ read in the source, LR- 0.80 computed from sens and spec')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('abnormal-motion-on-flexion-extension', 5.0, 0.4, 'instability-imaging',
      estimate('No validated instability test (Hipp 2023); standing films underestimate motion; thresholds unverified',
        'hipp-2023')),
    lr('slip-progression-on-radiographs', 6.0, 0.8, 'instability-imaging',
      estimate('Slip progression after decompression is a hallmark (evidence.md C13)')),
    lr('facet-effusion-on-mri', 3.0, 0.3, 'instability-imaging',
      estimate('Anchored on Zhao 2026 (non-operated degenerative spondylolisthesis: effusion at 93.1% of unstable vs 26.6% ' +
        'of stable levels, computed LR+ 3.5, LR- 0.09); weakened after facet resection; facet effusion predicts abnormal ' +
        'motion (Sielatycki 2022 review)', 'zhao-2026', 'sielatycki-2022')),
  ],
  management:
    'Core stabilisation exercise; fusion when instability is concordant with neural compression (Tronnier 2019 ' +
    'panel: re-operation can be considered for instability).',
  sources: ['hipp-2023', 'sielatycki-2022', 'tronnier-2019', 'fritz-2005', 'abbott-2005', 'zhao-2026'],
};

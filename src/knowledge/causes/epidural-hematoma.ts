/**
 * C22 Post-operative epidural haematoma, RED FLAG: red flags RF01/RF04 are triaged first (evidence.md §2.3 C22, §3;
 * findings-matrix.md §1 item 8, §2, §3 C22).
 */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const epiduralHematoma: Cause = {
  id: 'epidural-hematoma',
  code: 'C22',
  name: 'Post-operative epidural haematoma',
  synonyms: ['spinal epidural haematoma', 'epidural hematoma', 'post-operative haematoma'],
  painTypes: ['neuropathic', 'mixed'],
  onset: {
    windows: ['immediate'],
    description:
      'Hours to days after surgery (median onset 2.7 h for symptomatic haematoma, Spine J 2013;13:134-140; one case ' +
      'diagnosed on post-operative day 7).',
  },
  hallmarks: 'New severe pain, a new neurological deficit, urinary retention.',
  correctableLesion: false,
  redFlags: ['cauda-equina-syndrome', 'progressive-neurological-deficit'],
  requires: {},
  priors: {
    discectomy: priors(
      [0.005, 0.0005, 0, 0],
      estimate('Symptomatic in 0.22% of open spine operations, median onset 2.7 h (Spine J 2013;13:134-140); ' +
        '0 from 6 months = excluded', 'spine-j-2013-haematoma'),
    ),
    decompression: priors(
      [0.008, 0.0005, 0, 0],
      estimate('Spine J 2013;13:134-140 (risk: previous spinal surgery, multilevel procedures); 0 from 6 months = excluded',
        'spine-j-2013-haematoma'),
    ),
    fusion: priors(
      [0.008, 0.0005, 0, 0],
      estimate('Spine J 2013;13:134-140; 0 from 6 months = excluded', 'spine-j-2013-haematoma'),
    ),
    cervical: priors(
      [0.008, 0.0005, 0, 0],
      estimate('As lumbar (Spine J 2013;13:134-140); airway haematoma after ACDF is an emergency outside this list; ' +
        '0 from 6 months = excluded', 'spine-j-2013-haematoma'),
    ),
  },
  groups: [
    group('neuro-deficit', 'test-result'),
    group('haematoma-risk', 'history-exam'),
    group('imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-severe-pain-within-days', 4.0, 0.3, 'neuro-deficit',
      estimate('Symptomatic haematoma median onset 2.7 h after surgery (Spine J 2013;13:134-140)', 'spine-j-2013-haematoma')),
    lr('new-or-progressive-motor-deficit', 8.0, 0.3, 'neuro-deficit',
      estimate('Symptomatic haematoma is defined by deficit')),
    lr('urinary-retention-or-saddle-anaesthesia', 5.0, 0.7, 'neuro-deficit',
      estimate('Cauda equina features (red flag RF01)')),
    lr('pvr-over-200-ml', 4.0, 0.5, 'neuro-deficit',
      estimate('Anchored on PVR > 200 mL for CES of any cause: sens 83.1%, spec 93.5% (computed LR+ 12.8, LR- 0.18; ' +
        'meta-analysis abstract, doi 10.1302/1358-992X.2022.1.002); lower at cause level because CES has other causes',
        'bone-joint-proc-2022-pvr')),
    lr('anticoagulant-or-coagulopathy', 2.0, 0.8, 'haematoma-risk',
      estimate('Anticoagulant, antiplatelet drug or bleeding disorder raises bleeding risk')),
    lr('multiple-prior-spine-surgeries', 1.5, 0.9, 'haematoma-risk',
      estimate('Previous spinal surgery and multilevel procedures were risk factors (Spine J 2013;13:134-140)',
        'spine-j-2013-haematoma')),
    lr('epidural-haematoma-on-mri', 15, 0.05, 'imaging',
      estimate('Value requires compression matching the deficit; small asymptomatic collections are seen in 33-100% of ' +
        'operated spines (BMC Musculoskelet Disord 2020, secondary)')),
  ],
  management:
    'Emergency: urgent MRI and surgical evacuation. Triaged as a red flag (RF01 cauda equina, RF04 progressive ' +
    'deficit) before and outside ranking; a low posterior never suppresses the alert.',
  sources: ['spine-j-2013-haematoma', 'bone-joint-proc-2022-pvr'],
};

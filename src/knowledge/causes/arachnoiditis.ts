/** C14 Adhesive arachnoiditis (evidence.md §2.3 C14; findings-matrix.md §2, §3 C14). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const arachnoiditis: Cause = {
  id: 'arachnoiditis',
  code: 'C14',
  name: 'Adhesive arachnoiditis',
  synonyms: ['arachnoiditis', 'lumbosacral adhesive arachnoiditis', 'root clumping', 'empty sac'],
  painTypes: ['neuropathic'],
  onset: {
    windows: ['early', 'intermediate'],
    description: 'Weeks to months after surgery (symptoms 3 weeks after a dural tear in Mansour 2024).',
  },
  hallmarks:
    'Non-dermatomal burning pain in the back, legs and feet with tingling or weakness; sometimes bladder, bowel or ' +
    'sexual symptoms. MRI or CT myelography shows central root clumping, an "empty sac" or an intrathecal mass.',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.003, 0.015, 0.025, 0.025],
      estimate('3-16% after surgery (PMC6391232, secondary; older era), scaled down for microdiscectomy',
        'pmc6391232-arachnoiditis'),
    ),
    decompression: priors(
      [0.003, 0.015, 0.025, 0.025],
      estimate('As after discectomy (findings-matrix.md §2.1): 3-16% after surgery (PMC6391232, secondary; older era), scaled down',
        'pmc6391232-arachnoiditis'),
    ),
    fusion: priors(
      [0.003, 0.015, 0.02, 0.02],
      estimate('As after discectomy (findings-matrix.md §2.1): 3-16% after surgery (PMC6391232, secondary; older era), scaled down',
        'pmc6391232-arachnoiditis'),
    ),
    cervical: priors([0.002, 0.005, 0.005, 0.005], estimate('Rare in cervical surgery')),
  },
  groups: [
    group('course', 'course'),
    group('neuropathic-pattern', 'history-exam'),
    group('bladder', 'history-exam'),
    group('arachnoiditis-risk', 'history-exam'),
    group('imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-different-pain', 2.0, undefined, 'course',
      estimate('New pain weeks to months after surgery (3 weeks after a dural tear, Mansour 2024)', 'mansour-2024')),
    lr('never-improved-after-surgery', 0.8, undefined, 'course',
      estimate('Arachnoiditis brings new pain weeks to months after surgery (evidence.md C14)')),
    lr('non-dermatomal-burning-leg-pain', 3.0, 0.4, 'neuropathic-pattern',
      estimate('Hallmark (Parenti 2020 summary; evidence.md C14)', 'parenti-2020')),
    lr('bilateral-leg-symptoms', 1.8, 0.6, 'neuropathic-pattern',
      estimate('Pain in both legs fits the non-dermatomal pattern (evidence.md C14)')),
    lr('dn4-4-or-more', 2.1, 0.28, 'neuropathic-pattern',
      estimate('Rule a of findings-matrix.md §3.0 (neuropathic cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 40% of patients without the cause have a neuropathic component',
        'bouhassira-2005')),
    lr('bladder-bowel-sexual-symptoms', 2.0, 0.9, 'bladder',
      estimate('Present "sometimes" (evidence.md C14); exclude cauda equina syndrome first (RF01)')),
    lr('dural-tear-at-surgery', 2.0, 0.9, 'arachnoiditis-risk',
      estimate('Arachnoiditis reported after a dural tear (Mansour 2024)', 'mansour-2024')),
    lr('multiple-prior-spine-surgeries', 2.0, 0.7, 'arachnoiditis-risk',
      estimate('Surgery is the commonest aetiology (PMC6391232, secondary)', 'pmc6391232-arachnoiditis')),
    lr('arachnoiditis-pattern-on-imaging', 10, 0.1, 'imaging',
      estimate('Anchored on Delamarter 1990 (MRI compared with CT myelography in 20 of 24 cases, "excellent correlation"; ' +
        'no sens/spec in abstract). Central clumping also in 9.7% of degenerative cases, always at a stenotic level ' +
        '(Jackson & Isherwood 1994): clumping only at a stenotic level does not count. Inter-reader kappa 0.05-0.18 ' +
        '(J Magn Reson Imaging 2021;54:904)', 'delamarter-1990', 'jackson-1994', 'jmri-2021-arachnoiditis')),
  ],
  management:
    'Multimodal neuropathic pain care and neural mobilisation (case report); spinal cord stimulation with mixed ' +
    'results; surgery (arachnoidolysis) only rarely. Imaging features do not predict prognosis (Parenti 2020 summary).',
  sources: [
    'pmc6391232-arachnoiditis',
    'mansour-2024',
    'parenti-2020',
    'burton-1981',
    'delamarter-1990',
    'jackson-1994',
    'jmri-2021-arachnoiditis',
  ],
};

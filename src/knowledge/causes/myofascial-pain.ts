/**
 * C16 Myofascial pain / deconditioning / paraspinal muscle damage (evidence.md §2.3 C16; findings-matrix.md §2,
 * §3 C16).
 */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const myofascialPain: Cause = {
  id: 'myofascial-pain',
  code: 'C16',
  name: 'Myofascial pain / deconditioning / paraspinal muscle damage',
  synonyms: ['myofascial pain', 'deconditioning', 'paraspinal muscle damage', 'muscle wasting', 'trigger points'],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['any'],
    description: 'Any time after surgery; common after open approaches.',
  },
  hallmarks:
    'Diffuse aching back (or neck) pain, trigger points that reproduce the pain, poor trunk endurance. A clinical ' +
    'diagnosis: no imaging test.',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.1, 0.12, 0.1, 0.1],
      estimate('Named by Zucherman 1986; no frequency found', 'zucherman-1986'),
    ),
    decompression: priors(
      [0.1, 0.12, 0.1, 0.1],
      estimate('As after discectomy (findings-matrix.md §2.1): named by Zucherman 1986; no frequency found',
        'zucherman-1986'),
    ),
    fusion: priors(
      [0.1, 0.12, 0.12, 0.12],
      estimate('Open approach, paraspinal muscle damage (van de Minkelis 2024: muscle wasting)', 'van-de-minkelis-2024'),
    ),
    cervical: priors([0.1, 0.15, 0.15, 0.15], estimate('Axial neck pain after posterior approach')),
  },
  groups: [
    group('muscle-exam', 'history-exam'),
    group('pain-distribution', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('mri-operated-level', 'test-result'),
    group('other-generator', 'test-result'),
  ],
  likelihoodRatios: [
    lr('palpable-trigger-points-reproducing-pain', 3.0, 0.5, 'muscle-exam',
      estimate('Clinical diagnosis only, no imaging test (evidence.md C16)')),
    lr('poor-trunk-endurance', 1.5, 0.7, 'muscle-exam', estimate('Poor endurance is a hallmark (evidence.md C16)')),
    lr('axial-pain-dominant', 1.5, 0.6, 'pain-distribution',
      estimate('Diffuse aching back pain is the hallmark (evidence.md C16)')),
    lr('leg-pain-dominant', 0.7, 1.2, 'pain-distribution',
      estimate('Leg-dominant pain points to a radicular cause rather than muscle')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('no-neural-compression-on-mri', 1.2, 0.8, 'mri-operated-level',
      estimate('Considered once structural causes are excluded')),
    lr('positive-dual-medial-branch-blocks', 0.7, undefined, 'other-generator',
      estimate('Another pain generator found')),
    lr('positive-dual-sij-blocks', 0.7, undefined, 'other-generator',
      estimate('Another pain generator found (findings-matrix.md §3 C16: same LR as positive-dual-medial-branch-blocks)')),
  ],
  management:
    'Graded exercise and rehabilitation, the strongest non-interventional evidence in FBSS (Amirdelfan 2017).',
  sources: ['zucherman-1986', 'amirdelfan-2017', 'van-de-minkelis-2024'],
};

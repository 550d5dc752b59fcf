/**
 * C11 Nerve root injury / post-operative radicular neuropathic pain (evidence.md §2.3 C11; findings-matrix.md §2,
 * §3 C11).
 */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const nerveRootInjury: Cause = {
  id: 'nerve-root-injury',
  code: 'C11',
  name: 'Nerve root injury / post-operative radicular neuropathic pain',
  synonyms: ['battered root', 'postoperative radiculopathy', 'radicular neuropathic pain', 'root palsy'],
  painTypes: ['neuropathic'],
  onset: {
    windows: ['immediate'],
    description:
      'Immediate (new burning or electric pain, or a deficit, after surgery), or radicular pain persisting from before ' +
      'the operation in a root damaged by long compression.',
  },
  hallmarks:
    'Burning, electric, dysaesthetic leg (or arm) pain in one root territory with sensory loss and allodynia, once ' +
    'compression has been excluded.',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.06, 0.1, 0.1, 0.08],
      estimate('Neuropathic pain 9.3% (Waguespack 2002, secondary)', 'waguespack-2002'),
    ),
    decompression: priors(
      [0.05, 0.07, 0.07, 0.06],
      estimate('As after discectomy (findings-matrix.md §2.1): neuropathic pain 9.3% (Waguespack 2002, secondary)', 'waguespack-2002'),
    ),
    fusion: priors(
      [0.06, 0.08, 0.08, 0.06],
      estimate('As after discectomy (findings-matrix.md §2.1): neuropathic pain 9.3% (Waguespack 2002, secondary)', 'waguespack-2002'),
    ),
    cervical: priors([0.06, 0.06, 0.05, 0.04], estimate('Includes post-operative root palsy')),
  },
  groups: [
    group('course', 'course'),
    group('neuropathic-screen', 'history-exam'),
    group('radicular-signs', 'history-exam'),
    group('mri-operated-level', 'test-result'),
    group('emg', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-pain-immediately-after-surgery', 5.0, 0.6, 'course',
      estimate('New burning/electric pain or deficit after surgery (evidence.md C11)')),
    lr('never-improved-after-surgery', 1.3, undefined, 'course', estimate('Root damaged by long compression')),
    lr('pain-free-interval-then-recurrence', 0.5, undefined, 'course',
      estimate('Root injury gives pain from the operation on (evidence.md C11), so a pain-free interval points elsewhere')),
    lr('dn4-4-or-more', 2.1, 0.28, 'neuropathic-screen',
      estimate('Rule a of findings-matrix.md §3.0 (neuropathic cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 40% of patients without the cause have a neuropathic component',
        'bouhassira-2005')),
    lr('paindetect-19-or-more', 1.85, 0.28, 'neuropathic-screen',
      estimate('Rule a of findings-matrix.md §3.0 (neuropathic cause): painDETECT phenotype accuracy (Freynhagen 2006: sens 85%, ' +
        'spec 80%) with the expert assumption that 40% of patients without the cause have a neuropathic component',
        'freynhagen-2006'),
      // A score of 12 or less is also below 19: its own band LR is used, not both (tool logic, no double counting).
      { overriddenBy: ['paindetect-12-or-less'] }),
    lr('paindetect-12-or-less', 0.3, undefined, 'neuropathic-screen',
      estimate('Band "neuropathic component unlikely (< 15%)" (Freynhagen 2006)', 'freynhagen-2006')),
    lr('allodynia-in-painful-area', 2.5, 0.8, 'neuropathic-screen', estimate('Hallmark (evidence.md C11)')),
    lr('dermatomal-radiating-pain', 1.5, 0.6, 'radicular-signs',
      estimate('Pain in one root territory is the hallmark (evidence.md C11)')),
    lr('dermatomal-sensory-deficit', 2.0, 0.6, 'radicular-signs', estimate('Deficit in the same root territory')),
    lr('no-neural-compression-on-mri', 2.0, 0.5, 'mri-operated-level',
      estimate('Needs compression excluded (evidence.md C11)')),
    lr('neural-compression-at-operated-level-on-imaging', 0.5, 1.2, 'mri-operated-level',
      estimate('Compressive alternative (C05, C09)')),
    lr('active-radiculopathy-on-emg', 1.8, 0.7, 'emg',
      estimate('EMG documents radiculopathy; accuracy not retrieved (evidence.md D12, unverified)')),
  ],
  management:
    'Neuropathic pain drugs (NICE CG173; note NICE NG59 advises against gabapentinoids for sciatica), spinal cord ' +
    'stimulation, dorsal root ganglion stimulation; pulsed radiofrequency of the dorsal root ganglion has limited evidence.',
  sources: ['van-de-minkelis-2024', 'spahr-2017', 'freynhagen-2006', 'nice-cg173', 'nice-ng59'],
};

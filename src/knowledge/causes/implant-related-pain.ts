/** C01 Hardware-related pain (evidence.md §2.3 C01; findings-matrix.md §2, §3 C01). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const implantRelatedPain: Cause = {
  id: 'implant-related-pain',
  code: 'C01',
  name: 'Hardware-related pain (prominent, loose or broken implants)',
  synonyms: ['hardware pain', 'implant pain', 'prominent hardware', 'screw loosening', 'broken rod or screw'],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['intermediate', 'late'],
    description:
      'Builds over months to years after instrumented surgery; a sudden change in pain suggests a breakage.',
  },
  hallmarks:
    'Focal axial pain over the implants, worse lying on the back or with pressure; a loose implant gives mechanical ' +
    'pain and may go with non-union or infection.',
  correctableLesion: false,
  redFlags: [],
  requires: { implant: true },
  priors: {
    discectomy: priors([0, 0, 0, 0], estimate('No implant: excluded')),
    decompression: priors(
      [0, 0, 0, 0],
      estimate('No implant: excluded (interspinous devices: use 0.01-0.03, expert estimate)'),
    ),
    fusion: priors(
      [0.01, 0.04, 0.08, 0.1],
      estimate('Implant prominence or loosening builds over months to years (evidence.md C01)'),
    ),
    cervical: priors([0.005, 0.02, 0.03, 0.03], estimate('Anterior plates rarely painful; posterior screws more so')),
  },
  groups: [
    group('course', 'course'),
    group('implant-tenderness', 'history-exam'),
    group('pain-distribution', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('implant-imaging', 'test-result'),
    group('hardware-block', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-different-pain', 2.0, undefined, 'course',
      estimate('New focal pain over the implants months to years later')),
    lr('pain-free-interval-then-recurrence', 1.5, undefined, 'course',
      estimate('Loosening or breakage after a good early result')),
    lr('never-improved-after-surgery', 0.8, undefined, 'course',
      estimate('Implant pain usually builds over months to years (evidence.md C01), so pain unchanged from the start points weakly elsewhere')),
    lr('focal-tenderness-over-implant', 3.0, 0.5, 'implant-tenderness',
      estimate('Hallmark (pain over the implants, worse lying on the back); not validated')),
    lr('axial-pain-dominant', 1.5, 0.6, 'pain-distribution', estimate('Nociceptive axial pain')),
    lr('leg-pain-dominant', 0.6, 1.3, 'pain-distribution',
      estimate('Implant pain is focal and axial (evidence.md C01), so leg-dominant pain points weakly elsewhere')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('screw-lucency-on-ct', 4.0, 0.5, 'implant-imaging',
      estimate('A lucent halo around a screw means loosening (case in evidence.md C01); also raises C07 and C10')),
    lr('implant-fracture-or-disconnection', 5.0, 0.8, 'implant-imaging',
      estimate('Visible implant failure; its absence does not exclude pain from a prominent implant')),
    lr('positive-hardware-block', 4.0, 0.4, 'hardware-block',
      estimate('Local anaesthetic hardware block is a test in use, unverified in evidence.md; no accuracy data')),
    lr('solid-fusion-on-ct', 1.2, 1.0, 'implant-imaging',
      estimate('A fused spine with focal implant pain points to the implant itself')),
  ],
  management:
    'Treat the underlying cause first: check fusion status and exclude infection (low-grade infection when screws ' +
    'loosen is unverified). Hardware removal once fused, when the pain is clearly implant-related, and a diagnostic ' +
    'local anaesthetic hardware block are in use but unverified in the retrieved sources.',
  sources: ['issls-pseudarthrosis-chapter'],
};

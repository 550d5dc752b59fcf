/**
 * C20 Superior / middle cluneal nerve entrapment, a peripheral nerve mimic (evidence.md §2.3 C20; findings-matrix.md
 * §1 item 7, §2, §3 C20).
 */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const clunealNerveEntrapment: Cause = {
  id: 'cluneal-nerve-entrapment',
  code: 'C20',
  name: 'Superior / middle cluneal nerve entrapment',
  synonyms: [
    'superior cluneal nerve entrapment',
    'middle cluneal nerve entrapment',
    'SCN-E',
    'MCN-E',
    'cluneal neuropathy',
  ],
  painTypes: ['neuropathic'],
  onset: {
    windows: ['any'],
    description: 'Any time; reported after lumbar fusion and iliac-crest graft harvest.',
  },
  hallmarks:
    'Low back pain with buttock and often leg symptoms (leg symptoms in 47-84% of SCN and 82% of MCN entrapment, ' +
    'Isu 2018); a tender trigger point on the posterior iliac crest about 7 cm from the midline (SCN) or about 1.5 cm ' +
    'below the PSIS (MCN).',
  correctableLesion: false,
  redFlags: [],
  requires: { notInRegions: ['cervical'], unlessIliacCrestGraft: true },
  priors: {
    discectomy: priors(
      [0.005, 0.01, 0.02, 0.02],
      estimate('1.6-14% of low back pain patients (Isu 2018); no graft harvest', 'isu-2018'),
    ),
    decompression: priors(
      [0.005, 0.01, 0.02, 0.02],
      estimate('As after discectomy (findings-matrix.md §2.1): 1.6-14% of low back pain patients (Isu 2018); no graft harvest',
        'isu-2018'),
    ),
    fusion: priors(
      [0.01, 0.03, 0.04, 0.04],
      estimate('Reported after fusion and iliac-crest harvest (Isu 2018; Iwamoto series)', 'isu-2018',
        'iwamoto-scn-after-fusion'),
    ),
    cervical: priors(
      [0, 0.01, 0.01, 0.01],
      estimate('Only if an iliac-crest graft was harvested, otherwise 0 (excluded)'),
    ),
  },
  groups: [
    group('cluneal-exam', 'history-exam'),
    group('cluneal-risk', 'history-exam'),
    group('course', 'course'),
    group('cluneal-block', 'test-result'),
  ],
  likelihoodRatios: [
    lr('iliac-crest-trigger-point-tenderness', 5.0, 0.2, 'cluneal-exam',
      estimate('SCN trigger point on the posterior iliac crest ~7 cm from midline; MCN ~1.5 cm caudal to the PSIS (Isu 2018)',
        'isu-2018')),
    lr('iliac-crest-graft-harvest', 3.0, 0.8, 'cluneal-risk',
      estimate('Reported after fusion with graft harvest (Isu 2018; Iwamoto series)', 'isu-2018', 'iwamoto-scn-after-fusion')),
    lr('new-different-pain', 2.0, undefined, 'course',
      estimate('New buttock or back pain after fusion or graft harvest (evidence.md C20)')),
    lr('pain-below-l5-at-psis', 1.5, 0.7, 'cluneal-exam', estimate('Overlaps with SIJ pain')),
    lr('leg-pain-dominant', 0.8, 1.1, 'cluneal-exam',
      estimate('Leg symptoms in 47-84% (Isu 2018), so barely separating', 'isu-2018')),
    lr('positive-cluneal-nerve-block', 8.0, undefined, 'cluneal-block',
      estimate('> 75% relief within 2 h is itself the diagnostic criterion (Iwamoto), no independent accuracy',
        'iwamoto-scn-after-fusion')),
    lr('negative-cluneal-nerve-block', 0.1, undefined, 'cluneal-block',
      estimate('No relief after the block that defines the diagnosis (Iwamoto criterion)', 'iwamoto-scn-after-fusion')),
  ],
  management:
    'Repeat trigger-point blocks; surgical neurolysis (80% success in 30 patients, ' +
    'Strong & Davila 1957 as cited by Isu 2018; 8 post-fusion patients improved after release, Iwamoto).',
  sources: ['isu-2018', 'iwamoto-scn-after-fusion'],
};

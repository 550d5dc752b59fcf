/** C19 Painful (discogenic) disc, often adjacent to a fusion (evidence.md §2.3 C19; findings-matrix.md §2, §3 C19). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const discogenicPain: Cause = {
  id: 'discogenic-pain',
  code: 'C19',
  name: 'Painful (discogenic) disc, often adjacent to a fusion',
  synonyms: ['discogenic pain', 'painful disc', 'adjacent disc pain'],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['intermediate', 'late'],
    description:
      'Not given in evidence.md; the priors of findings-matrix.md §2 rise over months to years, as the operated disc ' +
      'or a disc next to a fusion degenerates.',
  },
  hallmarks:
    'Axial back (or neck) pain, often from a disc next to a fusion; referred pain may centralise with repeated ' +
    'movements (findings-matrix.md §3 C19). 16.9% of FBSS (Waguespack 2002, secondary).',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.02, 0.06, 0.1, 0.1],
      estimate('16.9% (Waguespack 2002, secondary); the operated disc can be the source', 'waguespack-2002'),
    ),
    decompression: priors(
      [0.01, 0.03, 0.05, 0.06],
      estimate('Disc pain less likely with age (DePalma 2011)', 'depalma-2011'),
    ),
    fusion: priors(
      [0.005, 0.02, 0.08, 0.12],
      estimate('Painful disc often adjacent to fusion (Waguespack 2002, secondary)', 'waguespack-2002'),
    ),
    cervical: priors([0.005, 0.02, 0.05, 0.08], estimate('Adjacent disc degeneration')),
  },
  groups: [
    group('course', 'course'),
    group('disc-exam', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('disc-imaging', 'test-result'),
    group('other-generator', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-different-pain', 1.5, undefined, 'course', estimate('Adjacent-disc pain after fusion')),
    lr('axial-pain-dominant', 1.8, 0.5, 'disc-exam', estimate('Discogenic pain is axial (nociceptive)')),
    lr('centralization-on-repeated-movements', 4.0, 0.7, 'disc-exam',
      estimate('Anchored on Laslett 2005 (Spine J 5:370) and Laslett 2006: centralization 80-100% specific for positive ' +
        'discography depending on distress, present in fewer than half of positives', 'laslett-2005b', 'laslett-2006')),
    lr('pain-rising-from-sitting', 1.5, 0.7, 'disc-exam', estimate('Association (Young 2003)', 'young-2003')),
    lr('age-under-60', 1.3, 0.8, 'disc-exam',
      estimate('Disc pain more likely in younger patients (DePalma 2011)', 'depalma-2011')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('modic-type-1-or-hiz-on-mri', 2.5, 0.7, 'disc-imaging',
      estimate('Modic changes specific but insensitive for the painful level (PMC7205555 review)', 'pmc7205555-modic')),
    lr('concordant-pain-on-discography', 3.0, 0.3, 'disc-imaging',
      estimate('False positives in pain-free people (evidence.md D17)')),
    lr('negative-medial-branch-block', 1.3, undefined, 'other-generator',
      estimate('Another axial generator excluded')),
    lr('negative-sij-block', 1.3, undefined, 'other-generator',
      estimate('Another axial generator excluded (findings-matrix.md §3 C19: same LR as negative-medial-branch-block)')),
  ],
  management:
    'Conservative care; NICE NG59 advises against disc replacement and against fusion outside trials. Discography ' +
    'gives false positives in pain-free people.',
  sources: ['waguespack-2002', 'depalma-2011', 'laslett-2005b', 'laslett-2006', 'pmc7205555-modic', 'nice-ng59'],
};

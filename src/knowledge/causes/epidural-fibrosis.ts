/** C02 Epidural (peridural) fibrosis (evidence.md §2.3 C02; findings-matrix.md §2, §3 C02). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const epiduralFibrosis: Cause = {
  id: 'epidural-fibrosis',
  code: 'C02',
  name: 'Epidural (peridural) fibrosis',
  synonyms: ['peridural fibrosis', 'epidural scar', 'peridural scar', 'postoperative scar tissue'],
  painTypes: ['neuropathic'],
  onset: {
    windows: ['intermediate'],
    description: 'Months after surgery, as the scar matures; symptoms often return after a pain-free interval.',
  },
  hallmarks:
    'Radicular pain with signs of a tethered root. The extent of scar on MRI does not separate radicular from ' +
    'non-radicular recurrent pain (Eur Spine J 1999).',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.01, 0.08, 0.12, 0.1],
      estimate(
        'Scar matures over months; fibrosis 6-8% (Burton split, unverified); 9.3% neuropathic incl. fibrosis ' +
          '(Waguespack 2002, secondary)',
        'burton-1981',
        'waguespack-2002',
      ),
    ),
    decompression: priors(
      [0.01, 0.06, 0.1, 0.08],
      estimate(
        'As after discectomy (findings-matrix.md §2.1): scar matures over months; fibrosis 6-8% (Burton split, ' +
          'unverified); 9.3% neuropathic incl. fibrosis (Waguespack 2002, secondary)',
        'burton-1981',
        'waguespack-2002',
      ),
    ),
    fusion: priors(
      [0.01, 0.04, 0.06, 0.05],
      estimate(
        'As after discectomy (findings-matrix.md §2.1: Burton split, unverified; Waguespack 2002, secondary), ' +
          'less often the main driver after fusion',
        'burton-1981',
        'waguespack-2002',
      ),
    ),
    cervical: priors([0.005, 0.02, 0.03, 0.03], estimate('Mainly after posterior surgery')),
  },
  groups: [
    group('course', 'course'),
    group('radicular-signs', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('mri-operated-level', 'test-result'),
    group('prior-surgeries', 'history-exam'),
  ],
  likelihoodRatios: [
    lr('pain-free-interval-then-recurrence', 2.0, undefined, 'course',
      estimate('Symptoms often recur after a pain-free interval (evidence.md C02)')),
    lr('never-improved-after-surgery', 0.7, undefined, 'course',
      estimate('Scar matures over months (evidence.md C02), so pain unchanged from the start points weakly elsewhere')),
    lr('new-different-pain', 0.8, undefined, 'course',
      estimate('Fibrosis gives radicular pain in the operated root (evidence.md C02) rather than a new kind of pain')),
    lr('leg-pain-dominant', 1.5, 0.6, 'radicular-signs', estimate('Radicular pattern')),
    lr('dermatomal-radiating-pain', 1.5, 0.6, 'radicular-signs',
      estimate('Radicular pain is the hallmark (evidence.md C02)')),
    lr('positive-straight-leg-raise', 1.3, 0.7, 'radicular-signs',
      estimate('Tethered root; Devillé 2000 figures are for herniation, not scar', 'deville-2000')),
    lr('dn4-4-or-more', 2.1, 0.28, 'neuropathic-screen',
      estimate('Rule a of findings-matrix.md §3.0 (neuropathic cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 40% of patients without the cause have a neuropathic component',
        'bouhassira-2005')),
    lr('paindetect-19-or-more', 1.85, 0.28, 'neuropathic-screen',
      estimate('Rule a of findings-matrix.md §3.0 (neuropathic cause): painDETECT phenotype accuracy (Freynhagen 2006: sens 85%, ' +
        'spec 80%) with the expert assumption that 40% of patients without the cause have a neuropathic component',
        'freynhagen-2006')),
    lr('enhancing-scar-on-gadolinium-mri', 2.0, 0.3, 'mri-operated-level',
      estimate('Enhanced MRI identifies scar well (Hueftle 1988: 19/19 levels) but scar is common and its extent does not ' +
        'separate radicular from non-radicular pain (Eur Spine J 1999)', 'hueftle-1988', 'eur-spine-j-1999-scar')),
    lr('non-enhancing-disc-fragment-on-gadolinium-mri', 0.4, 1.0, 'mri-operated-level',
      estimate('A compressive alternative (C05)')),
    lr('no-neural-compression-on-mri', 1.5, 0.7, 'mri-operated-level',
      estimate('Fibrosis is considered once compression is excluded')),
    lr('multiple-prior-spine-surgeries', 1.5, 0.9, 'prior-surgeries', estimate('More scar with each operation')),
  ],
  management:
    'Conservative, multimodal care. Repeat surgery for scar alone does poorly (Waddell 1979: scarring and neurolysis ' +
    'precluded a good result); percutaneous adhesiolysis, or spinal cord stimulation for neuropathic leg pain.',
  sources: ['hueftle-1988', 'sotiropoulos-1989', 'passavanti-2020', 'eur-spine-j-1999-scar', 'waddell-1979'],
};

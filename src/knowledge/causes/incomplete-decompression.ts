/**
 * C09 Incomplete decompression / residual or recurrent stenosis (evidence.md §2.3 C09; findings-matrix.md §2, §3 C09).
 */
import { group, lr, priors } from '../authoring.js';
import { computed, estimate, published } from '../basis.js';
import type { Cause } from '../schema.js';

export const incompleteDecompression: Cause = {
  id: 'incomplete-decompression',
  code: 'C09',
  name: 'Incomplete decompression / residual or recurrent stenosis (central, lateral recess, foraminal)',
  synonyms: [
    'residual stenosis',
    'recurrent stenosis',
    'restenosis',
    'inadequate decompression',
    'lateral recess stenosis',
    'foraminal stenosis',
  ],
  painTypes: ['neuropathic', 'mixed'],
  onset: {
    windows: ['immediate', 'late'],
    description:
      'Immediate when the decompression was incomplete (no relief at all); late with progressive degeneration, as ' +
      'loss of disc height after discectomy narrows the foramen (Burton 1981).',
  },
  hallmarks:
    'Neurogenic claudication and radicular pain. Lateral and foraminal stenosis was the largest single cause in ' +
    'Burton 1981 (57-58%); stenosis accounted for 29% in Waguespack 2002 (secondary).',
  correctableLesion: true,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.12, 0.15, 0.18, 0.22],
      estimate(
        'Burton 1981; Waguespack 2002; disc-height loss leads to foraminal stenosis later (Burton 1981)',
        'burton-1981',
        'waguespack-2002',
      ),
    ),
    decompression: priors(
      [0.15, 0.18, 0.2, 0.25],
      estimate(
        'Burton 1981; Waguespack 2002 (inadequate decompression or post-op instability 29%)',
        'burton-1981',
        'waguespack-2002',
      ),
    ),
    fusion: priors(
      [0.1, 0.12, 0.12, 0.1],
      estimate('Waguespack 2002 (29% incl. post-op instability)', 'waguespack-2002'),
    ),
    cervical: priors(
      [0.1, 0.1, 0.08, 0.06],
      estimate('Foraminal; as lumbar (findings-matrix.md §2.1-2.3: Burton 1981; Waguespack 2002)', 'burton-1981', 'waguespack-2002'),
    ),
  },
  groups: [
    group('course', 'course'),
    group('claudication', 'history-exam'),
    group('age', 'history-exam'),
    group('pain-distribution', 'history-exam'),
    group('spurling', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('imaging-stenosis', 'test-result'),
  ],
  likelihoodRatios: [
    lr('never-improved-after-surgery', 3.0, undefined, 'course', estimate('No relief from the start (evidence.md C09)')),
    lr('pain-free-interval-then-recurrence', 1.2, undefined, 'course',
      estimate('Late restenosis, foraminal narrowing after disc-height loss (Burton 1981)', 'burton-1981')),
    lr('new-different-pain', 0.7, undefined, 'course',
      estimate('Residual stenosis leaves the pre-operative pain (evidence.md C09) rather than a new kind of pain')),
    lr('neurogenic-claudication', 3.7, 0.23, 'claudication',
      published('suri-2010', 'Systematic review, older adults with leg pain, non-operated')),
    lr('no-pain-when-seated', 7.4, undefined, 'claudication',
      published('suri-2010', '95% CI 1.9-30; non-operated')),
    lr('symptoms-improve-bending-forward', 6.4, undefined, 'claudication', published('suri-2010', 'Non-operated')),
    lr('bilateral-leg-symptoms', 6.3, undefined, 'claudication',
      published('suri-2010', '"Bilateral buttock or leg pain"; non-operated')),
    lr('wide-based-gait', 13, undefined, 'claudication',
      published('suri-2010', '95% CI 1.9-95: imprecise; non-operated')),
    lr('age-over-70', 2.0, undefined, 'age', published('suri-2010', 'Non-operated')),
    lr('age-under-60', 0.4, undefined, 'age', published('suri-2010', 'Non-operated')),
    lr('leg-pain-dominant', 1.5, 0.6, 'pain-distribution',
      estimate('Radicular or claudicant leg pain is the hallmark (evidence.md C09)')),
    lr('dn4-4-or-more', 1.3, 0.7, 'neuropathic-screen',
      estimate('Rule c of findings-matrix.md §3.0: compressive radicular causes, weak phenotype link')),
    lr('positive-spurling-test', 4.3, 0.75, 'spurling',
      computed('Tong 2002: sens 0.30, spec 0.93 (secondary copy); cervical foraminal stenosis', 'tong-2002')),
    lr('neural-compression-at-operated-level-on-imaging', 5.0, 0.2, 'imaging-stenosis',
      estimate('Residual central/lateral-recess stenosis; stenosis on imaging also occurs without symptoms, so require concordance')),
    lr('foraminal-stenosis-on-imaging', 4.0, 0.5, 'imaging-stenosis',
      estimate('Lateral/foraminal stenosis is the classic missed cause (Burton 1981); CT shows the bony foramen', 'burton-1981')),
    lr('no-neural-compression-on-mri', 0.1, undefined, 'imaging-stenosis',
      estimate('Stenosis needs a compressive lesion; none on MRI')),
    lr('positive-selective-nerve-root-block', 2.5, 0.6, 'imaging-stenosis',
      estimate('Confirms the symptomatic level; accuracy unverified (evidence.md D10)')),
  ],
  management:
    'Repeat decompression may be justified for well-defined, discrete pathology concordant with the symptoms; ' +
    'otherwise non-operative care (Phillips & Cunningham 2002).',
  sources: ['burton-1981', 'waguespack-2002', 'phillips-2002', 'suri-2010'],
};

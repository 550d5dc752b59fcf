/** C06 Adjacent segment degeneration / disease (evidence.md §2.3 C06; findings-matrix.md §2, §3 C06). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const adjacentSegmentDisease: Cause = {
  id: 'adjacent-segment-disease',
  code: 'C06',
  name: 'Adjacent segment degeneration / disease',
  synonyms: ['ASD', 'adjacent segment degeneration', 'adjacent segment pathology', 'adjacent level disease', 'other-level degeneration'],
  painTypes: ['mixed'],
  onset: {
    windows: ['intermediate', 'late'],
    description:
      'Usually years after fusion; onset within the first year is linked to long fusions and poor lordosis ' +
      '(The Nerve 2020: 4.9% within year 1).',
  },
  hallmarks:
    'New stenosis or instability symptoms from a level above (rarely below) the fusion: neurogenic claudication or ' +
    'radiculopathy in a new root territory.',
  correctableLesion: true,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.005, 0.01, 0.04, 0.08],
      estimate(
        'No fusion; other levels degenerate over years (SpineUniverse timing page, secondary)',
        'spineuniverse-fbss-causes',
      ),
    ),
    decompression: priors([0.005, 0.01, 0.05, 0.12], estimate('Progressive degeneration in older patients')),
    fusion: priors(
      [0.005, 0.02, 0.08, 0.22],
      estimate(
        'Reoperation for ASD 2.5%/year, 13.6% at 5 years, 22.2% at 10 years (Sears 2011); 4.9% within year 1 ' +
          '(The Nerve 2020)',
        'sears-2011',
        'the-nerve-2020-asd',
      ),
    ),
    cervical: priors(
      [0.005, 0.02, 0.08, 0.2],
      estimate(
        'Symptomatic ASD 2.9%/year, 25.6% predicted at 10 years (Hilibrand 1999); pooled symptomatic ASD 13.3% ' +
          '(PMC5058869 meta-analysis)',
        'hilibrand-1999',
        'pmc5058869-cervical-asd',
      ),
    ),
  },
  groups: [
    group('course', 'course'),
    group('new-level-signs', 'history-exam'),
    group('fusion-extent', 'history-exam'),
    group('age', 'history-exam'),
    group('adjacent-imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-different-pain', 3.0, undefined, 'course',
      estimate('New symptoms from a level above (rarely below) the fusion')),
    lr('pain-free-interval-then-recurrence', 2.0, undefined, 'course',
      estimate('ASD follows a good result, typically years later (evidence.md C06)')),
    lr('never-improved-after-surgery', 0.3, undefined, 'course',
      estimate('ASD follows a good result, typically years later')),
    lr('new-dermatome-involved', 3.0, 0.6, 'new-level-signs',
      estimate('Hilibrand 1999 defined cervical ASD as NEW radiculopathy or myelopathy at an adjacent level', 'hilibrand-1999')),
    lr('neurogenic-claudication', 2.0, 0.6, 'new-level-signs',
      estimate('ASD often presents as new stenosis (evidence.md C06)')),
    lr('positive-spurling-test', 1.5, 0.9, 'new-level-signs',
      estimate('Cervical: adjacent-level radiculopathy')),
    lr('long-fusion-3-or-more-levels', 1.5, 0.8, 'fusion-extent',
      estimate('Risk rises with levels fused (Sears 2011); symptomatic ASP 18% after >= 3-level fusion (PMC4078180)',
        'sears-2011', 'pmc4078180-asp')),
    lr('age-over-70', 1.2, 0.9, 'age', estimate('Age is a risk factor (Sears 2011)', 'sears-2011')),
    lr('adjacent-level-stenosis-or-herniation-on-imaging', 5.0, 0.15, 'adjacent-imaging',
      estimate('Radiographic ASP is common without symptoms (29% radiographic vs 18% symptomatic, PMC4078180), so require ' +
        'concordance with symptoms', 'pmc4078180-asp')),
    lr('abnormal-motion-on-flexion-extension', 2.5, 0.8, 'adjacent-imaging', estimate('At the adjacent level')),
    lr('positive-selective-nerve-root-block', 1.5, 0.8, 'adjacent-imaging', estimate('Block of the adjacent root')),
  ],
  management:
    'Conservative care first; decompression with or without extension of the fusion when imaging is concordant with ' +
    'the symptoms.',
  sources: ['sears-2011', 'pmc4078180-asp', 'wang-2017', 'the-nerve-2020-asd', 'hilibrand-1999'],
};

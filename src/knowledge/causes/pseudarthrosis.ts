/** C07 Pseudarthrosis (failed fusion) (evidence.md §2.3 C07; findings-matrix.md §2, §3 C07). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const pseudarthrosis: Cause = {
  id: 'pseudarthrosis',
  code: 'C07',
  name: 'Pseudarthrosis (failed fusion)',
  synonyms: ['failed fusion', 'non-union', 'nonunion', 'fusion failure'],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['intermediate'],
    description:
      'Pain that persists or returns months after fusion; defined as no solid union 12 months after surgery ' +
      '(ISSLS textbook ch. 18.4).',
  },
  hallmarks:
    'Axial, mechanical, often central pain; loosening or breakage of screws; risk factors smoking, NSAIDs and ' +
    'inadequate fixation.',
  correctableLesion: true,
  redFlags: [],
  requires: { fusion: true },
  priors: {
    discectomy: priors([0, 0, 0, 0], estimate('No fusion: excluded')),
    decompression: priors([0, 0, 0, 0], estimate('No fusion: excluded')),
    fusion: priors(
      [0.005, 0.05, 0.15, 0.12],
      estimate(
        '14.8% of FBSS (Waguespack 2002, secondary); defined at 12 months (ISSLS textbook ch. 18.4)',
        'waguespack-2002',
        'issls-pseudarthrosis-chapter',
      ),
    ),
    cervical: priors(
      [0.005, 0.04, 0.12, 0.1],
      estimate('ACDF pseudarthrosis 2-20% (J Clin Neurosci 2016)', 'j-clin-neurosci-2016-acdf'),
    ),
  },
  groups: [
    group('course', 'course'),
    group('pain-distribution', 'history-exam'),
    group('fusion-risk', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('fusion-imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('pain-free-interval-then-recurrence', 2.0, undefined, 'course',
      estimate('Pain often starts many months after the operation (ISSLS textbook ch. 18.4)', 'issls-pseudarthrosis-chapter')),
    lr('never-improved-after-surgery', 1.3, undefined, 'course',
      estimate('Pain may persist from the operation on (evidence.md C07: pain that persists or returns)')),
    lr('new-different-pain', 0.8, undefined, 'course',
      estimate('Non-union gives axial pain at the fused level (evidence.md C07) rather than a new kind of pain')),
    lr('axial-pain-dominant', 1.8, 0.5, 'pain-distribution',
      estimate('Axial, mechanical, often central pain (ISSLS textbook)', 'issls-pseudarthrosis-chapter')),
    lr('mechanical-pain-on-loading', 1.5, 0.6, 'pain-distribution',
      estimate('Mechanical pain is a hallmark (evidence.md C07)')),
    lr('smoking', 2.0, 0.8, 'fusion-risk',
      estimate('Established risk factor (ISSLS textbook), no LR published', 'issls-pseudarthrosis-chapter')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('absent-bridging-bone-on-ct', 3.0, 0.3, 'fusion-imaging',
      estimate('Anchored on Ho 2011 (cadaver CT: PPV 59, NPV 90), Spine J 2008;8:570 (CT called 77% of interbody levels healed ' +
        'vs 97% fused at exploration) and low inter-observer agreement (Gonzalez-Gallardo 2025)',
        'ho-2011', 'spine-j-2008-plif', 'gonzalez-gallardo-2025'),
      {
        early: {
          beforeMonths: 12,
          present: 1.5,
          basis: estimate('Fusion still maturing before 12 months: pseudarthrosis is defined as no solid union at 12 months ' +
            '(ISSLS textbook ch. 18.4)', 'issls-pseudarthrosis-chapter'),
        },
      }),
    lr('solid-fusion-on-ct', 0.2, undefined, 'fusion-imaging',
      estimate('CT is better at confirming fusion (NPV > PPV, Ho 2011)', 'ho-2011')),
    lr('abnormal-motion-on-flexion-extension', 4.0, 0.6, 'fusion-imaging',
      estimate('Motion at the fused level; static films agree with exploration in ~2/3 (Resnick 2014); Larsen 1996: no test ' +
        'correlated with exploration (25 patients)', 'resnick-2014', 'larsen-1996')),
    lr('screw-lucency-on-ct', 2.5, 0.6, 'fusion-imaging', estimate('Loosening accompanies non-union')),
    lr('implant-fracture-or-disconnection', 4.0, 0.8, 'fusion-imaging',
      estimate('Fatigue failure implies persistent motion')),
  ],
  management:
    'Treat smoking and metabolic factors and exclude infection; revision fusion for symptomatic non-union, although ' +
    'Waddell 1979 lists pseudarthrosis repair among the reoperations with a poorer outlook.',
  sources: ['issls-pseudarthrosis-chapter', 'resnick-2014', 'larsen-1996', 'ho-2011', 'spine-j-2008-plif', 'gonzalez-gallardo-2025'],
};

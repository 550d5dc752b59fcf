/** C08 Malpositioned hardware (screw, cage, graft) (evidence.md §2.3 C08; findings-matrix.md §2, §3 C08). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const malpositionedHardware: Cause = {
  id: 'malpositioned-hardware',
  code: 'C08',
  name: 'Malpositioned hardware (screw, cage, graft)',
  synonyms: ['screw malposition', 'misplaced pedicle screw', 'screw breach', 'cage migration', 'graft migration'],
  painTypes: ['neuropathic'],
  onset: {
    windows: ['immediate', 'late'],
    description:
      'Usually immediate: new radicular pain on waking from surgery. Delayed presentations occur but are rare ' +
      '(a delayed deficit was reported 6 years later in a case cited in evidence.md).',
  },
  hallmarks:
    'New dermatomal pain unlike the pre-operative pain, severe pain at rest, sensory deficit and a positive ' +
    'straight-leg raise.',
  correctableLesion: true,
  redFlags: ['hardware-failure'],
  requires: { implant: true },
  priors: {
    discectomy: priors([0, 0, 0, 0], estimate('No implant: excluded')),
    decompression: priors([0, 0, 0, 0], estimate('No implant: excluded')),
    fusion: priors(
      [0.06, 0.03, 0.015, 0.01],
      estimate('Immediate new radicular pain; delayed cases rare (evidence.md C08)'),
    ),
    cervical: priors([0.03, 0.02, 0.01, 0.01], estimate('Graft or cage migration, screw breach')),
  },
  groups: [
    group('course', 'course'),
    group('radicular-signs', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('implant-position-imaging', 'test-result'),
    group('root-block', 'test-result'),
  ],
  likelihoodRatios: [
    lr('new-pain-immediately-after-surgery', 8.0, 0.3, 'course',
      estimate('New radicular pain on waking, different from the pre-operative pain (evidence.md C08)')),
    lr('never-improved-after-surgery', 1.2, undefined, 'course',
      estimate('A malpositioned implant gives pain from the operation on (evidence.md C08)')),
    lr('pain-free-interval-then-recurrence', 0.4, undefined, 'course',
      estimate('Delayed cases exist but are rare')),
    lr('new-dermatome-involved', 3.0, 0.5, 'radicular-signs',
      estimate('New dermatomal pain unlike the pre-operative pain is the hallmark (evidence.md C08)')),
    lr('dermatomal-sensory-deficit', 1.8, 0.7, 'radicular-signs', estimate('New deficit')),
    lr('new-or-progressive-motor-deficit', 2.5, 0.8, 'radicular-signs',
      estimate('Root injury by the implant; red-flag triage RF04/RF05 applies first')),
    lr('positive-straight-leg-raise', 1.3, 0.6, 'radicular-signs', estimate('Listed hallmark (evidence.md C08)')),
    lr('dn4-4-or-more', 1.3, 0.7, 'neuropathic-screen',
      estimate('Rule c of findings-matrix.md §3.0: compressive radicular causes, weak phenotype link')),
    lr('screw-or-cage-breach-on-imaging', 10, 0.1, 'implant-position-imaging',
      estimate('CT is the standard test (evidence.md D02); small breaches are common without symptoms, so the value needs a ' +
        'breach into canal or foramen at the symptomatic root')),
    lr('cage-subsidence-or-migration', 3.0, 0.9, 'implant-position-imaging',
      estimate('Cage or graft displacement can compress the root (evidence.md C08)')),
    lr('positive-selective-nerve-root-block', 1.5, 0.8, 'root-block',
      estimate('Confirms the affected root; no accuracy data (evidence.md D10, unverified)')),
  ],
  management:
    'Early revision of the screw trajectory or length gives immediate relief in clear cases (Mallepally 2024); a ' +
    'selective nerve root block when mild; spinal cord stimulation for neuropathic pain remaining after removal.',
  sources: ['mallepally-2024'],
};

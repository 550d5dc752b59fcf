/** C15 Pseudomeningocele / CSF leak (evidence.md §2.3 C15; findings-matrix.md §2, §3 C15). */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const pseudomeningocele: Cause = {
  id: 'pseudomeningocele',
  code: 'C15',
  name: 'Pseudomeningocele / CSF leak',
  synonyms: ['pseudomeningocoele', 'CSF leak', 'CSF fistula', 'post-operative CSF collection'],
  painTypes: ['mixed'],
  onset: {
    windows: ['early', 'intermediate', 'late'],
    description: 'Weeks to months after surgery; can present years later (a 7-year case).',
  },
  hallmarks:
    'Fluctuant swelling under the scar; positional (orthostatic) headache; back or radicular pain worse with ' +
    'Valsalva or walking; heel-tap pain; limited straight-leg raise. Risks: dural tear, multiple operations, smoking.',
  correctableLesion: true,
  redFlags: ['csf-leak'],
  requires: {},
  priors: {
    discectomy: priors(
      [0.01, 0.015, 0.005, 0.003],
      estimate('0.19-2% after discectomy (secondary); weeks to months'),
    ),
    decompression: priors(
      [0.015, 0.02, 0.005, 0.003],
      estimate('Dural tears more frequent in stenosis surgery'),
    ),
    fusion: priors(
      [0.01, 0.015, 0.005, 0.003],
      estimate('As after discectomy (findings-matrix.md §2.1): 0.19-2% after discectomy (secondary); weeks to months'),
    ),
    cervical: priors([0.005, 0.005, 0.003, 0.002], estimate('Posterior approach')),
  },
  groups: [
    group('csf-clinical', 'history-exam'),
    group('csf-risk', 'history-exam'),
    group('imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('fluctuant-mass-under-scar', 8.0, 0.5, 'csf-clinical', estimate('Hallmark (evidence.md C15)')),
    lr('orthostatic-headache', 6.0, 0.8, 'csf-clinical',
      estimate('Positional headache of a CSF leak is a hallmark (evidence.md C15)')),
    lr('clear-wound-fluid', 8.0, 0.9, 'csf-clinical',
      estimate('Clear watery wound discharge is possible CSF; red flag RF08 if fever or neck stiffness')),
    lr('pain-worse-with-valsalva', 1.5, 0.8, 'csf-clinical',
      estimate('Back or radicular pain worse with Valsalva is listed (evidence.md C15)')),
    lr('dural-tear-at-surgery', 4.0, 0.6, 'csf-risk', estimate('Main risk factor')),
    lr('multiple-prior-spine-surgeries', 1.5, 0.9, 'csf-risk', estimate('Listed risk (evidence.md C15)')),
    lr('smoking', 1.3, 0.9, 'csf-risk', estimate('Listed risk (evidence.md C15)')),
    lr('csf-collection-on-imaging', 15, 0.1, 'imaging',
      estimate('MRI cyst communicating with the thecal sac')),
  ],
  management:
    'Many small collections resolve; surgery (dural repair, fat graft) for a fistula, infection, persistent ' +
    'intracranial hypotension or pain. Warn interventionalists: needles can puncture the sac. MRI shows the ' +
    'communicating cyst (myelography, or ultrasound when metal degrades MRI).',
  sources: ['rapm-1995-pseudomeningocele'],
};

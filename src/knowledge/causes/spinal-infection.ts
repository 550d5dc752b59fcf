/**
 * C10 Disc-space infection, deep surgical-site infection, epidural abscess (evidence.md §2.3 C10; findings-matrix.md
 * §2, §3 C10). RED FLAG: triage RF02/RF03 first; a low posterior never suppresses the alert.
 */
import { group, lr, priors } from '../authoring.js';
import { computed, estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const spinalInfection: Cause = {
  id: 'spinal-infection',
  code: 'C10',
  name: 'Disc-space infection, deep surgical-site infection, epidural abscess',
  synonyms: [
    'postoperative discitis',
    'spondylodiscitis',
    'deep surgical-site infection',
    'deep SSI',
    'spinal epidural abscess',
    'late implant infection',
  ],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['early', 'late'],
    description:
      'Usually days to weeks after surgery (retrieved cases presented at 2, 7 and 8 weeks); after instrumentation late ' +
      'infections occur up to years later (EJNS 2022: about 1.9%).',
  },
  hallmarks:
    'Severe, increasing back pain after an initial good result, pain at rest and at night, wound problems; fever is ' +
    'often absent.',
  correctableLesion: false,
  redFlags: ['postoperative-infection', 'epidural-abscess'],
  requires: {},
  priors: {
    discectomy: priors(
      [0.04, 0.03, 0.005, 0.002],
      estimate('Discitis 0.2-4% of discectomies (secondary); cases presented at 2-8 weeks (evidence.md C10)'),
    ),
    decompression: priors(
      [0.03, 0.03, 0.005, 0.002],
      estimate(
        'As after discectomy (findings-matrix.md §2.1): discitis 0.2-4% of discectomies (secondary); cases presented ' +
          'at 2-8 weeks (evidence.md C10)',
      ),
    ),
    fusion: priors(
      [0.05, 0.04, 0.015, 0.01],
      estimate(
        'Late infection after instrumentation ~1.9% (EJNS 2022); indolent C. acnes cases',
        'ejns-2022-late-infection',
      ),
    ),
    cervical: priors(
      [0.02, 0.015, 0.005, 0.003],
      estimate('Anterior cervical infection uncommon; posterior higher'),
    ),
  },
  groups: [
    group('course', 'course'),
    group('infection-clinical', 'history-exam'),
    group('infection-risk', 'history-exam'),
    group('infection-labs', 'test-result'),
    group('infection-imaging', 'test-result'),
    group('culture', 'test-result'),
  ],
  likelihoodRatios: [
    lr('escalating-pain-after-initial-relief', 3.0, 0.4, 'infection-clinical',
      estimate('Hallmark (evidence.md C10, RF03)')),
    lr('never-improved-after-surgery', 0.7, undefined, 'course',
      estimate('Infection typically follows an initial good result (evidence.md C10)')),
    lr('rest-or-night-pain', 2.0, 0.5, 'infection-clinical',
      estimate('Pain at rest and at night is a hallmark (evidence.md C10)')),
    lr('fever', 3.0, 0.7, 'infection-clinical',
      estimate('Fever often absent (evidence.md C10); reported in ~1/3 to ~2/3 of epidural abscess cases (secondary, RF02)')),
    lr('wound-drainage', 4.0, 0.8, 'infection-clinical',
      estimate('Wound problems are a hallmark (evidence.md C10, RF03)')),
    lr('wound-erythema-or-dehiscence', 3.0, 0.9, 'infection-clinical',
      estimate('Wound problems are a hallmark (evidence.md C10, RF03)')),
    lr('diabetes-or-immunosuppression', 2.0, 0.9, 'infection-risk',
      estimate('Anchored on Zhang & Li 2018 (SSI after lumbar surgery: diabetes RR 2.19, obesity RR 2.87, previous surgery ' +
        'RR 2.06; risk ratios, not LRs)', 'zhang-2018')),
    lr('crp-and-esr-both-raised', 4.5, 0.25, 'infection-labs',
      computed('ESR + CRP in postprocedure discitis: sens 79.4%, spec 82.5% at 1-2 weeks (evidence.md D06)',
        'esr-crp-postprocedure-discitis')),
    lr('esr-raised', 2.3, 0.43, 'infection-labs',
      computed('Same study: ESR alone sens 70.2%, spec 70%; used only when the combined value is not available',
        'esr-crp-postprocedure-discitis'),
      { overriddenBy: ['crp-and-esr-both-raised'] }),
    lr('crp-raised', 2.2, 0.5, 'infection-labs',
      computed('Same study: CRP alone sens 64.7%, spec 70%; used only when the combined value is not available',
        'esr-crp-postprocedure-discitis'),
      { overriddenBy: ['crp-and-esr-both-raised'] }),
    lr('esr-over-50-after-2-weeks', 5.0, 0.5, 'infection-labs',
      estimate('With increasing back pain "discitis until proven otherwise" (Spine 1988;13:98)', 'spine-1988-discitis')),
    lr('crp-rising-after-day-6', 5.0, 0.3, 'infection-labs',
      estimate('Derived: after uncomplicated discectomy CRP peaks ~day 2 and normalises by ~day 6 (evidence.md C10), so a ' +
        'persisting or second rise is abnormal', 'crp-esr-c3d-discectomy')),
    lr('wbc-raised', 1.5, 0.9, 'infection-labs',
      estimate('WBC normal in many epidural abscess cases (secondary)')),
    lr('discitis-pattern-on-mri', 6.0, 0.1, 'infection-imaging',
      estimate('MRI sens/spec up to >= 90% for spondylodiscitis (PMC5460517 review, secondary), but early post-op MRI cannot ' +
        'reliably separate septic from aseptic discitis (Acta Radiol 1998;39:108)',
        'pmc5460517-spondylodiscitis', 'acta-radiol-1998-discitis')),
    lr('epidural-collection-on-mri', 8.0, 0.8, 'infection-imaging',
      estimate('Rim-enhancing collection; post-operative seroma mimics it')),
    lr('positive-culture-or-biopsy', 15, 0.5, 'culture',
      estimate('Cultures positive in only 42-73% (evidence.md D07), so a negative culture lowers little')),
    lr('screw-lucency-on-ct', 1.5, 0.9, 'infection-imaging',
      estimate('Consider low-grade infection when screws loosen (unverified in evidence.md)')),
  ],
  management:
    'Red-flag triage first (RF02/RF03). Prolonged antibiotics; surgery (debridement with or without stabilisation) ' +
    'for neurological deficit, abscess, bone destruction or failure of conservative care. Diagnostic delay worsens ' +
    'the outcome.',
  sources: [
    'spine-1988-discitis',
    'crp-esr-c3d-discectomy',
    'esr-crp-postprocedure-discitis',
    'acta-radiol-1998-discitis',
    'pmc5460517-spondylodiscitis',
    'ejns-2022-late-infection',
    'zhang-2018',
  ],
};

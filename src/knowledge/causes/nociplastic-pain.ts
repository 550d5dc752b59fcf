/**
 * C17 Nociplastic pain / central sensitisation (evidence.md §2.3 C17; findings-matrix.md §2, §3 C17). The
 * psychosocial findings scored here belong to the C18 modifier (`../modifiers.ts`).
 */
import { group, lr, priors } from '../authoring.js';
import { computed, estimate, toolLogic } from '../basis.js';
import type { Cause } from '../schema.js';

const chronicity = 'Needs chronicity (Nijs 2015); rises with duration';

export const nociplasticPain: Cause = {
  id: 'nociplastic-pain',
  code: 'C17',
  name: 'Nociplastic pain / central sensitisation',
  synonyms: ['central sensitisation', 'central sensitization', 'nociplastic', 'chronic primary pain (ICD-11 MG30.0)'],
  painTypes: ['nociplastic'],
  onset: {
    windows: ['intermediate', 'late'],
    description: 'Chronic pain beyond 3 months, often with widespread pain.',
  },
  hallmarks:
    'Pain out of proportion to the findings, widespread hyperalgesia, fatigue, poor sleep and low mood. Classified ' +
    'after neuropathic pain is excluded, then separated from nociceptive pain (Nijs 2015); Central Sensitization ' +
    'Inventory cut-offs are unverified in evidence.md.',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors([0.02, 0.05, 0.1, 0.15], estimate(chronicity, 'nijs-2015')),
    decompression: priors([0.02, 0.05, 0.1, 0.15],
      estimate('As after discectomy (findings-matrix.md §2.1): needs chronicity (Nijs 2015); rises with duration', 'nijs-2015')),
    fusion: priors([0.02, 0.05, 0.1, 0.15],
      estimate('As after discectomy (findings-matrix.md §2.1): needs chronicity (Nijs 2015); rises with duration', 'nijs-2015')),
    cervical: priors([0.02, 0.05, 0.1, 0.15],
      estimate('As after lumbar discectomy (findings-matrix.md §2.1): needs chronicity (Nijs 2015); rises with duration', 'nijs-2015')),
  },
  groups: [
    group('course', 'course'),
    group('nociplastic', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('psychosocial', 'psychosocial', Math.log(3),
      toolLogic('Capped at ln 3 (1.1) so psychosocial load alone cannot make C17 the top cause (findings-matrix.md §3 C17)')),
  ],
  likelihoodRatios: [
    lr('widespread-pain', 3.0, 0.4, 'nociplastic', estimate('Nijs 2015 (Pain Physician 18:E333)', 'nijs-2015')),
    lr('pain-disproportionate-to-findings', 3.0, 0.3, 'nociplastic',
      estimate('First criterion in Nijs 2015', 'nijs-2015')),
    lr('csi-40-or-more', 1.8, 0.31, 'nociplastic',
      computed('Neblett 2015: CSI >= 40 vs central sensitivity syndromes in 161 pain patients, sens 82.8%, spec 54.8%; ' +
        'vs pain-free controls sens 81%, spec 75% (Neblett 2013)', 'neblett-2015', 'neblett-2013')),
    lr('fatigue-sleep-mood-disturbance', 1.8, 0.6, 'nociplastic',
      estimate('Fatigue, sleep and mood problems are hallmarks (evidence.md C17)')),
    lr('dn4-4-or-more', 0.7, 1.1, 'neuropathic-screen',
      estimate('Nijs 2015 classifies neuropathic pain first', 'nijs-2015')),
    lr('never-improved-after-surgery', 1.3, undefined, 'course',
      estimate('Pain that never settled fits central sensitisation more than a new structural event')),
    lr('pain-free-interval-then-recurrence', 0.8, undefined, 'course',
      estimate('Recurrence after a pain-free interval points to a new structural event')),
    lr('start-back-high-risk', 1.5, 0.8, 'psychosocial', estimate('C18 psychosocial modifier (findings-matrix.md §3 C18)')),
    lr('pcs-30-or-more', 1.5, 0.8, 'psychosocial', estimate('C18 psychosocial modifier (findings-matrix.md §3 C18)')),
    lr('depression-or-anxiety', 1.5, 0.8, 'psychosocial',
      estimate('C18 psychosocial modifier (findings-matrix.md §3 C18)')),
  ],
  management:
    'Pain neuroscience education, graded activity and CBT or ACT; avoid escalating interventions. (evidence.md ' +
    'marks this management as unverified: confirm with a clinician.)',
  sources: ['nijs-2015', 'neblett-2013', 'neblett-2015'],
};

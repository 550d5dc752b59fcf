/** T08 Dorsal root ganglion stimulation (evidence.md §4.2 T08). */
import { published, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { spinalCordStimulation } from './spinal-cord-stimulation.js';
import { REVIEW_IMPLANT } from './shared.js';

export const drgStimulation: Treatment = {
  id: 'drg-stimulation',
  code: 'T08',
  name: 'Dorsal root ganglion (DRG) stimulation',
  kind: 'neuromodulation',
  interventional: true,
  summary:
    'Stimulation of a single dorsal root ganglion for focal neuropathic pain (foot, groin, knee) or single-root radicular pain after discectomy, or as salvage after failed SCS. Small case series only; no NICE guidance found.',
  indications: [
    {
      description: 'Focal neuropathic pain or single-root radicular pain after discectomy; salvage after failed SCS',
      causes: ['nerve-root-injury', 'epidural-fibrosis'],
      basis: published('kallewaard-2019', 'evidence.md §4.2 T08'),
    },
  ],
  contraindications: spinalCordStimulation.contraindications,
  cautions: spinalCordStimulation.cautions,
  evidence: [
    {
      statement:
        'After lumbar discectomy, 11 of 13 patients had a positive trial and were implanted; pain fell from 8.64 to 2.40 at 12 months (-72%, 9 patients). The randomised ACCURATE trial was in CRPS, not FBSS.',
      comparison: { outcome: 'positive trial and implanted', arms: [{ label: 'DRG stimulation trial', events: 11, total: 13 }], caveat: 'case series of 13 patients' },
      basis: published('kallewaard-2019'),
    },
  ],
  guidelines: [
    {
      body: 'NICE',
      jurisdiction: 'england',
      position: 'not-covered',
      statement: 'No NICE guidance on DRG stimulation was found in the research for SpinePath.',
      basis: toolLogic('evidence.md §4.2 T08: no NICE guidance found'),
    },
  ],
  procedures: ['drg-stimulator-placement'],
  review: REVIEW_IMPLANT,
  fit: { goals: ['reduce-leg-pain', 'walk-further'], conflicts: ['no-implanted-device', 'fear-of-needles'], basis: toolLogic('Aimed at focal limb pain; an implanted device') },
  patient: {
    name: 'Nerve root stimulator (DRG)',
    what: 'A small wire is placed next to one nerve root and linked to a battery under the skin. It targets pain in one small area such as the foot or groin.',
    benefits: 'In a small study after disc surgery, 11 of 13 people had a good trial, and pain dropped a lot in those followed for a year.',
    risks: 'The studies are small. Risks are like other stimulators: infection, a wire moving, and more surgery on the device.',
  },
  sources: ['kallewaard-2019'],
};

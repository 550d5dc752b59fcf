/** T13 Pulsed radiofrequency of the dorsal root ganglion (evidence.md §4.2 T13). */
import { published, toolLogic } from '../basis.js';
import type { Treatment } from '../schema.js';
import { ANTITHROMBOTIC, BLEEDING_DISORDER, PREGNANCY_PROCEDURE, PSEUDOMENINGOCELE, REVIEW_PROCEDURE, SUSPECTED_INFECTION } from './shared.js';

export const pulsedRadiofrequencyDrg: Treatment = {
  id: 'pulsed-radiofrequency-drg',
  code: 'T13',
  name: 'Pulsed radiofrequency of the dorsal root ganglion',
  kind: 'ablation',
  interventional: true,
  summary:
    'Non-destructive pulsed radiofrequency next to a dorsal root ganglion for chronic radicular pain that did not respond to epidural injections. The only placebo-controlled pilot trial in the lumbar spine was negative.',
  indications: [
    {
      description: 'Chronic radicular pain refractory to epidural injections',
      causes: ['nerve-root-injury', 'epidural-fibrosis'],
      basis: published('castroman-2019', 'evidence.md §4.2 T13'),
    },
  ],
  contraindications: [SUSPECTED_INFECTION],
  cautions: [PSEUDOMENINGOCELE, BLEEDING_DISORDER, ANTITHROMBOTIC, PREGNANCY_PROCEDURE],
  evidence: [
    {
      statement: 'Pilot randomised trial (32 patients): no significant difference from placebo at 4 weeks (VAS difference -0.36) or 3 months.',
      basis: published('shanthanna-2014'),
    },
    {
      statement: 'Case series of 31 patients refractory to epidural steroids: 40% satisfactory response at 1 month.',
      comparison: { outcome: 'satisfactory response at 1 month', arms: [{ label: 'pulsed radiofrequency', percent: 40 }], caveat: 'uncontrolled case series' },
      basis: published('castroman-2019'),
    },
    {
      statement: 'Review: evidence compelling for cervical radicular pain, not established for lumbosacral pain; PSPS-T2 chapter: "might be beneficial".',
      basis: published(['facchini-2017', 'van-de-minkelis-2024']),
    },
  ],
  guidelines: [
    {
      body: 'NICE',
      jurisdiction: 'england',
      position: 'not-covered',
      statement: 'No guideline position on pulsed radiofrequency of the DRG was found in the research for SpinePath.',
      basis: toolLogic('evidence.md §4.2 T13: no guideline position'),
    },
  ],
  procedures: ['pulsed-rf-drg'],
  review: REVIEW_PROCEDURE,
  fit: { goals: ['reduce-leg-pain'], conflicts: ['fear-of-needles'], basis: toolLogic('Aimed at radicular pain; a needle procedure') },
  patient: {
    name: 'Pulsed radiofrequency next to the nerve root',
    what: 'A needle is placed next to the nerve root, and short bursts of radio waves are used to calm the nerve without damaging it.',
    benefits: 'Some people with leg pain feel better for a time. In one small study, about 40 in 100 felt better after a month.',
    risks: 'The only careful study in the low back found it no better than a dummy treatment. Risks are like other needle treatments.',
  },
  sources: ['shanthanna-2014', 'castroman-2019', 'facchini-2017', 'van-de-minkelis-2024'],
};

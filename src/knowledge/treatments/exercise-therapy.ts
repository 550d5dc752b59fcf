/** T01 Exercise, physiotherapy and rehabilitation (evidence.md §4.2 T01, §4.3; §7.2 item 11). */
import { published, secondary, toolLogic, unverified } from '../basis.js';
import type { Treatment } from '../schema.js';
import { REVIEW_CONSERVATIVE } from './shared.js';

export const exerciseTherapy: Treatment = {
  id: 'exercise-therapy',
  code: 'T01',
  name: 'Exercise therapy, physiotherapy and rehabilitation',
  kind: 'exercise',
  interventional: false,
  summary:
    'Active, graded exercise (group programmes: biomechanical, aerobic, mind-body or a combination), with manual therapy only as part of a package that includes exercise. In every plan unless contraindicated.',
  indications: [
    {
      description: 'All patients with PSPS-T2: part of every stepped plan (self-management and exercise at all steps)',
      basis: toolLogic('evidence.md §7.2 item 11 ("throughout: exercise") and §4.3 (self-management advice at all steps)', 'nice-ng59'),
    },
    {
      description: 'Especially myofascial pain and deconditioning, instability (core stabilisation), nociplastic pain (graded activity)',
      causes: ['myofascial-pain', 'instability', 'nociplastic-pain'],
      basis: toolLogic('evidence.md §4.2 T01 indications and the management lines of C13, C16, C17'),
    },
  ],
  contraindications: [],
  cautions: [
    {
      id: 'after-fusion',
      description: 'After a fusion: adapt the programme to the fused segments and the surgeon\'s restrictions',
      fusion: true,
      effect: 'note',
      basis: unverified('evidence.md §4.2 T01: "none absolute; adapt after fusion [unverified]"'),
    },
  ],
  evidence: [
    {
      statement: 'A review of FBSS studies with at least 20 patients and 6 months of follow-up graded the evidence for active exercise as strong.',
      basis: published('amirdelfan-2017', 'Abstract (NASS hierarchy)'),
    },
    {
      statement: 'An evidence-based interventional pain medicine chapter rates the evidence for conservative care (exercise, rehabilitation) in PSPS-T2 as low quality.',
      basis: published('van-de-minkelis-2024', 'Abstract'),
    },
  ],
  guidelines: [
    {
      body: 'NICE NG59',
      jurisdiction: 'england',
      position: 'consider',
      statement:
        'Consider a group exercise programme (biomechanical, aerobic, mind-body or a combination) for low back pain with or without sciatica; manual therapy only as part of a treatment package including exercise, with or without psychological therapy.',
      basis: secondary('nice-ng59', 'evidence.md §4.2 T01 and §4.3 (aspenphysio and guideline-genius summaries)'),
    },
  ],
  review: REVIEW_CONSERVATIVE,
  fit: {
    goals: ['return-to-work', 'walk-further', 'stay-active', 'reduce-back-pain', 'sleep-better'],
    conflicts: [],
    basis: toolLogic('Goals an active programme works towards; no preference in the list runs against it'),
  },
  patient: {
    name: 'Exercise and physiotherapy',
    what: 'A physiotherapist builds a plan of exercises with you. You start gently and do a bit more each week. It is often done in a group.',
    benefits: 'Exercise is one of the safest ways to move and feel better. It helps many people with long-term back pain. It can help you get back to work and to the things you enjoy.',
    risks: 'Your muscles may ache for a day or two when you start. This is normal. It does not mean you are doing harm.',
  },
  sources: ['amirdelfan-2017', 'van-de-minkelis-2024', 'nice-ng59'],
};

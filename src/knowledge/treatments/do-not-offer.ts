/**
 * T15: the NICE NG59 "do not offer" list (evidence.md §4.2 T15, §4.3), shown as explicit not-recommended entries.
 * NG59 covers low back pain and sciatica in people over 16; the 2016 drug items for low back pain were read in NICE Bites
 * 93, the 2020 sciatica items in secondary copies of the update.
 */
import { secondary, unverified } from '../basis.js';
import type { DoNotOffer } from '../schema.js';

const NG59 = (note: string) => secondary('nice-ng59', note);
const NG59_2016 = secondary(['nice-ng59', 'nice-bites-93'], 'NG59 2016 drug recommendations for low back pain (NICE Bites 93; evidence.md §4.3); whether the 2020 update re-worded them was not checked');
const NG59_2020 = secondary('nice-ng59', 'NG59 December 2020 sciatica update, read in secondary copies (SPS, MIMS, Pharm J, iO, NECSU; evidence.md §4.3)');

export const doNotOffer: DoNotOffer[] = [
  { id: 'acupuncture', code: 'T15', name: 'Acupuncture', appliesTo: 'low-back-pain', statement: 'Do not offer acupuncture for managing low back pain with or without sciatica.', basis: NG59('evidence.md §4.2 T15 (aspenphysio, medicines-resources, iO, MIMS summaries)'), sources: ['nice-ng59'] },
  {
    id: 'electrotherapy',
    code: 'T15',
    name: 'Electrotherapies (TENS, PENS, ultrasound)',
    appliesTo: 'low-back-pain-and-sciatica',
    statement: 'Do not offer TENS, PENS or ultrasound (interferential therapy is also listed in some summaries: unverified).',
    basis: NG59('evidence.md §4.2 T15; interferential therapy tagged [unverified]'),
    sources: ['nice-ng59'],
  },
  { id: 'traction', code: 'T15', name: 'Traction', appliesTo: 'low-back-pain-and-sciatica', statement: 'Do not offer traction for low back pain with or without sciatica.', basis: NG59('evidence.md §4.2 T15'), sources: ['nice-ng59'] },
  { id: 'orthotics-belts-corsets', code: 'T15', name: 'Orthotics, belts and corsets', appliesTo: 'low-back-pain', statement: 'Do not offer belts, corsets or foot orthotics for managing low back pain.', basis: NG59('evidence.md §4.2 T15'), sources: ['nice-ng59'] },
  { id: 'spinal-injections-for-low-back-pain', code: 'T15', name: 'Spinal injections for low back pain', appliesTo: 'low-back-pain', statement: 'Do not offer spinal injections for managing low back pain (epidural steroid is not offered for chronic low back pain or for neurogenic claudication with central canal stenosis).', basis: NG59('evidence.md §4.3 (guideline-genius, AoMRC and ICB policy pages)'), sources: ['nice-ng59'] },
  { id: 'disc-replacement', code: 'T15', name: 'Disc replacement', appliesTo: 'low-back-pain', statement: 'Do not offer disc replacement for people with low back pain.', basis: NG59('evidence.md §4.3'), sources: ['nice-ng59'] },
  { id: 'spinal-fusion-outside-trial', code: 'T15', name: 'Spinal fusion for low back pain outside a randomised trial', appliesTo: 'low-back-pain', statement: 'Do not offer spinal fusion for low back pain unless as part of a randomised controlled trial.', basis: NG59('evidence.md §4.3'), sources: ['nice-ng59'] },
  { id: 'paracetamol-alone', code: 'T15', name: 'Paracetamol alone for low back pain', appliesTo: 'low-back-pain', statement: 'Do not offer paracetamol alone for managing low back pain.', drugClasses: ['paracetamol'], basis: NG59_2016, sources: ['nice-ng59', 'nice-bites-93'] },
  { id: 'opioids-for-chronic-low-back-pain', code: 'T15', name: 'Opioids for chronic low back pain', appliesTo: 'low-back-pain', statement: 'Do not offer opioids for managing chronic low back pain.', drugClasses: ['opioid'], basis: NG59_2016, sources: ['nice-ng59', 'nice-bites-93'] },
  { id: 'antidepressants-for-low-back-pain', code: 'T15', name: 'SSRIs, SNRIs and tricyclic antidepressants for low back pain', appliesTo: 'low-back-pain', statement: 'Do not offer selective serotonin reuptake inhibitors, serotonin-norepinephrine reuptake inhibitors or tricyclic antidepressants for managing low back pain.', drugClasses: ['ssri', 'snri', 'tricyclic-antidepressant'], basis: NG59_2016, sources: ['nice-ng59', 'nice-bites-93'] },
  { id: 'anticonvulsants-for-low-back-pain', code: 'T15', name: 'Anticonvulsants for low back pain', appliesTo: 'low-back-pain', statement: 'Do not offer anticonvulsants for managing low back pain.', drugClasses: ['gabapentinoid', 'other-antiepileptic'], basis: NG59_2016, sources: ['nice-ng59', 'nice-bites-93'] },
  { id: 'gabapentinoids-for-sciatica', code: 'T15', name: 'Gabapentinoids and other antiepileptics for sciatica', appliesTo: 'sciatica', statement: 'Do not offer gabapentinoids or other antiepileptics for sciatica; if a person already takes them, explain the risks of continuing and, if stopping is agreed, discuss withdrawal.', drugClasses: ['gabapentinoid', 'other-antiepileptic'], basis: NG59_2020, sources: ['nice-ng59'] },
  { id: 'oral-corticosteroids-for-sciatica', code: 'T15', name: 'Oral corticosteroids for sciatica', appliesTo: 'sciatica', statement: 'Do not offer oral corticosteroids for sciatica.', drugClasses: ['oral-corticosteroid'], basis: NG59_2020, sources: ['nice-ng59'] },
  { id: 'benzodiazepines-for-sciatica', code: 'T15', name: 'Benzodiazepines for sciatica', appliesTo: 'sciatica', statement: 'Do not offer benzodiazepines for sciatica; if already taking them, explain the risks and, if stopping is agreed, discuss withdrawal.', drugClasses: ['benzodiazepine'], basis: NG59_2020, sources: ['nice-ng59'] },
  { id: 'opioids-for-chronic-sciatica', code: 'T15', name: 'Opioids for chronic sciatica', appliesTo: 'chronic-sciatica', statement: 'Do not offer opioids for chronic sciatica; if already taking them, explain the risks of continuing and, if stopping is agreed, discuss withdrawal.', drugClasses: ['opioid'], basis: NG59_2020, sources: ['nice-ng59'] },
  {
    id: 'interferential-therapy',
    code: 'T15',
    name: 'Interferential therapy',
    appliesTo: 'low-back-pain-and-sciatica',
    statement: 'Interferential therapy appears in some summaries of the NG59 list of electrotherapies not to offer (UNVERIFIED: verify against NICE NG59).',
    basis: unverified('evidence.md §4.2 T15: "interferential [unverified]"', 'nice-ng59'),
    sources: ['nice-ng59'],
  },
];

/** Treatments T01-T14 of evidence.md §4.2 and the NICE NG59 "do not offer" list (T15), in code order. */
import { toolLogic } from '../basis.js';
import type { Threshold, Treatment } from '../schema.js';
import { clunealNerveRelease } from './cluneal-nerve-release.js';
import { diagnosticBlocks } from './diagnostic-blocks.js';
import { drgStimulation } from './drg-stimulation.js';
import { epiduralAdhesiolysis } from './epidural-adhesiolysis.js';
import { epiduralSteroidInjection } from './epidural-steroid-injection.js';
import { exerciseTherapy } from './exercise-therapy.js';
import { highFrequencyScs } from './high-frequency-scs.js';
import { intrathecalDrugDelivery } from './intrathecal-drug-delivery.js';
import { medication } from './medication.js';
import { psychologicalTherapy } from './psychological-therapy.js';
import { pulsedRadiofrequencyDrg } from './pulsed-radiofrequency-drg.js';
import { radiofrequencyDenervation } from './radiofrequency-denervation.js';
import { revisionSurgery } from './revision-surgery.js';
import { spinalCordStimulation } from './spinal-cord-stimulation.js';

export { doNotOffer } from './do-not-offer.js';

export const treatments: Treatment[] = [
  exerciseTherapy,
  medication,
  epiduralSteroidInjection,
  diagnosticBlocks,
  radiofrequencyDenervation,
  spinalCordStimulation,
  highFrequencyScs,
  drgStimulation,
  epiduralAdhesiolysis,
  intrathecalDrugDelivery,
  psychologicalTherapy,
  revisionSurgery,
  pulsedRadiofrequencyDrg,
  clunealNerveRelease,
];

/** Numbers the plan engine uses across treatments. */
export const planThresholds: Threshold[] = [
  {
    id: 'not-improving-relief-percent',
    value: 30,
    unit: '% relief',
    description: 'a completed or stopped course with less than 30% relief of the target pain counts as not improving',
    basis: {
      kind: 'published',
      refs: ['dworkin-2008'],
      note: 'IMMPACT: a >= 30% decrease in pain is moderately important (evidence.md §6.1); below it the course is read as not improving (tool logic)',
    },
  },
  {
    id: 'likely-cause-probability',
    value: 0.5,
    unit: 'probability',
    description: 'a cause of at least 50% is "likely" (the differential\'s band)',
    basis: toolLogic('Probability bands of docs/differential-method.md'),
  },
  {
    id: 'possible-cause-probability',
    value: 0.2,
    unit: 'probability',
    description: 'a cause of at least 20% is "possible" (the differential\'s band)',
    basis: toolLogic('Probability bands of docs/differential-method.md'),
  },
  {
    id: 'remote-cause-probability',
    value: 0.08,
    unit: 'probability',
    description: 'a cause below 8% ("unlikely" or lower) does not justify a test or treatment aimed at it',
    basis: toolLogic('Probability bands of docs/differential-method.md: below "less likely"'),
  },
];

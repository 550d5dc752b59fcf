/** The causes of persistent pain after spine surgery, in the order of evidence.md §2.3 (C18 is a modifier). */
import type { Cause } from '../schema.js';
import { implantRelatedPain } from './implant-related-pain.js';
import { epiduralFibrosis } from './epidural-fibrosis.js';
import { facetJointPain } from './facet-joint-pain.js';
import { sacroiliacJointPain } from './sacroiliac-joint-pain.js';
import { recurrentDiscHerniation } from './recurrent-disc-herniation.js';
import { adjacentSegmentDisease } from './adjacent-segment-disease.js';
import { pseudarthrosis } from './pseudarthrosis.js';
import { malpositionedHardware } from './malpositioned-hardware.js';
import { incompleteDecompression } from './incomplete-decompression.js';
import { spinalInfection } from './spinal-infection.js';
import { nerveRootInjury } from './nerve-root-injury.js';
import { wrongDiagnosis } from './wrong-diagnosis.js';
import { instability } from './instability.js';
import { arachnoiditis } from './arachnoiditis.js';
import { pseudomeningocele } from './pseudomeningocele.js';
import { myofascialPain } from './myofascial-pain.js';
import { nociplasticPain } from './nociplastic-pain.js';
import { discogenicPain } from './discogenic-pain.js';
import { clunealNerveEntrapment } from './cluneal-nerve-entrapment.js';
import { sagittalImbalance } from './sagittal-imbalance.js';
import { epiduralHematoma } from './epidural-hematoma.js';

export const causes: Cause[] = [
  implantRelatedPain,
  epiduralFibrosis,
  facetJointPain,
  sacroiliacJointPain,
  recurrentDiscHerniation,
  adjacentSegmentDisease,
  pseudarthrosis,
  malpositionedHardware,
  incompleteDecompression,
  spinalInfection,
  nerveRootInjury,
  wrongDiagnosis,
  instability,
  arachnoiditis,
  pseudomeningocele,
  myofascialPain,
  nociplasticPain,
  discogenicPain,
  clunealNerveEntrapment,
  sagittalImbalance,
  epiduralHematoma,
];

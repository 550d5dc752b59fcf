/**
 * Examination findings (findings-matrix.md §4.3), followed by the red-flag signs added in docs/knowledge-base.md
 * ("Findings added beyond findings-matrix.md §4").
 *
 * Most published accuracy figures come from non-operated patients; scar and altered anatomy usually make signs less
 * specific after surgery (findings-matrix.md, introduction).
 */
import { estimate, published, secondary, toolLogic } from '../basis.js';
import type { Finding } from '../schema.js';

export const signFindings: Finding[] = [
  {
    id: 'positive-straight-leg-raise',
    label: 'Positive straight-leg raise',
    definition: 'Passive straight-leg raising reproduces the radiating leg pain.',
    category: 'sign',
    regions: ['lumbar'],
    localisable: true,
    basis: published('deville-2000', 'Test as pooled in Devillé 2000; the definition of a positive test varied between the studies'),
  },
  {
    id: 'positive-crossed-straight-leg-raise',
    label: 'Positive crossed straight-leg raise',
    definition: 'Raising the unaffected leg reproduces the pain in the affected leg.',
    category: 'sign',
    regions: ['lumbar'],
    localisable: true,
    basis: published('deville-2000', 'Test as pooled in Devillé 2000'),
  },
  {
    id: 'dermatomal-sensory-deficit',
    label: 'Dermatomal sensory deficit',
    definition: 'New reduction of sensation in the territory of one dermatome.',
    category: 'sign',
    localisable: true,
    basis: toolLogic(
      'Vocabulary definition; only deficits new since surgery count. Single neurological signs perform poorly alone (van der Windt 2010)',
      'van-der-windt-2010',
    ),
  },
  {
    id: 'myotomal-weakness',
    label: 'Myotomal weakness',
    definition: 'New weakness, stable between examinations, of the muscles supplied by one root.',
    category: 'sign',
    localisable: true,
    basis: toolLogic('Vocabulary definition; only weakness new since surgery counts', 'van-der-windt-2010'),
  },
  {
    id: 'new-or-progressive-motor-deficit',
    label: 'New or progressive motor deficit',
    definition: 'Weakness that is new since the operation or worse than at a previous examination (RF04).',
    category: 'sign',
    localisable: true,
    basis: toolLogic('Vocabulary definition of the red flag RF04 trigger (evidence.md §3)'),
  },
  {
    id: 'positive-spurling-test',
    label: 'Positive Spurling test',
    definition: 'Neck extension with side flexion and axial compression reproduces the arm pain (Tong 2002).',
    category: 'sign',
    regions: ['cervical'],
    localisable: true,
    basis: secondary('tong-2002', 'Test as studied by Tong 2002 (read in a secondary copy)'),
  },
  {
    id: 'positive-upper-limb-tension-test',
    label: 'Positive upper-limb tension test',
    definition: 'The median-nerve-biased upper-limb tension test (ULTT A) reproduces the arm symptoms (Wainner 2003).',
    category: 'sign',
    regions: ['cervical'],
    localisable: true,
    basis: secondary('wainner-2003', 'ULTT A as studied by Wainner 2003 (read in a secondary copy)'),
  },
  {
    id: 'wide-based-gait',
    label: 'Wide-based gait',
    definition: 'Walks with a widened base of support (Suri 2010 item).',
    category: 'sign',
    regions: ['lumbar'],
    basis: published('suri-2010', 'Clinical item of the Suri 2010 review of lumbar spinal stenosis'),
  },
  {
    id: 'sij-provocation-cluster-positive',
    label: 'SIJ provocation cluster positive',
    definition:
      'At least 3 of the provocation tests (distraction, compression, thigh thrust, sacral thrust, Gaenslen on both ' +
      'sides) reproduce the familiar pain.',
    category: 'sign',
    regions: ['lumbar'],
    basis: published(
      'laslett-2005a',
      '>= 3 of 6 tests, criterion standard SIJ block, non-operated patients; Laslett 2003 (secondary copy) used the same cluster',
    ),
  },
  {
    id: 'centralization-on-repeated-movements',
    label: 'Centralization on repeated movements',
    definition: 'During repeated movement testing the referred pain retreats towards the midline.',
    category: 'sign',
    basis: published(['laslett-2005b', 'laslett-2006'], 'Centralization as studied against discography'),
  },
  {
    id: 'clinical-instability-signs',
    label: 'Clinical instability signs',
    definition:
      'Lumbar flexion of 53 degrees or more, or no hypomobility on intervertebral motion testing (Fritz 2005).',
    category: 'sign',
    regions: ['lumbar'],
    basis: published('fritz-2005', 'Variables for radiographic instability in 49 non-operated patients'),
  },
  {
    id: 'paivm-hypermobility',
    label: 'PAIVM hypermobility',
    definition: 'Hypermobility found on passive accessory intervertebral motion testing (Abbott 2005).',
    category: 'sign',
    localisable: true,
    basis: published('abbott-2005'),
  },
  {
    id: 'limited-painful-hip-internal-rotation',
    label: 'Limited, painful hip internal rotation',
    definition: 'Passive internal rotation of the hip is reduced and painful.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition of the hip-spine examination item (evidence.md C12, D13)'),
  },
  {
    id: 'iliac-crest-trigger-point-tenderness',
    label: 'Iliac crest trigger point',
    definition:
      'A tender point that reproduces the pain on the posterior iliac crest about 7 cm from the midline (superior ' +
      'cluneal nerve) or about 1.5 cm below the PSIS (middle cluneal nerve).',
    category: 'sign',
    regions: ['lumbar'],
    localisable: true,
    basis: published('isu-2018'),
  },
  {
    id: 'palpable-trigger-points-reproducing-pain',
    label: 'Trigger points reproducing pain',
    definition: 'Taut-band trigger points in the paraspinal or gluteal muscles that reproduce the usual pain.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition; myofascial pain is a clinical diagnosis (evidence.md C16)'),
  },
  {
    id: 'poor-trunk-endurance',
    label: 'Poor trunk endurance',
    definition: 'Trunk muscle endurance clearly below what is expected when tested.',
    category: 'sign',
    basis: estimate('expert threshold: clinician judgement; no numeric cut-off chosen'),
  },
  {
    id: 'absent-foot-pulses',
    label: 'Absent foot pulses',
    definition: 'Dorsalis pedis and posterior tibial pulses are absent or weak.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition (vascular claudication mimic, evidence.md C12)'),
  },
  {
    id: 'stocking-distribution-sensory-loss',
    label: 'Stocking sensory loss',
    definition: 'Symmetrical loss of sensation in both feet, distal more than proximal.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition (peripheral neuropathy mimic, evidence.md C12, C23)'),
  },
  {
    id: 'fever',
    label: 'Fever',
    definition: 'Body temperature of 38.0 degrees C or higher.',
    category: 'sign',
    basis: estimate('expert threshold: >= 38.0 degrees C'),
  },
  {
    id: 'wound-drainage',
    label: 'Wound drainage',
    definition: 'Discharge from the wound that continues beyond the first post-operative days.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition (infection feature, evidence.md C10, RF03)'),
  },
  {
    id: 'wound-erythema-or-dehiscence',
    label: 'Wound redness or breakdown',
    definition: 'Spreading redness, warmth or breakdown of the wound.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition (infection feature, evidence.md C10, RF03)'),
  },
  {
    id: 'clear-wound-fluid',
    label: 'Clear wound fluid',
    definition: 'Clear, watery discharge from the wound, possibly cerebrospinal fluid.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition (CSF leak feature, evidence.md C15, RF08)'),
  },
  {
    id: 'fluctuant-mass-under-scar',
    label: 'Fluctuant mass under scar',
    definition: 'A soft, fluctuant swelling under the incision.',
    category: 'sign',
    basis: toolLogic('Vocabulary definition (pseudomeningocele hallmark, evidence.md C15)'),
  },

  // Added for red-flag triage and the neck (docs/knowledge-base.md), not in findings-matrix.md §4.
  {
    id: 'loss-of-anal-tone',
    label: 'Loss of anal tone',
    definition: 'Anal sphincter tone is reduced or absent on examination (RF01).',
    category: 'sign',
    basis: published('ajem-2019-ces', 'Loss of anal tone is one of the cauda equina red-flag findings (RF01)'),
  },
  {
    id: 'rapidly-progressive-motor-deficit',
    label: 'Rapidly progressive motor deficit',
    definition: 'A motor deficit that worsens over hours to days (RF04, emergency).',
    category: 'sign',
    localisable: true,
    basis: toolLogic('Red-flag vocabulary (RF04); the emergency time frame is tool logic in evidence.md §3'),
  },
  {
    id: 'severe-motor-weakness',
    label: 'Severe motor weakness',
    definition: 'Power of MRC grade 3 or less in a myotome, for example a foot drop (RF04).',
    category: 'sign',
    localisable: true,
    basis: estimate('expert threshold: MRC grade <= 3 in a myotome'),
  },
  {
    id: 'myelopathy-signs',
    label: 'Myelopathy signs',
    definition: 'New hyperreflexia, Hoffmann sign, gait disturbance or clumsiness of the hands (RF04).',
    category: 'sign',
    regions: ['cervical'],
    basis: toolLogic('Red-flag vocabulary (RF04 names myelopathy as a neurological deficit)'),
  },
  {
    id: 'sepsis-signs',
    label: 'Signs of sepsis',
    definition: 'Fever together with a fast heart rate, low blood pressure, rigors or confusion (RF02/RF03 emergency).',
    category: 'sign',
    basis: toolLogic('Red-flag vocabulary; evidence.md §3 makes RF03 an emergency when sepsis is present'),
  },
  {
    id: 'neck-stiffness-or-meningism',
    label: 'Neck stiffness or meningism',
    definition: 'Neck stiffness or photophobia suggesting meningitis (RF08).',
    category: 'sign',
    basis: toolLogic('Red-flag vocabulary (RF08: fever or neck stiffness with a CSF leak)'),
  },
];

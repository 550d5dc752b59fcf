/**
 * Symptoms, pain distribution and pain quality (findings-matrix.md §4.2), followed by the red-flag symptoms added in
 * docs/knowledge-base.md ("Findings added beyond findings-matrix.md §4").
 *
 * Pain ratings are separate 0-10 NRS for back (or neck) and leg (or arm) pain (instruments.md §1).
 */
import { estimate, published, toolLogic, unverified } from '../basis.js';
import type { Finding } from '../schema.js';

export const symptomFindings: Finding[] = [
  {
    id: 'leg-pain-dominant',
    label: 'Leg pain dominant',
    definition: 'Leg pain rated on the 0-10 NRS is equal to or higher than back pain (leg NRS >= back NRS).',
    category: 'pain-distribution',
    regions: ['lumbar'],
    derivedFrom:
      'Derived from the case pain ratings: present when pain.leg >= pain.back, absent when pain.back > pain.leg (both ratings recorded).',
    exclusiveWith: ['axial-pain-dominant'],
    regionalEquivalent: { cervical: 'arm-pain-dominant' },
    basis: toolLogic('Vocabulary definition on separate back and leg NRS ratings (instruments.md §1)'),
  },
  {
    id: 'arm-pain-dominant',
    label: 'Arm pain dominant',
    definition: 'Cervical counterpart of leg-pain-dominant: arm pain NRS is equal to or higher than neck pain NRS.',
    category: 'pain-distribution',
    regions: ['cervical'],
    derivedFrom:
      'Derived from the case pain ratings: present when pain.arm >= pain.neck, absent when pain.neck > pain.arm (both ratings recorded).',
    exclusiveWith: ['axial-pain-dominant'],
    basis: toolLogic('Vocabulary definition on separate neck and arm NRS ratings (instruments.md §1)'),
  },
  {
    id: 'axial-pain-dominant',
    label: 'Axial pain dominant',
    definition: 'Back (or neck) pain NRS is higher than the leg (or arm) pain NRS.',
    category: 'pain-distribution',
    derivedFrom:
      'Derived from the case pain ratings: present when pain.back > pain.leg (lumbar) or pain.neck > pain.arm (cervical), ' +
      'absent when the limb rating is equal or higher (both ratings recorded).',
    exclusiveWith: ['leg-pain-dominant', 'arm-pain-dominant'],
    basis: toolLogic('Vocabulary definition on separate axial and limb NRS ratings (instruments.md §1)'),
  },
  {
    id: 'dermatomal-radiating-pain',
    label: 'Dermatomal radiating pain',
    definition: 'Pain that radiates below the knee (or, in the neck, below the elbow) along the territory of one nerve root.',
    category: 'pain-distribution',
    localisable: true,
    basis: toolLogic('Vocabulary definition of radicular pain'),
  },
  {
    id: 'new-dermatome-involved',
    label: 'New dermatome involved',
    definition:
      'Radicular pain or a neurological deficit in the territory of a root that was not affected before the operation.',
    category: 'pain-distribution',
    localisable: true,
    basis: toolLogic(
      'Vocabulary definition; Hilibrand 1999 defined cervical adjacent segment disease by new radiculopathy or myelopathy at an adjacent level',
      'hilibrand-1999',
    ),
  },
  {
    id: 'non-dermatomal-burning-leg-pain',
    label: 'Non-dermatomal burning leg pain',
    definition: 'Burning pain in the back, legs or feet that does not keep to a single dermatome.',
    category: 'pain-distribution',
    basis: toolLogic('Vocabulary definition of the arachnoiditis hallmark (evidence.md C14, Parenti 2020 summary)', 'parenti-2020'),
  },
  {
    id: 'bilateral-leg-symptoms',
    label: 'Bilateral leg symptoms',
    definition: 'Pain in both buttocks or both legs (the Suri 2010 item "bilateral buttock or leg pain").',
    category: 'pain-distribution',
    regions: ['lumbar'],
    derivedFrom:
      'Derived as present only, from pain.sites: a buttock, thigh, leg-below-knee or foot site recorded on both sides ' +
      '(left and right, or side "bilateral"); never derived as absent.',
    basis: published('suri-2010', 'Clinical item of the Suri 2010 review of lumbar spinal stenosis'),
  },
  {
    id: 'widespread-pain',
    label: 'Widespread pain',
    definition:
      'Pain in several body regions beyond the spine: the spine plus at least 3 of the 4 limb quadrants.',
    category: 'pain-distribution',
    derivedFrom:
      'Derived as present only, from pain.sites: site "widespread", or spinal pain plus limb sites in >= 3 of the 4 quadrants ' +
      '(left arm, right arm, left leg, right leg; shoulder counts as arm, buttock and thigh as leg); never derived as absent.',
    basis: estimate('expert threshold: spine plus >= 3 limb quadrants', 'nijs-2015'),
  },
  {
    id: 'pain-below-l5-at-psis',
    label: 'Pain below L5 at the PSIS',
    definition:
      'Pain lies mainly below L5, over the posterior superior iliac spine and buttock, with little pain in the midline.',
    category: 'pain-distribution',
    basis: toolLogic(
      'Vocabulary definition; SIJ pain is rarely above L5 and refers to the buttock (94%) and thigh (48%) (Scirp 2015 review)',
      'scirp-2015-sij-blocks',
    ),
  },
  {
    id: 'groin-pain',
    label: 'Groin pain',
    definition: 'Pain in the groin or the front of the hip.',
    category: 'pain-distribution',
    derivedFrom: 'Derived as present only, from pain.sites: a "groin" site recorded; never derived as absent.',
    basis: toolLogic('Vocabulary definition (hip-spine mimic, evidence.md C12)'),
  },
  {
    id: 'focal-tenderness-over-implant',
    label: 'Focal tenderness over implant',
    definition: 'Localised pain and tenderness over palpable implants, worse when lying on the back.',
    category: 'pain-distribution',
    localisable: true,
    basis: toolLogic('Vocabulary definition of the hardware-pain hallmark (evidence.md C01)'),
  },
  {
    id: 'pain-worse-extension-rotation',
    label: 'Pain worse on extension-rotation',
    definition: 'Pain increases with combined extension and rotation of the lumbar spine.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition; evidence.md C03 notes that no clinical sign is reliable for facet pain'),
  },
  {
    id: 'pain-rising-from-sitting',
    label: 'Pain on rising from sitting',
    definition: 'Getting up from a seated position brings on the pain (Young 2003 item).',
    category: 'symptom',
    basis: published('young-2003', 'Clinical item studied by Young 2003 (association with the pain source only)'),
  },
  {
    id: 'mechanical-pain-on-loading',
    label: 'Mechanical pain on loading',
    definition: 'Pain is worse when standing, walking or lifting and eases when lying down.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition of mechanical pain'),
  },
  {
    id: 'pain-on-transitions-catching',
    label: 'Catching pain on transitions',
    definition:
      'Sharp, catching pain when changing position, such as standing up from sitting or straightening after bending.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition of the instability hallmark (evidence.md C13)'),
  },
  {
    id: 'rest-or-night-pain',
    label: 'Rest or night pain',
    definition: 'Pain at rest or at night that does not ease with a change of position.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition (infection and malignancy feature, evidence.md C10, RF03, RF06)'),
  },
  {
    id: 'pain-worse-with-valsalva',
    label: 'Pain worse with cough or strain',
    definition: 'Coughing, sneezing or straining increases the pain.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition'),
  },
  {
    id: 'orthostatic-headache',
    label: 'Orthostatic headache',
    definition: 'Headache that comes on when upright and eases on lying flat.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition (CSF leak hallmark, evidence.md C15)'),
  },
  {
    id: 'neurogenic-claudication',
    label: 'Neurogenic claudication',
    definition:
      'Pain, numbness or weakness in the buttocks or legs brought on by walking or standing and relieved by sitting or ' +
      'bending forward.',
    category: 'symptom',
    regions: ['lumbar'],
    basis: toolLogic('Vocabulary definition; the item is scored with Suri 2010 figures', 'suri-2010'),
  },
  {
    id: 'no-pain-when-seated',
    label: 'No pain when seated',
    definition: 'No leg or back pain while sitting (Suri 2010 item).',
    category: 'symptom',
    regions: ['lumbar'],
    basis: published('suri-2010', 'Clinical item of the Suri 2010 review of lumbar spinal stenosis'),
  },
  {
    id: 'symptoms-improve-bending-forward',
    label: 'Better bending forward',
    definition: 'Symptoms ease when bending forward (Suri 2010 item).',
    category: 'symptom',
    regions: ['lumbar'],
    basis: published('suri-2010', 'Clinical item of the Suri 2010 review of lumbar spinal stenosis'),
  },
  {
    id: 'forward-stooped-posture',
    label: 'Forward stooped posture',
    definition:
      'Cannot stand upright without bending the hips and knees; fatigue and pain build up over the day.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition of the sagittal imbalance hallmark (evidence.md C21)'),
  },
  {
    id: 'fatigue-sleep-mood-disturbance',
    label: 'Fatigue, poor sleep or low mood',
    definition: 'Marked fatigue, unrefreshing sleep or low mood that accompany the pain.',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition (nociplastic pain features, evidence.md C17)'),
  },
  {
    id: 'pain-disproportionate-to-findings',
    label: 'Pain out of proportion to findings',
    definition:
      'Pain and disability are out of proportion to the nature and extent of the injury or pathology (first criterion ' +
      'of the Nijs 2015 classification of central sensitisation pain).',
    category: 'symptom',
    basis: published('nijs-2015'),
  },
  {
    id: 'allodynia-in-painful-area',
    label: 'Allodynia in the painful area',
    definition: 'Light brushing of the skin in the painful area provokes or increases pain (as in DN4 item 10).',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition; corresponds to the DN4 brushing item (instruments.md §7)', 'bouhassira-2005'),
  },
  {
    id: 'bladder-bowel-sexual-symptoms',
    label: 'Bladder, bowel or sexual symptoms',
    definition:
      'New bladder, bowel or sexual dysfunction that did not start acutely; an acute onset is the red flag ' +
      'acute-bladder-or-bowel-dysfunction (RF01).',
    category: 'symptom',
    basis: toolLogic('Vocabulary definition (arachnoiditis feature, evidence.md C14); acute onset triaged as RF01'),
  },
  {
    id: 'urinary-retention-or-saddle-anaesthesia',
    label: 'Urinary retention or saddle anaesthesia',
    definition: 'New urinary retention or reduced sensation in the perineum (saddle area).',
    category: 'symptom',
    basis: published('ajem-2019-ces', 'Cauda equina features: painless urinary retention, reduced perineal sensation (RF01)'),
  },

  // Added for red-flag triage (docs/knowledge-base.md), not in findings-matrix.md §4.
  {
    id: 'acute-bladder-or-bowel-dysfunction',
    label: 'Acute bladder or bowel dysfunction',
    definition:
      'Bladder or bowel incontinence, retention or loss of the sensation of voiding that is new and began within days.',
    category: 'symptom',
    basis: toolLogic(
      'Red-flag vocabulary (RF01); after surgery CES may present with urinary retention only (Liu 2025 case)',
      'ajem-2019-ces',
      'liu-2025',
    ),
  },
  {
    id: 'inflammatory-back-pain-pattern',
    label: 'Inflammatory back pain pattern',
    definition:
      'Morning stiffness lasting more than 30 minutes, pain that improves with exercise but not with rest, and night pain ' +
      'in the second half of the night.',
    category: 'symptom',
    basis: unverified(
      'Criteria not confirmed in any retrieved source (evidence.md RF09 "inflammatory back pain pattern [unverified criteria]"); ' +
        'NICE NG59 1.1.1 only asks to exclude inflammatory disease',
      'nice-ng59',
    ),
  },
];

/**
 * Diagnostic tests D01-D17 (evidence.md §2.4; findings-matrix.md §5) and X01, the hardware anaesthetic block that
 * findings-matrix.md §5 lists without a D key.
 *
 * Conventions used in every entry:
 * - `resultFindings`: the result values of findings-matrix.md §5 (plus fracture-on-imaging for the imaging tests that
 *   show a fracture, docs/knowledge-base.md "Findings added").
 * - `confirms` / `excludes` (tool logic): the causes for which some result value of the test has, in the cause tables
 *   of findings-matrix.md §3, an LR if present >= 2 (confirms), or an LR if present or LR if absent <= 0.5 (excludes).
 *   These are the thresholds the work-up engine uses for "would support" / "would argue against"; the strength of
 *   each effect lives in the cause files, not here.
 * - `invasiveness`: none = questionnaire, examination or bladder ultrasound; minimal = blood test, plain radiograph or
 *   nerve conduction/EMG; moderate = CT, or MRI with intravenous contrast; needle-procedure = image-guided (or
 *   landmark-guided) diagnostic block; invasive = CT myelography, discography, image-guided biopsy.
 * - `costTier` (expert estimate; no cost data were retrieved): 1 = questionnaire, bedside test or routine blood test;
 *   2 = plain radiographs, neurophysiology or a clinic-room block; 3 = cross-sectional imaging or a fluoroscopic or
 *   CT-guided block; 4 = procedures with intrathecal or intradiscal contrast, or a biopsy, in a procedure suite.
 * - `validityDays` (expert estimate): how long a result still describes the patient. The engine separately discards any
 *   result dated before the latest operation, so these periods only cover change without new surgery.
 */
import { computed, estimate, published, secondary, unverified } from './basis.js';
import type { Test } from './schema.js';

const TIER_NOTE = 'Expert estimate of relative resource use (staff, equipment, room); no cost data were retrieved.';

export const diagnosticTests: Test[] = [
  {
    id: 'mri-gadolinium',
    code: 'D01',
    name: 'MRI of the operated region with and without gadolinium',
    purpose:
      'Separates recurrent disc from epidural scar; shows residual or adjacent-level stenosis, infection, epidural ' +
      'haematoma or collection, pseudomeningocele, arachnoiditis, facet effusion, Modic change, fracture and ' +
      'unexpected tumours. First test for most red flags.',
    confirms: [
      'recurrent-disc-herniation',
      'epidural-fibrosis',
      'incomplete-decompression',
      'adjacent-segment-disease',
      'nerve-root-injury',
      'spinal-infection',
      'epidural-hematoma',
      'pseudomeningocele',
      'arachnoiditis',
      'instability',
      'discogenic-pain',
      'wrong-diagnosis',
    ],
    excludes: [
      'recurrent-disc-herniation',
      'epidural-fibrosis',
      'incomplete-decompression',
      'adjacent-segment-disease',
      'nerve-root-injury',
      'spinal-infection',
      'epidural-hematoma',
      'pseudomeningocele',
      'arachnoiditis',
      'instability',
    ],
    resultFindings: [
      'non-enhancing-disc-fragment-on-gadolinium-mri',
      'enhancing-scar-on-gadolinium-mri',
      'disc-like-mass-on-unenhanced-mri',
      'neural-compression-at-operated-level-on-imaging',
      'foraminal-stenosis-on-imaging',
      'adjacent-level-stenosis-or-herniation-on-imaging',
      'no-neural-compression-on-mri',
      'discitis-pattern-on-mri',
      'epidural-collection-on-mri',
      'epidural-haematoma-on-mri',
      'csf-collection-on-imaging',
      'arachnoiditis-pattern-on-imaging',
      'facet-effusion-on-mri',
      'modic-type-1-or-hiz-on-mri',
      'mass-lesion-on-imaging',
      'fracture-on-imaging',
    ],
    accuracy: [
      {
        statement:
          'Scar versus recurrent disc: enhanced MRI characterised all 19 surgically verified levels (17 patients); ' +
          'unenhanced MRI sensitivity 100%, specificity 71%, accuracy 89%.',
        basis: published('hueftle-1988'),
      },
      {
        statement: 'Unenhanced MRI for recurrent disc: LR+ 3.4, LR- near 0 (held at the 0.05 cap).',
        basis: computed('From Hueftle 1988: sensitivity 1.00, specificity 0.71', 'hueftle-1988'),
      },
      {
        statement: 'MRI correct at 11 of 14 surgically explored levels, contrast CT at 10 of 14.',
        basis: published('sotiropoulos-1989'),
      },
      {
        statement: 'Gadolinium adds diagnostic confidence mainly between 1 and 18 months after surgery.',
        basis: published('passavanti-2020'),
      },
      {
        statement:
          'The extent of peridural scar does not separate radicular from non-radicular recurrent pain (53 patients).',
        basis: published('eur-spine-j-1999-scar'),
      },
      {
        statement:
          'Spondylodiscitis in general (not specifically after surgery): MRI sensitivity and specificity up to about 90% or more.',
        basis: secondary('pmc5460517-spondylodiscitis'),
      },
      {
        statement: 'Early after surgery MRI cannot reliably tell septic from aseptic discitis.',
        basis: published('acta-radiol-1998-discitis'),
      },
      {
        statement:
          'Arachnoiditis: MRI agreed closely with CT myelography (compared in 20 of 24 cases; no sensitivity or ' +
          'specificity given); inter-reader agreement is poor (kappa 0.05-0.18).',
        basis: published(['delamarter-1990', 'jmri-2021-arachnoiditis']),
      },
      {
        statement:
          'Facet effusion for instability: LR+ 3.5, LR- 0.09 (effusion at 93.1% of unstable vs 26.6% of stable levels, ' +
          'non-operated degenerative spondylolisthesis).',
        basis: computed('From Zhao 2026 proportions; not validated after surgery or facet resection', 'zhao-2026'),
      },
      {
        statement: 'Modic type 1 change is specific but insensitive for the painful disc.',
        basis: published('pmc7205555-modic', 'Qualitative statement of the review; no figures used'),
      },
      {
        statement:
          'No post-operative sensitivity or specificity was retrieved for infection, epidural haematoma, CSF ' +
          'collection or tumour on MRI.',
        basis: unverified('Not found in the research pass (findings-matrix.md §5.2); the tool uses expert-estimate LRs'),
      },
    ],
    invasiveness: 'moderate',
    costTier: 3,
    tierBasis: estimate(`${TIER_NOTE} Cross-sectional imaging with contrast: scanner time, contrast agent, radiologist.`),
    validityDays: 180,
    validityBasis: estimate(
      'Structural findings at and next to the operated level (recurrence, restenosis, scar maturation over months, ' +
        'adjacent-level change) evolve over months; six months balances that against repeat scanning. Repeat sooner ' +
        'whenever symptoms change or a red flag appears.',
    ),
    caveats: [
      'Post-operative changes confound reading in the first month and, for scar versus disc, up to 6-18 months.',
      'Scar is common and its extent does not explain pain; a fragment scores only when it matches the symptoms.',
      'Early after surgery septic and aseptic discitis look alike; read with CRP/ESR kinetics.',
      'Root clumping at a stenotic level alone does not count as arachnoiditis (seen in degenerative stenosis).',
      'Small asymptomatic epidural collections are common after surgery; a haematoma counts only with matching compression.',
      'Metal artefact degrades images near implants; CT myelography is the alternative.',
    ],
    sources: [
      'hueftle-1988',
      'sotiropoulos-1989',
      'passavanti-2020',
      'eur-spine-j-1999-scar',
      'acta-radiol-1998-discitis',
      'pmc5460517-spondylodiscitis',
      'delamarter-1990',
      'jackson-1994',
      'jmri-2021-arachnoiditis',
      'zhao-2026',
      'pmc7205555-modic',
    ],
  },
  {
    id: 'ct-thin-slice',
    code: 'D02',
    name: 'Thin-slice CT with multiplanar reconstruction',
    purpose:
      'Fusion status (bridging bone), screw position and breach, loosening (lucency), implant fracture, cage ' +
      'migration, bony foraminal stenosis and fractures.',
    confirms: ['implant-related-pain', 'pseudarthrosis', 'malpositioned-hardware', 'incomplete-decompression'],
    excludes: ['implant-related-pain', 'pseudarthrosis', 'malpositioned-hardware', 'incomplete-decompression'],
    resultFindings: [
      'screw-lucency-on-ct',
      'implant-fracture-or-disconnection',
      'screw-or-cage-breach-on-imaging',
      'cage-subsidence-or-migration',
      'absent-bridging-bone-on-ct',
      'solid-fusion-on-ct',
      'foraminal-stenosis-on-imaging',
      'fracture-on-imaging',
    ],
    accuracy: [
      {
        statement:
          'Fusion in a cadaver model: best negative predictive value 90 and positive predictive value 59 with 0.9 mm slices.',
        basis: secondary('ho-2011', 'Read in a news summary of the paper (evidence.md §9)'),
      },
      {
        statement:
          'PLIF with radiolucent cages: fusion found at exploration at 168 of 172 levels, but CT called only 77% of ' +
          'interbody levels healed (radiographs 87%).',
        basis: published('spine-j-2008-plif'),
      },
      {
        statement:
          'Systematic review: CT sensitivity and specificity for fusion vary widely and inter-observer agreement is low; ' +
          'there are no standard fusion criteria.',
        basis: published('gonzalez-gallardo-2025'),
      },
      {
        statement: 'CT can detect pseudarthrosis missed on plain radiographs.',
        basis: published('resnick-2014'),
      },
      {
        statement: 'No accuracy figure was retrieved for screw breach, loosening or cage migration on post-operative CT.',
        basis: unverified('Not found in the research pass; the tool uses expert-estimate LRs (findings-matrix.md C01, C08)'),
      },
    ],
    invasiveness: 'moderate',
    costTier: 3,
    tierBasis: estimate(`${TIER_NOTE} Cross-sectional imaging without contrast; cheaper than MRI but same tier.`),
    validityDays: 180,
    validityBasis: estimate(
      'Fusion matures over the first year (pseudarthrosis is defined at 12 months) and implants can loosen or break ' +
        'over months, so a CT older than about six months may no longer show the current state.',
    ),
    caveats: [
      'CT is better at confirming solid fusion than at proving non-union.',
      'Small screw breaches are common without symptoms; a breach counts when it is at the symptomatic root.',
      'Consider low-grade infection when screws loosen (unverified in evidence.md).',
      'Radiation dose; metal causes streak artefact.',
    ],
    sources: ['ho-2011', 'spine-j-2008-plif', 'gonzalez-gallardo-2025', 'resnick-2014'],
  },
  {
    id: 'flexion-extension-xray',
    code: 'D03',
    name: 'Static and flexion-extension radiographs',
    purpose:
      'Instability (abnormal motion), slip progression, implant failure and fusion (no motion at a fused level suggests fusion).',
    confirms: ['instability', 'pseudarthrosis', 'adjacent-segment-disease', 'implant-related-pain'],
    excludes: ['instability'],
    resultFindings: [
      'abnormal-motion-on-flexion-extension',
      'slip-progression-on-radiographs',
      'implant-fracture-or-disconnection',
      'fracture-on-imaging',
    ],
    accuracy: [
      {
        statement:
          'Static radiographs agree with surgical exploration of fusion in about two thirds of cases; flexion-extension views add information.',
        basis: published('resnick-2014'),
      },
      {
        statement:
          'No imaging test (plain, flexion-extension, CT, bone scan) correlated significantly with findings at exploration (25 patients).',
        basis: published('larsen-1996'),
      },
      {
        statement: 'There is no validated diagnostic test for lumbar segmental instability.',
        basis: published('hipp-2023', 'Research Square preprint'),
      },
      {
        statement:
          'Numeric instability thresholds (translation over 3-4 mm, angulation over 10-15 degrees) are commonly used but unconfirmed.',
        basis: unverified('evidence.md C13 tags these thresholds [unverified]'),
      },
    ],
    invasiveness: 'minimal',
    costTier: 2,
    tierBasis: estimate(`${TIER_NOTE} Plain radiographs: several views, no contrast.`),
    validityDays: 180,
    validityBasis: estimate(
      'Slip progression, loosening and fusion maturation develop over months; about six months is the horizon over ' +
        'which a film still describes segmental motion and implant state.',
    ),
    caveats: [
      'Standing flexion-extension films underestimate motion compared with a flexion-supine comparison.',
      'Facet effusion on MRI also points to abnormal motion.',
    ],
    sources: ['resnick-2014', 'larsen-1996', 'hipp-2023', 'j-spine-surg-flexion-supine', 'sielatycki-2022'],
  },
  {
    id: 'standing-full-spine-xray',
    code: 'D04',
    name: 'Standing full-length spine radiographs',
    purpose: 'Sagittal balance (SVA, PI-LL, pelvic tilt) and proximal junctional kyphosis above a long fusion.',
    confirms: ['sagittal-imbalance'],
    excludes: ['sagittal-imbalance'],
    resultFindings: ['sagittal-malalignment-on-standing-films', 'proximal-junctional-kyphosis-on-standing-films'],
    accuracy: [
      {
        statement:
          'No diagnostic accuracy figure was retrieved. SRS-Schwab sagittal modifiers (SVA >= 4 cm, PI-LL >= 10 degrees, ' +
          'PT >= 20 degrees) grade severity, and worse grades go with worse ODI and SRS-22 scores.',
        basis: published('terran-2013', 'The thresholds describe severity, not accuracy for a pain source'),
      },
      {
        statement: 'Standing full-length radiographs are the recommended test for sagittal balance in failed back surgery.',
        basis: published('sebaaly-2018'),
      },
    ],
    invasiveness: 'minimal',
    costTier: 2,
    tierBasis: estimate(`${TIER_NOTE} Plain long-cassette or stitched radiographs.`),
    validityDays: 365,
    validityBasis: estimate(
      'Global alignment changes slowly without new surgery; a film up to a year old still describes it. Repeat sooner ' +
        'if posture or pain changes (junctional kyphosis can develop after long fusions).',
    ),
    caveats: ['Thresholds (SRS-Schwab) describe severity, not diagnostic accuracy.'],
    sources: ['sebaaly-2018', 'terran-2013'],
  },
  {
    id: 'ct-myelogram',
    code: 'D05',
    name: 'CT myelography',
    purpose:
      'When MRI is contraindicated or degraded by metal: root or sac compression, foraminal stenosis, screw breach ' +
      'against a root, arachnoiditis pattern, CSF collection.',
    confirms: ['incomplete-decompression', 'malpositioned-hardware', 'arachnoiditis', 'pseudomeningocele'],
    excludes: ['incomplete-decompression', 'nerve-root-injury', 'malpositioned-hardware', 'arachnoiditis', 'pseudomeningocele'],
    resultFindings: [
      'neural-compression-at-operated-level-on-imaging',
      'foraminal-stenosis-on-imaging',
      'screw-or-cage-breach-on-imaging',
      'arachnoiditis-pattern-on-imaging',
      'csf-collection-on-imaging',
    ],
    accuracy: [
      {
        statement: 'No accuracy figure was retrieved for CT myelography after spine surgery.',
        basis: unverified('findings-matrix.md §5.2 lists it as not found; the tool applies the D01/D02 LRs to the shared result values'),
      },
      {
        statement: 'In arachnoiditis, MRI and CT myelography agreed closely (20 of 24 cases compared).',
        basis: published('delamarter-1990', 'Agreement between tests, not accuracy against a reference standard'),
      },
    ],
    invasiveness: 'invasive',
    costTier: 4,
    tierBasis: estimate(`${TIER_NOTE} Lumbar puncture with intrathecal contrast followed by CT.`),
    validityDays: 180,
    validityBasis: estimate('As for MRI: structural findings evolve over months.'),
    caveats: [
      'Invasive (dural puncture, intrathecal contrast); use when MRI cannot answer the question.',
      'A needle can enter a pseudomeningocele; tell the operator.',
    ],
    sources: ['pmc6391232-arachnoiditis', 'delamarter-1990', 'neupsykey-screw-case'],
  },
  {
    id: 'crp-esr',
    code: 'D06',
    name: 'CRP and ESR (with white cell count)',
    purpose: 'Post-operative infection (discitis, deep wound infection, epidural abscess), read against normal post-operative kinetics.',
    confirms: ['spinal-infection'],
    excludes: ['spinal-infection'],
    resultFindings: [
      'crp-and-esr-both-raised',
      'crp-raised',
      'esr-raised',
      'esr-over-50-after-2-weeks',
      'crp-rising-after-day-6',
      'wbc-raised',
    ],
    accuracy: [
      {
        statement:
          'Post-procedure discitis at 1-2 weeks: ESR and CRP combined sensitivity 79.4%, specificity 82.5%; ESR alone ' +
          '70.2% / 70%; CRP alone 64.7% / 70%.',
        basis: published('esr-crp-postprocedure-discitis', 'Abstract'),
      },
      {
        statement: 'Combined ESR + CRP: LR+ 4.5, LR- 0.25; ESR alone 2.3 / 0.43; CRP alone 2.2 / 0.50.',
        basis: computed('From the sensitivities and specificities above', 'esr-crp-postprocedure-discitis'),
      },
      {
        statement:
          'After uncomplicated discectomy CRP peaks about day 2 (mean maximum 28.5 mg/L) and normalises within about ' +
          '6 days; ESR peaks after day 6 and can stay raised for up to 12 weeks, so CRP is the better marker.',
        basis: published('crp-esr-c3d-discectomy', 'Abstract, 50 patients'),
      },
      {
        statement:
          'ESR above 50 mm/h two or more weeks after surgery with increasing back pain means discitis until proven otherwise.',
        basis: published('spine-1988-discitis'),
      },
    ],
    invasiveness: 'minimal',
    costTier: 1,
    tierBasis: estimate(`${TIER_NOTE} Routine venous blood tests.`),
    validityDays: 7,
    validityBasis: estimate(
      'Inflammatory markers change within days (CRP normalises within about 6 days after uncomplicated surgery), so a ' +
        'value older than a week no longer describes the current state; suspected infection needs serial values.',
      'crp-esr-c3d-discectomy',
    ),
    caveats: [
      'Read against normal kinetics: a raised ESR in the first weeks after surgery is expected.',
      'WBC is normal in many epidural abscess cases (secondary source).',
      'A persisting or second CRP rise is the warning sign (tool logic).',
    ],
    sources: ['esr-crp-postprocedure-discitis', 'crp-esr-c3d-discectomy', 'spine-1988-discitis'],
  },
  {
    id: 'blood-culture-biopsy',
    code: 'D07',
    name: 'Blood cultures and image-guided disc or collection biopsy',
    purpose: 'Identifies the organism in post-operative discitis or epidural abscess and guides antibiotic choice.',
    confirms: ['spinal-infection'],
    excludes: ['spinal-infection'],
    resultFindings: ['positive-culture-or-biopsy'],
    accuracy: [
      {
        statement: 'Cultures are positive in only 42-73% of post-operative discitis, so a negative culture lowers the probability little.',
        basis: secondary('neurosurgerywiki-spondylodiscitis'),
      },
      {
        statement: 'Take cultures and biopsy before antibiotics when the patient is clinically stable.',
        basis: unverified('evidence.md D07 tags this [unverified]'),
      },
    ],
    invasiveness: 'invasive',
    costTier: 4,
    tierBasis: estimate(
      `${TIER_NOTE} Rated by its most demanding part, the image-guided biopsy; blood cultures alone would be tier 1.`,
    ),
    validityDays: 30,
    validityBasis: estimate(
      'A culture result belongs to one infection episode; about a month covers diagnosis and the first treatment ' +
        'decisions. A negative culture taken on antibiotics or weeks earlier does not exclude a new infection.',
    ),
    caveats: [
      'Invasiveness is that of the biopsy; blood cultures alone are a simple blood test.',
      'Consider Cutibacterium acnes in late indolent infection and tuberculosis.',
    ],
    sources: ['neurosurgerywiki-spondylodiscitis'],
  },
  {
    id: 'medial-branch-blocks',
    code: 'D08',
    name: 'Comparative or controlled medial branch blocks (two blocks)',
    purpose: 'Facet joint pain; a positive diagnostic block is required before radiofrequency denervation.',
    confirms: ['facet-joint-pain'],
    excludes: ['facet-joint-pain'],
    resultFindings: [
      'positive-single-medial-branch-block',
      'positive-dual-medial-branch-blocks',
      'negative-medial-branch-block',
    ],
    accuracy: [
      {
        statement:
          'Single uncontrolled block: false-positive rate 38%, positive predictive value 31% (176 non-operated patients; ' +
          '47% responded to lignocaine, 15% confirmed with bupivacaine).',
        basis: published('schwarzer-1994'),
      },
      {
        statement: 'Single positive block: LR+ 2.6 (first-block sensitivity about 1, specificity 0.62).',
        basis: computed('From Schwarzer 1994', 'schwarzer-1994'),
      },
      {
        statement: 'Reported single-block false-positive rates range from 27% to 63%.',
        basis: secondary('scs-for-lcs-summary', 'Summary of Cohen 2020'),
      },
      {
        statement: 'Previous back surgery trended toward more false-positive medial branch blocks.',
        basis: published('cohen-2004'),
      },
      {
        statement:
          'Dual (comparative or placebo-controlled) blocks are the reference standard, so their own accuracy cannot be measured.',
        basis: estimate('The tool gives a dual positive block LR 10, leaving room for placebo response (findings-matrix.md C03)'),
      },
    ],
    invasiveness: 'needle-procedure',
    costTier: 3,
    tierBasis: estimate(`${TIER_NOTE} Two separate fluoroscopically guided procedures.`),
    validityDays: 365,
    validityBasis: estimate(
      'The pain generator in a chronic condition changes slowly; a block result up to a year old still supports a ' +
        'denervation decision unless the pain pattern has changed.',
    ),
    caveats: [
      'Use two blocks on separate occasions before radiofrequency denervation; NICE NG59 requires a positive diagnostic block.',
      'False positives are more frequent after surgery.',
    ],
    sources: ['schwarzer-1994', 'cohen-2004', 'scs-for-lcs-summary', 'nice-ng59'],
  },
  {
    id: 'sij-block',
    code: 'D09',
    name: 'Sacroiliac joint intra-articular block (ideally with a control block)',
    purpose: 'Sacroiliac joint pain, common after fusion to the sacrum.',
    confirms: ['sacroiliac-joint-pain'],
    excludes: ['sacroiliac-joint-pain'],
    resultFindings: ['positive-single-sij-block', 'positive-dual-sij-blocks', 'negative-sij-block'],
    accuracy: [
      {
        statement:
          'Control-block study (1060 patients, over 80% relief criterion): first block positive in 64.1%; of 271 ' +
          'positives re-blocked, 87.5% were confirmed, so a single-block false-positive rate of about 12.5%.',
        basis: published('scirp-2015-sij-blocks'),
      },
      {
        statement: 'Other sources quote single-block false-positive rates of 11-63%.',
        basis: unverified('Range quoted in evidence.md C04/D09 without a single attributed source; verify', 'simopoulos-2012'),
      },
    ],
    invasiveness: 'needle-procedure',
    costTier: 3,
    tierBasis: estimate(`${TIER_NOTE} Fluoroscopically guided joint injection.`),
    validityDays: 365,
    validityBasis: estimate('As for medial branch blocks: the pain generator changes slowly; about a year.'),
    caveats: ['Referral patterns vary; pain is rarely above L5.', 'Prefer a confirmatory (control) block.'],
    sources: ['scirp-2015-sij-blocks', 'simopoulos-2012', 'pmc6905244-sij-review'],
  },
  {
    id: 'selective-nerve-root-block',
    code: 'D10',
    name: 'Selective nerve root block',
    purpose: 'Identifies the symptomatic level when several levels are abnormal on imaging; can also be therapeutic.',
    confirms: ['incomplete-decompression'],
    excludes: [],
    resultFindings: ['positive-selective-nerve-root-block'],
    accuracy: [
      {
        statement: 'No accuracy figure was retrieved for selective nerve root blocks.',
        basis: unverified('evidence.md D10 and findings-matrix.md §5.2; the tool uses expert-estimate LRs'),
      },
    ],
    invasiveness: 'needle-procedure',
    costTier: 3,
    tierBasis: estimate(`${TIER_NOTE} Fluoroscopically or CT-guided injection.`),
    validityDays: 365,
    validityBasis: estimate('As for other diagnostic blocks: about a year unless the pain pattern changes.'),
    caveats: ['Confirms a level; does not tell compression from root injury.'],
    sources: ['scs-for-lcs-summary'],
  },
  {
    id: 'cluneal-nerve-block',
    code: 'D11',
    name: 'Superior or middle cluneal nerve block at the iliac crest trigger point',
    purpose: 'Superior or middle cluneal nerve entrapment, a peripheral mimic of low back and buttock pain.',
    confirms: ['cluneal-nerve-entrapment'],
    excludes: ['cluneal-nerve-entrapment'],
    resultFindings: ['positive-cluneal-nerve-block', 'negative-cluneal-nerve-block'],
    accuracy: [
      {
        statement: 'Positive = more than 75% relief within 2 hours of the block; this is the diagnostic criterion itself.',
        basis: published(['iwamoto-scn-after-fusion', 'isu-2018']),
      },
      {
        statement: 'No accuracy against an independent reference standard was retrieved.',
        basis: unverified('The criterion defines the diagnosis; the tool uses expert-estimate LRs (findings-matrix.md C20)'),
      },
    ],
    invasiveness: 'needle-procedure',
    costTier: 2,
    tierBasis: estimate(`${TIER_NOTE} Superficial trigger-point injection that can be done in clinic.`),
    validityDays: 365,
    validityBasis: estimate('As for other diagnostic blocks: about a year unless the pain pattern changes.'),
    caveats: ['Overlaps in location with sacroiliac joint pain; reported after iliac crest graft harvest.'],
    sources: ['isu-2018', 'iwamoto-scn-after-fusion'],
  },
  {
    id: 'emg-ncs',
    code: 'D12',
    name: 'EMG and nerve conduction studies',
    purpose:
      'Documents radiculopathy and its chronicity, and finds alternative diagnoses such as peripheral polyneuropathy.',
    confirms: ['wrong-diagnosis'],
    excludes: [],
    resultFindings: ['active-radiculopathy-on-emg', 'polyneuropathy-on-ncs'],
    accuracy: [
      {
        statement: 'No sensitivity or specificity was retrieved for EMG or nerve conduction studies in this setting.',
        basis: unverified('evidence.md D12 and C11 tag this [unverified]; the tool uses expert-estimate LRs'),
      },
    ],
    invasiveness: 'minimal',
    costTier: 2,
    tierBasis: estimate(`${TIER_NOTE} Neurophysiology clinic session.`),
    validityDays: 180,
    validityBasis: estimate(
      'Denervation activity and conduction change over months as a radiculopathy evolves or recovers; about six months.',
    ),
    caveats: ['Needle EMG is uncomfortable but is not a procedure in the sense of a block.', 'No source listed for this test in evidence.md.'],
    sources: ['van-de-minkelis-2024'],
  },
  {
    id: 'hip-examination-imaging',
    code: 'D13',
    name: 'Hip examination and hip radiograph, with intra-articular hip injection if needed',
    purpose: 'Hip-spine syndrome: hip osteoarthritis mimicking or adding to spinal pain.',
    confirms: ['wrong-diagnosis'],
    excludes: ['wrong-diagnosis'],
    resultFindings: ['limited-painful-hip-internal-rotation', 'hip-oa-on-radiograph', 'positive-hip-injection'],
    accuracy: [
      {
        statement: 'Limited hip internal rotation raises the odds of a hip source about 14-fold (an odds ratio, not a likelihood ratio).',
        basis: secondary('orthoneuro-hip-spine'),
      },
      {
        statement: 'No accuracy figure was retrieved for the hip radiograph or the diagnostic hip injection.',
        basis: unverified('The tool uses expert-estimate LRs (findings-matrix.md C12)'),
      },
    ],
    invasiveness: 'minimal',
    costTier: 2,
    tierBasis: estimate(`${TIER_NOTE} Examination plus a plain radiograph; the optional injection would be tier 3.`),
    validityDays: 365,
    validityBasis: estimate('Hip osteoarthritis progresses over years; a result up to a year old still applies.'),
    caveats: [
      'Rated by examination and radiograph; a diagnostic hip injection is a needle procedure.',
      'Hip osteoarthritis on a radiograph is a common incidental finding at this age.',
    ],
    sources: ['devin-2012', 'orthoneuro-hip-spine', 'hip-pelvis-2023'],
  },
  {
    id: 'neuropathic-screening',
    code: 'D14',
    name: 'Neuropathic pain screening questionnaire (DN4 or painDETECT)',
    purpose: 'Neuropathic component of the pain: informs neuropathic drug choice and spinal cord stimulation.',
    confirms: ['epidural-fibrosis', 'nerve-root-injury', 'arachnoiditis'],
    excludes: ['epidural-fibrosis', 'nerve-root-injury', 'arachnoiditis'],
    resultFindings: ['dn4-4-or-more', 'paindetect-19-or-more', 'paindetect-12-or-less'],
    accuracy: [
      {
        statement: 'DN4 >= 4 for a neuropathic pain phenotype: sensitivity 82.9%, specificity 89.9% (LR+ 8.2, LR- 0.19).',
        basis: published('bouhassira-2005', 'LRs computed from the reported sensitivity and specificity'),
      },
      {
        statement: 'painDETECT >= 19: sensitivity 85%, specificity 80% (LR+ 4.25, LR- 0.19).',
        basis: published('freynhagen-2006', 'LRs computed from the reported sensitivity and specificity'),
      },
      {
        statement: 'Dutch validation of DN4 in chronic pain: sensitivity 75%, specificity 76%.',
        basis: published('timmerman-2017'),
      },
      {
        statement:
          'These measure a pain phenotype, not a cause; cause-level LRs assume about 40% of post-surgical patients ' +
          'without the cause still have a neuropathic component.',
        basis: estimate('Rules a-c of findings-matrix.md §3.0'),
      },
      {
        statement: 'Neither questionnaire has been validated after spine surgery specifically.',
        basis: unverified('evidence.md D14 tags this [unverified]'),
      },
    ],
    invasiveness: 'none',
    costTier: 1,
    tierBasis: estimate(`${TIER_NOTE} Patient questionnaire (DN4 adds three examination items).`),
    validityDays: 90,
    validityBasis: estimate(
      'Symptom questionnaires change with treatment and time; about three months, the usual interval between follow-up reviews.',
    ),
    caveats: ['Phenotype, not cause.', 'Not validated after spine surgery.'],
    sources: ['bouhassira-2005', 'freynhagen-2006', 'timmerman-2017', 'spahr-2017'],
  },
  {
    id: 'start-back-screening',
    code: 'D15',
    name: 'Keele STarT Back screening tool',
    purpose:
      'Risk stratification for psychosocial obstacles to recovery (modifier C18); adds weakly to nociplastic pain.',
    confirms: [],
    excludes: [],
    resultFindings: ['start-back-high-risk'],
    accuracy: [
      {
        statement: 'NICE NG59 advises risk stratification (for example STarT Back) at first contact for each new episode.',
        basis: published('nice-ng59'),
      },
      {
        statement: 'No accuracy or validation figure was retrieved for patients after spine surgery.',
        basis: unverified('Validated in primary-care low back pain; use after surgery is off-label (evidence.md D15)', 'nice-ng59'),
      },
    ],
    invasiveness: 'none',
    costTier: 1,
    tierBasis: estimate(`${TIER_NOTE} Nine-item patient questionnaire.`),
    validityDays: 90,
    validityBasis: estimate(
      'Psychosocial risk changes with treatment and circumstances; re-screen about every three months at follow-up.',
    ),
    caveats: ['Validated in primary-care low back pain, not in PSPS-T2: prognostic context, not a treatment allocator.'],
    sources: ['nice-ng59'],
  },
  {
    id: 'bladder-scan',
    code: 'D16',
    name: 'Post-void residual bladder ultrasound scan',
    purpose: 'Objective sign of urinary retention in suspected cauda equina syndrome.',
    confirms: ['epidural-hematoma'],
    excludes: ['epidural-hematoma'],
    resultFindings: ['pvr-over-200-ml', 'pvr-over-100-ml'],
    accuracy: [
      {
        statement:
          'Cauda equina syndrome of any cause (meta-analysis, 7 studies, 938 patients, 73 with CES): PVR > 200 mL ' +
          'sensitivity 83.1%, specificity 93.5%; PVR > 100 mL sensitivity 64%, specificity 59.2%.',
        basis: published('bone-joint-proc-2022-pvr', 'Conference abstract'),
      },
      {
        statement: 'PVR > 200 mL: LR+ 12.8, LR- 0.18. PVR > 100 mL: LR+ 1.57, LR- 0.61.',
        basis: computed('From the meta-analysis sensitivities and specificities', 'bone-joint-proc-2022-pvr'),
      },
      {
        statement:
          'Urinary retention is usually called the commonest CES finding (over 90%), but up to 30% of patients have ' +
          'neither retention nor incontinence and no single symptom predicts radiographic CES with accuracy over 65%.',
        basis: secondary(['corwell-2013', 'khoujah-2019'], 'Teaching pearls; the primary study behind the 90% figure was not readable'),
      },
    ],
    invasiveness: 'none',
    costTier: 1,
    tierBasis: estimate(`${TIER_NOTE} Bedside ultrasound.`),
    validityDays: 1,
    validityBasis: estimate(
      'Bladder function in suspected cauda equina syndrome can change within hours; a residual volume describes only the day it was measured.',
    ),
    caveats: [
      'Opioids can raise the residual volume.',
      'A low residual volume does not exclude incomplete CES (weak source).',
      'PVR > 100 mL is for red-flag triage only, not scored for causes.',
    ],
    sources: ['bone-joint-proc-2022-pvr', 'corwell-2013', 'khoujah-2019', 'khoujah-2015', 'ajem-2019-ces'],
  },
  {
    id: 'discography',
    code: 'D17',
    name: 'Provocative discography',
    purpose: 'Discogenic pain: reproduction of the usual pain at one disc with a painless control disc.',
    confirms: ['discogenic-pain'],
    excludes: ['discogenic-pain'],
    resultFindings: ['concordant-pain-on-discography'],
    accuracy: [
      {
        statement: 'Discography produces false-positive pain in people without back pain; no accuracy figure was retrieved.',
        basis: secondary('scs-for-lcs-summary'),
      },
    ],
    invasiveness: 'invasive',
    costTier: 4,
    tierBasis: estimate(`${TIER_NOTE} Fluoroscopic intradiscal injection at several levels.`),
    validityDays: 365,
    validityBasis: estimate('As for diagnostic blocks: about a year; an invasive test that should not be repeated lightly.'),
    caveats: [
      'False positives in pain-free people.',
      'NICE NG59 advises against disc replacement and against fusion outside trials, which limits what a positive result can lead to.',
    ],
    sources: ['scs-for-lcs-summary', 'nice-ng59'],
  },
  {
    id: 'hardware-anaesthetic-block',
    code: 'X01',
    name: 'Local anaesthetic block around the implant (hardware block)',
    purpose: 'Implant-related pain: relief of the usual pain after local anaesthetic around the prominent or painful implant.',
    confirms: ['implant-related-pain'],
    excludes: ['implant-related-pain'],
    resultFindings: ['positive-hardware-block', 'negative-hardware-block'],
    accuracy: [
      {
        statement: 'No accuracy data; the test is in use, but evidence.md mentions it without a source.',
        basis: unverified('evidence.md C01 tags the hardware block [unverified]; the tool uses expert-estimate LRs 4.0 / 0.4'),
      },
    ],
    invasiveness: 'needle-procedure',
    costTier: 3,
    tierBasis: estimate(`${TIER_NOTE} Image-guided injection around the implant.`),
    validityDays: 365,
    validityBasis: estimate('As for other diagnostic blocks: about a year unless the pain pattern changes.'),
    caveats: ['Not in the evidence.md test table (no D key); basis unverified.', 'Exclude infection and non-union before removal.'],
    sources: ['boraymedical-hardware-case', 'issls-pseudarthrosis-chapter'],
  },
];

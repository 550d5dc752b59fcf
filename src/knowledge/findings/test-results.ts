/**
 * Test results (findings-matrix.md §4.6), one finding per result value; the tests that report them are D01-D17 of
 * evidence.md §2.4 (findings-matrix.md §5). Followed by the results added in docs/knowledge-base.md ("Findings added
 * beyond findings-matrix.md §4").
 *
 * Values of one test that cannot be found together carry `exclusiveWith` (medial branch, SIJ, cluneal and hardware
 * blocks; fusion status on CT; compression on MRI; the inflammatory marker values).
 */
import { estimate, published, toolLogic, unverified } from '../basis.js';
import type { Finding } from '../schema.js';

const MBB_VALUES = ['positive-single-medial-branch-block', 'positive-dual-medial-branch-blocks', 'negative-medial-branch-block'];
const SIJ_VALUES = ['positive-single-sij-block', 'positive-dual-sij-blocks', 'negative-sij-block'];
const INFLAMMATORY_MARKER_VALUES = ['crp-and-esr-both-raised', 'crp-raised', 'esr-raised'];

const others = (values: string[], id: string): string[] => values.filter((v) => v !== id);

export const testResultFindings: Finding[] = [
  // D01 MRI: operated level
  {
    id: 'non-enhancing-disc-fragment-on-gadolinium-mri',
    label: 'Non-enhancing disc fragment (gadolinium MRI)',
    definition:
      'Tissue at the operated level that does not enhance centrally on early post-contrast images (a peripheral rim ' +
      'may enhance) and displaces the root or the thecal sac.',
    category: 'test-result',
    localisable: true,
    basis: published('hueftle-1988', 'Enhancement pattern separating disc from scar (evidence.md C02, D01)'),
  },
  {
    id: 'enhancing-scar-on-gadolinium-mri',
    label: 'Enhancing scar (gadolinium MRI)',
    definition:
      'Epidural tissue around the root that enhances early and heterogeneously and is continuous with the laminectomy site.',
    category: 'test-result',
    localisable: true,
    basis: published('hueftle-1988', 'Enhancement pattern of scar (evidence.md C02, D01)'),
  },
  {
    id: 'disc-like-mass-on-unenhanced-mri',
    label: 'Disc-like mass (MRI without contrast)',
    definition: 'A mass at the operated level that is read as disc on MRI without contrast.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; unenhanced MRI reading studied by Hueftle 1988', 'hueftle-1988'),
  },
  {
    id: 'no-neural-compression-on-mri',
    label: 'No neural compression on MRI',
    definition: 'MRI shows no compression of the nerve roots or thecal sac at any symptomatic level.',
    category: 'test-result',
    exclusiveWith: ['neural-compression-at-operated-level-on-imaging'],
    basis: toolLogic('Vocabulary definition'),
  },
  {
    id: 'neural-compression-at-operated-level-on-imaging',
    label: 'Neural compression at operated level',
    definition:
      'Central or lateral-recess compression of the neural elements at the operated level on MRI, CT or CT myelography.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: ['no-neural-compression-on-mri'],
    basis: toolLogic('Vocabulary definition; stenosis on imaging also occurs without symptoms, so concordance is required'),
  },
  {
    id: 'foraminal-stenosis-on-imaging',
    label: 'Foraminal stenosis',
    definition: 'Narrowing of the foramen that compresses the exiting root at a symptomatic level.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; lateral and foraminal stenosis was the leading missed cause in Burton 1981', 'burton-1981'),
  },
  {
    id: 'adjacent-level-stenosis-or-herniation-on-imaging',
    label: 'Adjacent-level stenosis or herniation',
    definition: 'New stenosis or disc herniation at a level next to a fusion.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic(
      'Vocabulary definition; radiographic adjacent segment pathology is common without symptoms (PMC4078180)',
      'pmc4078180-asp',
    ),
  },
  // D01 MRI: complications
  {
    id: 'discitis-pattern-on-mri',
    label: 'Discitis pattern on MRI',
    definition:
      'At the operated disc: fluid signal in the disc, erosion of the endplates, marrow oedema and contrast enhancement.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic(
      'Vocabulary definition; early post-operative MRI cannot reliably separate septic from aseptic discitis (Acta Radiol 1998)',
      'acta-radiol-1998-discitis',
    ),
  },
  {
    id: 'epidural-collection-on-mri',
    label: 'Epidural collection on MRI',
    definition: 'An epidural or paraspinal fluid collection with rim enhancement.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; post-operative seroma can look the same'),
  },
  {
    id: 'epidural-haematoma-on-mri',
    label: 'Epidural haematoma on MRI',
    definition: 'Epidural blood that compresses the thecal sac or the roots.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; small asymptomatic collections are common after surgery, so compression matching the deficit is required'),
  },
  {
    id: 'arachnoiditis-pattern-on-imaging',
    label: 'Arachnoiditis pattern',
    definition:
      'Central clumping of the roots, an "empty sac" (roots adherent to the wall) or an intrathecal soft-tissue mass ' +
      '(Delamarter 1990 groups 1-3), not confined to a stenotic level.',
    category: 'test-result',
    localisable: true,
    basis: published(
      ['delamarter-1990', 'jackson-1994'],
      'MRI groups of Delamarter 1990; clumping only at a stenotic level is excluded because it occurs in degenerative stenosis (Jackson & Isherwood 1994)',
    ),
  },
  {
    id: 'csf-collection-on-imaging',
    label: 'CSF collection',
    definition: 'A collection with cerebrospinal-fluid signal that communicates with the thecal sac.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition (pseudomeningocele, evidence.md C15)'),
  },
  // D01 MRI: other
  {
    id: 'facet-effusion-on-mri',
    label: 'Facet effusion on MRI',
    definition: 'Visible fluid widening a facet joint on axial T2-weighted images (presence only).',
    category: 'test-result',
    localisable: true,
    basis: published('zhao-2026', 'Effusion scored as present or absent on axial T2, as in Zhao 2026'),
  },
  {
    id: 'modic-type-1-or-hiz-on-mri',
    label: 'Modic type 1 or HIZ',
    definition: 'A Modic type 1 endplate change or an annular high-intensity zone at the suspected disc.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; Modic changes are specific but insensitive for the painful level (PMC7205555)', 'pmc7205555-modic'),
  },
  {
    id: 'mass-lesion-on-imaging',
    label: 'Mass lesion on imaging',
    definition: 'A tumour or other unexpected mass, for example a schwannoma or a spinal cord tumour.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition (evidence.md C12 cases)'),
  },
  // D02 CT and D03 radiographs: implants and fusion
  {
    id: 'screw-lucency-on-ct',
    label: 'Screw lucency',
    definition: 'A lucent halo of 1 mm or more around a screw on CT or radiographs.',
    category: 'test-result',
    localisable: true,
    basis: estimate('expert threshold: >= 1 mm lucent halo'),
  },
  {
    id: 'implant-fracture-or-disconnection',
    label: 'Implant fracture or disconnection',
    definition: 'A broken rod or screw, or a screw head that has come apart from the construct.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition (evidence.md C01)'),
  },
  {
    id: 'screw-or-cage-breach-on-imaging',
    label: 'Screw or cage breach',
    definition:
      'A screw or cage lying in the canal or the foramen at the symptomatic root, or beyond the anterior sacral cortex.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; small breaches are common without symptoms, so the breach must match the symptomatic root'),
  },
  {
    id: 'cage-subsidence-or-migration',
    label: 'Cage subsidence or migration',
    definition: 'A cage or graft that has moved out of place or sunk into an endplate.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition'),
  },
  {
    id: 'absent-bridging-bone-on-ct',
    label: 'No bridging bone on CT',
    definition: 'No continuous bridging bone across the segment that was meant to fuse.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: ['solid-fusion-on-ct'],
    basis: toolLogic(
      'Vocabulary definition; CT fusion criteria are not standardised and inter-observer agreement is low (Gonzalez-Gallardo 2025)',
      'gonzalez-gallardo-2025',
    ),
  },
  {
    id: 'solid-fusion-on-ct',
    label: 'Solid fusion on CT',
    definition: 'Continuous bridging bone across the fused segment.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: ['absent-bridging-bone-on-ct'],
    basis: toolLogic('Vocabulary definition; CT is better at confirming than at excluding fusion (Ho 2011)', 'ho-2011'),
  },
  {
    id: 'abnormal-motion-on-flexion-extension',
    label: 'Abnormal motion on flexion-extension',
    definition:
      'Abnormal translation or angulation at a non-fused level, or any motion at a fused level, on flexion-extension films.',
    category: 'test-result',
    localisable: true,
    basis: unverified(
      'Numeric thresholds (commonly translation > 3-4 mm, angulation > 10-15 degrees) are [unverified]; there is no validated ' +
        'instability test (Hipp 2023)',
      'hipp-2023',
    ),
  },
  {
    id: 'slip-progression-on-radiographs',
    label: 'Slip progression',
    definition: 'A spondylolisthesis that is larger than on earlier radiographs.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition (instability after decompression, evidence.md C13)'),
  },
  // D04 standing full-length radiographs
  {
    id: 'sagittal-malalignment-on-standing-films',
    label: 'Sagittal malalignment',
    definition:
      'Any SRS-Schwab sagittal modifier abnormal on standing films: SVA 4 cm or more, PI-LL 10 degrees or more, or PT 20 ' +
      'degrees or more.',
    category: 'test-result',
    basis: published('terran-2013', 'SRS-Schwab sagittal modifier thresholds (SVA >= 4 cm, PI-LL >= 10 degrees, PT >= 20 degrees)'),
  },
  {
    id: 'proximal-junctional-kyphosis-on-standing-films',
    label: 'Proximal junctional kyphosis',
    definition:
      'Kyphosis above a long fusion of 10 degrees or more that is also at least 10 degrees more than before surgery.',
    category: 'test-result',
    localisable: true,
    basis: estimate('expert threshold: >= 10 degrees and >= 10 degrees more than before surgery'),
  },
  // D06 inflammatory markers
  {
    id: 'crp-and-esr-both-raised',
    label: 'CRP and ESR both raised',
    definition: 'CRP and ESR both above the reference range, measured 1-2 weeks or more after surgery.',
    category: 'test-result',
    exclusiveWith: others(INFLAMMATORY_MARKER_VALUES, 'crp-and-esr-both-raised'),
    basis: published('esr-crp-postprocedure-discitis', 'Combined ESR and CRP at 1-2 weeks in postprocedure discitis'),
  },
  {
    id: 'crp-raised',
    label: 'CRP raised (ESR not measured)',
    definition: 'CRP above the reference range when only CRP, not ESR, was measured.',
    category: 'test-result',
    exclusiveWith: others(INFLAMMATORY_MARKER_VALUES, 'crp-raised'),
    basis: toolLogic('Vocabulary definition; use only when the combined value is not available', 'esr-crp-postprocedure-discitis'),
  },
  {
    id: 'esr-raised',
    label: 'ESR raised (CRP not measured)',
    definition: 'ESR above the reference range when only ESR, not CRP, was measured.',
    category: 'test-result',
    exclusiveWith: others(INFLAMMATORY_MARKER_VALUES, 'esr-raised'),
    basis: toolLogic('Vocabulary definition; use only when the combined value is not available', 'esr-crp-postprocedure-discitis'),
  },
  {
    id: 'esr-over-50-after-2-weeks',
    label: 'ESR over 50 after 2 weeks',
    definition: 'ESR above 50 mm/h two weeks or more after surgery.',
    category: 'test-result',
    basis: published('spine-1988-discitis', 'ESR > 50 mm/h >= 2 weeks after surgery with increasing back pain: discitis until proven otherwise'),
  },
  {
    id: 'crp-rising-after-day-6',
    label: 'CRP rising after day 6',
    definition: 'CRP still rising, or rising again, after the sixth post-operative day.',
    category: 'test-result',
    basis: toolLogic(
      'Derived from normal kinetics: after uncomplicated discectomy CRP peaks about day 2 and normalises within about 6 days',
      'crp-esr-c3d-discectomy',
    ),
  },
  {
    id: 'wbc-raised',
    label: 'White cell count raised',
    definition: 'White blood cell count above the reference range.',
    category: 'test-result',
    basis: toolLogic('Vocabulary definition; WBC is normal in many epidural abscess cases (evidence.md D06, secondary)'),
  },
  // D07 cultures
  {
    id: 'positive-culture-or-biopsy',
    label: 'Positive culture or biopsy',
    definition: 'An organism grown from blood cultures or from an image-guided biopsy.',
    category: 'test-result',
    basis: toolLogic('Vocabulary definition; cultures are positive in only 42-73% of post-operative discitis (evidence.md D07)'),
  },
  // D08 medial branch blocks
  {
    id: 'positive-single-medial-branch-block',
    label: 'Positive single medial branch block',
    definition:
      'Relief of the usual pain of 80% or more, concordant with the block, after one technically adequate medial branch block.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: others(MBB_VALUES, 'positive-single-medial-branch-block'),
    basis: estimate('expert threshold: >= 80% concordant relief (tool threshold)', 'schwarzer-1994'),
  },
  {
    id: 'positive-dual-medial-branch-blocks',
    label: 'Positive dual medial branch blocks',
    definition:
      'Concordant relief of 80% or more after each of two medial branch blocks given on separate occasions (comparative ' +
      'or placebo-controlled).',
    category: 'test-result',
    localisable: true,
    exclusiveWith: others(MBB_VALUES, 'positive-dual-medial-branch-blocks'),
    basis: estimate('expert threshold: >= 80% concordant relief after each of two blocks (as for the single block)', 'schwarzer-1994'),
  },
  {
    id: 'negative-medial-branch-block',
    label: 'Negative medial branch block',
    definition: 'No meaningful relief after a technically adequate medial branch block.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: others(MBB_VALUES, 'negative-medial-branch-block'),
    basis: toolLogic('Vocabulary definition'),
  },
  // D09 SIJ blocks
  {
    id: 'positive-single-sij-block',
    label: 'Positive single SIJ block',
    definition: 'More than 80% relief of the usual pain after one intra-articular sacroiliac joint block.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: others(SIJ_VALUES, 'positive-single-sij-block'),
    basis: published('scirp-2015-sij-blocks', '> 80% relief criterion'),
  },
  {
    id: 'positive-dual-sij-blocks',
    label: 'Positive dual SIJ blocks',
    definition: 'More than 80% relief after each of two intra-articular sacroiliac joint blocks on separate occasions.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: others(SIJ_VALUES, 'positive-dual-sij-blocks'),
    basis: published('scirp-2015-sij-blocks', '> 80% relief criterion applied to a first and a confirmatory block'),
  },
  {
    id: 'negative-sij-block',
    label: 'Negative SIJ block',
    definition: 'No meaningful relief after a technically adequate intra-articular sacroiliac joint block.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: others(SIJ_VALUES, 'negative-sij-block'),
    basis: toolLogic('Vocabulary definition'),
  },
  // D10 selective nerve root block
  {
    id: 'positive-selective-nerve-root-block',
    label: 'Positive selective nerve root block',
    definition: 'Concordant relief of the usual pain after local anaesthetic block of a single nerve root.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; accuracy of the test is [unverified] (evidence.md D10)'),
  },
  // D11 cluneal nerve block
  {
    id: 'positive-cluneal-nerve-block',
    label: 'Positive cluneal nerve block',
    definition: 'More than 75% relief within 2 hours of a local anaesthetic block at the iliac crest trigger point.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: ['negative-cluneal-nerve-block'],
    basis: published(['iwamoto-scn-after-fusion', 'isu-2018'], 'Iwamoto criterion: > 75% relief within 2 h'),
  },
  {
    id: 'negative-cluneal-nerve-block',
    label: 'Negative cluneal nerve block',
    definition: 'No relief after a local anaesthetic block at the iliac crest trigger point.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: ['positive-cluneal-nerve-block'],
    basis: toolLogic('Vocabulary definition', 'iwamoto-scn-after-fusion'),
  },
  // D12 EMG / nerve conduction
  {
    id: 'active-radiculopathy-on-emg',
    label: 'Active radiculopathy on EMG',
    definition: 'Denervation in the muscles of one root, paraspinal muscles included.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; accuracy of EMG is [unverified] (evidence.md D12)'),
  },
  {
    id: 'polyneuropathy-on-ncs',
    label: 'Polyneuropathy on NCS',
    definition: 'A length-dependent polyneuropathy on nerve conduction studies.',
    category: 'test-result',
    basis: toolLogic('Vocabulary definition (peripheral neuropathy mimic, evidence.md C12)'),
  },
  // D13 hip
  {
    id: 'hip-oa-on-radiograph',
    label: 'Hip osteoarthritis on radiograph',
    definition: 'Osteoarthritis of the hip seen on a radiograph.',
    category: 'test-result',
    basis: toolLogic('Vocabulary definition (hip-spine syndrome, evidence.md C12, D13)'),
  },
  {
    id: 'positive-hip-injection',
    label: 'Positive hip injection',
    definition:
      'Clear relief of the usual pain, 50% or more, after an intra-articular local anaesthetic injection of the hip.',
    category: 'test-result',
    basis: estimate('expert threshold: >= 50% relief'),
  },
  // D16 post-void residual
  {
    id: 'pvr-over-200-ml',
    label: 'Post-void residual over 200 mL',
    definition: 'Post-void residual volume above 200 mL on bladder scan.',
    category: 'test-result',
    basis: published('bone-joint-proc-2022-pvr', 'PVR > 200 mL cut-off of the 2022 meta-analysis abstract'),
  },
  {
    id: 'pvr-over-100-ml',
    label: 'Post-void residual over 100 mL',
    definition: 'Post-void residual volume above 100 mL; used for red-flag triage only, not scored for causes.',
    category: 'test-result',
    basis: published('bone-joint-proc-2022-pvr', 'PVR > 100 mL cut-off of the 2022 meta-analysis abstract'),
  },
  // D17 discography
  {
    id: 'concordant-pain-on-discography',
    label: 'Concordant pain on discography',
    definition: 'Injection of one disc reproduces the usual pain while a control disc is painless.',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Vocabulary definition; discography gives false positives in pain-free people (evidence.md D17)'),
  },
  // Hardware anaesthetic block (no D id)
  {
    id: 'positive-hardware-block',
    label: 'Positive hardware block',
    definition: 'Local anaesthetic injected around the implant relieves the usual pain.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: ['negative-hardware-block'],
    basis: toolLogic('Vocabulary definition; the hardware block is a test in use that evidence.md C01 marks [unverified]'),
  },

  // Added beyond findings-matrix.md §4 (docs/knowledge-base.md).
  {
    id: 'fracture-on-imaging',
    label: 'Fracture on imaging',
    definition: 'A vertebral, pedicle or sacral insufficiency fracture on radiograph, CT or MRI (RF07).',
    category: 'test-result',
    localisable: true,
    basis: toolLogic('Red-flag vocabulary (RF07, evidence.md §3)'),
  },
  {
    id: 'negative-hardware-block',
    label: 'Negative hardware block',
    definition: 'No relief of the usual pain after local anaesthetic injected around the implant.',
    category: 'test-result',
    localisable: true,
    exclusiveWith: ['positive-hardware-block'],
    basis: toolLogic('Vocabulary definition; the hardware block is a test in use that evidence.md C01 marks [unverified]'),
  },
];

/**
 * Interventional procedures with their ASRA/ESRA 2018 bleeding-risk class (Narouze 2018; evidence.md §4.8), used by
 * the anticoagulant safety check for plan items and for needle tests in the work-up.
 *
 * The class list was read in secondary copies (UpToDate tables adapted from Narouze 2018, ASRA News 2019, a 2018 slide
 * set). Procedures that those copies do not name are classed by analogy and tagged unverified, so the output says
 * "verify against Narouze 2018". Open operations, biopsies and myelography are outside that guideline (`not-covered`):
 * the surgical or radiology team's own plan applies.
 */
import { secondary, toolLogic, unverified } from './basis.js';
import type { Procedure } from './schema.js';

export const procedures: Procedure[] = [
  {
    id: 'scs-trial-or-implant',
    name: 'Spinal cord stimulator placement (trial and implant)',
    riskClass: 'high',
    needle: true,
    basis: secondary(
      ['uptodate-144053', 'narouze-2018'],
      'High risk in the UpToDate table adapted from Narouze 2018; separate wording for trial versus implant is unverified (evidence.md §4.8)',
    ),
  },
  {
    id: 'drg-stimulator-placement',
    name: 'Dorsal root ganglion stimulator placement',
    riskClass: 'high',
    needle: true,
    basis: secondary(['uptodate-144053', 'wickboldt-2019', 'narouze-2018'], 'Added to the high-risk class in 2018 (ASRA News 2019)'),
  },
  {
    id: 'intrathecal-catheter-and-pump',
    name: 'Intrathecal catheter and pump placement',
    riskClass: 'high',
    needle: true,
    basis: secondary(['uptodate-144053', 'narouze-2018'], 'Neuraxial (intrathecal) infusion catheter and pump placement: high risk'),
  },
  {
    id: 'epidural-steroid-injection',
    name: 'Epidural steroid injection (interlaminar, transforaminal or caudal)',
    riskClass: 'intermediate',
    needle: true,
    basis: secondary(
      ['uptodate-144053', 'asra-2018-slides', 'narouze-2018'],
      'UpToDate: "epidural glucocorticoid injection" intermediate; a 2018 slide set lists interlaminar and transforaminal separately',
    ),
  },
  {
    id: 'selective-nerve-root-block',
    name: 'Selective nerve root block (transforaminal)',
    riskClass: 'intermediate',
    needle: true,
    basis: toolLogic(
      'Not named in the retrieved class lists; a selective nerve root block is a transforaminal injection, and transforaminal epidural injections are intermediate risk',
      'uptodate-144053',
      'asra-2018-slides',
    ),
  },
  {
    id: 'lumbar-medial-branch-block-or-rfa',
    name: 'Lumbar medial branch block or radiofrequency denervation',
    riskClass: 'low',
    regions: ['lumbar'],
    needle: true,
    basis: secondary(['uptodate-144053', 'wickboldt-2019', 'narouze-2018'], 'Lumbar and thoracic medial branch block and RFA moved to low risk in 2018'),
  },
  {
    id: 'cervical-medial-branch-block-or-rfa',
    name: 'Cervical medial branch block or radiofrequency denervation',
    riskClass: 'intermediate',
    regions: ['cervical'],
    needle: true,
    basis: secondary(['uptodate-144053', 'narouze-2018'], 'Cervical medial branch block and RFA: intermediate risk'),
  },
  {
    id: 'sij-injection',
    name: 'Sacroiliac joint injection',
    riskClass: 'low',
    regions: ['lumbar'],
    needle: false,
    basis: secondary(
      ['uptodate-144053', 'asra-2018-slides', 'narouze-2018'],
      'Joint injections are low risk (UpToDate); the SI joint injection is named as low on the 2018 slide set',
    ),
  },
  {
    id: 'sacral-lateral-branch-rfa',
    name: 'Sacral lateral branch radiofrequency denervation (SIJ)',
    riskClass: 'low',
    regions: ['lumbar'],
    needle: false,
    basis: unverified(
      'Sacral lateral branch blocks are not confirmed as a named item (evidence.md §4.8); low risk assumed by analogy with lumbar medial branch RFA',
      'narouze-2018',
    ),
  },
  {
    id: 'peripheral-nerve-block',
    name: 'Peripheral nerve block (e.g. cluneal nerve block)',
    riskClass: 'low',
    needle: false,
    basis: secondary(
      ['uptodate-144053', 'narouze-2018'],
      'Peripheral nerve blocks are low risk; the table footnote notes that deep, non-compressible blocks may count as higher risk',
    ),
  },
  {
    id: 'intradiscal-procedure',
    name: 'Intradiscal procedure (discography)',
    riskClass: 'intermediate',
    needle: true,
    basis: secondary('asra-2018-slides', 'Intradiscal procedures intermediate on the 2018 slide set only (may reflect the 2015 edition)'),
  },
  {
    id: 'hardware-local-anaesthetic-block',
    name: 'Local anaesthetic infiltration around spinal implants (hardware block)',
    riskClass: 'low',
    needle: true,
    basis: unverified(
      'Not named in the retrieved class lists; low risk assumed by analogy with trigger point injections (superficial, compressible)',
      'narouze-2018',
    ),
  },
  {
    id: 'epidural-adhesiolysis',
    name: 'Percutaneous epidural adhesiolysis (epidural catheter)',
    riskClass: 'high',
    needle: true,
    basis: unverified(
      'Adhesiolysis is not named in the retrieved class lists (epiduroscopy as a high-risk item is also unverified); SpinePath applies the high-risk class as a conservative assumption',
      'narouze-2018',
    ),
  },
  {
    id: 'pulsed-rf-drg',
    name: 'Pulsed radiofrequency of the dorsal root ganglion (transforaminal approach)',
    riskClass: 'intermediate',
    needle: true,
    basis: unverified(
      'Not named in the retrieved class lists; intermediate risk assumed by analogy with transforaminal epidural injections',
      'narouze-2018',
    ),
  },
  {
    id: 'open-spinal-surgery',
    name: 'Open spinal operation (revision surgery)',
    riskClass: 'not-covered',
    needle: false,
    basis: toolLogic('Narouze 2018 covers interventional pain procedures, not open spine surgery: the surgical team plans the anticoagulant holds', 'narouze-2018'),
  },
  {
    id: 'cluneal-nerve-release',
    name: 'Surgical release of the cluneal nerves',
    riskClass: 'not-covered',
    needle: false,
    basis: toolLogic('An open operation, outside the interventional pain guideline: the surgical team plans the anticoagulant holds', 'narouze-2018'),
  },
  {
    id: 'ct-myelography',
    name: 'Lumbar puncture for CT myelography',
    riskClass: 'not-covered',
    needle: true,
    basis: toolLogic(
      'A diagnostic dural puncture is not in the retrieved class lists of the interventional pain guideline: follow the radiology department\'s neuraxial puncture policy',
      'narouze-2018',
    ),
  },
  {
    id: 'image-guided-biopsy',
    name: 'Image-guided disc or collection biopsy',
    riskClass: 'not-covered',
    needle: true,
    basis: toolLogic('Outside the interventional pain guideline: follow the interventional radiology team\'s policy', 'narouze-2018'),
  },
];

/** Needle tests of the work-up and the procedures they involve (the engine keeps those of the case's region). */
export const testProcedures: Record<string, string[]> = {
  'medial-branch-blocks': ['lumbar-medial-branch-block-or-rfa', 'cervical-medial-branch-block-or-rfa'],
  'sij-block': ['sij-injection'],
  'selective-nerve-root-block': ['selective-nerve-root-block'],
  'cluneal-nerve-block': ['peripheral-nerve-block'],
  discography: ['intradiscal-procedure'],
  'hardware-anaesthetic-block': ['hardware-local-anaesthetic-block'],
  'ct-myelogram': ['ct-myelography'],
  'blood-culture-biopsy': ['image-guided-biopsy'],
};

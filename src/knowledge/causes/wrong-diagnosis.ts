/**
 * C12 Wrong original diagnosis / wrong level / mimic, including C23 systemic and non-spinal disease
 * (evidence.md §2.3 C12 and C23; findings-matrix.md §1 item 9, §2, §3 C12).
 */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const wrongDiagnosis: Cause = {
  id: 'wrong-diagnosis',
  code: 'C12',
  name: 'Wrong original diagnosis, wrong level or mimic (incl. systemic and non-spinal disease)',
  synonyms: [
    'wrong level',
    'wrong original diagnosis',
    'inappropriate operation',
    'mimic',
    'hip-spine syndrome',
    'systemic or non-spinal disease (C23)',
  ],
  painTypes: ['nociceptive', 'neuropathic', 'mixed'],
  onset: {
    windows: ['immediate'],
    description: 'From the operation on: surgery never helped and the pain is unchanged.',
  },
  hallmarks:
    'The pain pattern never matched the imaging; pre- and post-operative pain are identical; a mimic is present: hip ' +
    'osteoarthritis (refers to the buttock in 76% and the posterior thigh in 43%, secondary), SIJ, cluneal nerve ' +
    'entrapment, piriformis, a tumour (e.g. schwannoma at the operated level, thoracic cord tumour), vascular ' +
    'claudication or peripheral neuropathy (both unverified in evidence.md); systemic disease such as diabetes, ' +
    'autoimmune or peripheral vascular disease (C23).',
  correctableLesion: false,
  redFlags: ['malignancy'],
  requires: {},
  priors: {
    discectomy: priors(
      [0.06, 0.08, 0.08, 0.06],
      estimate('42 diagnoses including non-surgical ones in Slipman 2002; no rate found', 'slipman-2002'),
    ),
    decompression: priors(
      [0.08, 0.1, 0.1, 0.08],
      estimate('Older population: hip OA, vascular claudication, neuropathy (evidence.md C12)'),
    ),
    fusion: priors(
      [0.05, 0.06, 0.06, 0.05],
      estimate('"Fusion at wrong level, or fusion for SIJ pain" (van de Minkelis 2024)', 'van-de-minkelis-2024'),
    ),
    cervical: priors(
      [0.08, 0.1, 0.1, 0.08],
      estimate('Shoulder disease, entrapment neuropathy (expert estimate; not in evidence.md)'),
    ),
  },
  groups: [
    group('course', 'course'),
    group('selection', 'history-exam'),
    group('hip', 'test-result'),
    group('vascular-neuropathy', 'test-result'),
    group('malignancy', 'test-result'),
  ],
  likelihoodRatios: [
    lr('never-improved-after-surgery', 4.0, undefined, 'course',
      estimate('"Surgery never helped; pain unchanged" (evidence.md C12)')),
    lr('pain-free-interval-then-recurrence', 0.3, undefined, 'course',
      estimate('A wrong diagnosis shows as pain unchanged from the start (evidence.md C12), so a pain-free interval argues against it')),
    lr('pain-identical-to-preoperative-pain', 2.5, 0.6, 'course',
      estimate('Identical pre- and post-operative pain is a hallmark (evidence.md C12)')),
    lr('preoperative-imaging-discordant', 4.0, 0.6, 'selection', estimate('Pain pattern never matched imaging')),
    lr('groin-pain', 3.0, 0.7, 'hip',
      estimate('Hip OA refers to the groin; 76% refer to the buttock, 43% to the posterior thigh (evidence.md C12, secondary)')),
    lr('limited-painful-hip-internal-rotation', 4.0, 0.6, 'hip',
      estimate('Anchored on "odds of hip source ~14-fold" (secondary; an odds ratio, not an LR)')),
    lr('hip-oa-on-radiograph', 2.0, 0.7, 'hip', estimate('Common incidental finding at this age')),
    lr('positive-hip-injection', 8.0, 0.3, 'hip',
      estimate('THA relieved post-spine-surgery patients (Hip Pelvis 2023)', 'hip-pelvis-2023')),
    lr('absent-foot-pulses', 3.0, 0.9, 'vascular-neuropathy',
      estimate('Vascular claudication mimic (unverified in evidence.md)')),
    lr('stocking-distribution-sensory-loss', 3.0, 0.9, 'vascular-neuropathy',
      estimate('Peripheral neuropathy; diabetes predisposes (C23, secondary)')),
    lr('polyneuropathy-on-ncs', 4.0, 0.8, 'vascular-neuropathy',
      estimate('Nerve conduction studies document the peripheral-neuropathy mimic (evidence.md C12, D12)')),
    lr('history-of-cancer', 3.0, 0.95, 'malignancy', estimate('Tumour mimic; red flag RF06 is triaged first')),
    lr('unexplained-weight-loss', 3.0, 0.95, 'malignancy', estimate('Tumour mimic; red flag RF06 is triaged first')),
    lr('mass-lesion-on-imaging', 15, undefined, 'malignancy',
      estimate('Schwannoma at the operated level, thoracic cord tumour (evidence.md C12 cases)')),
  ],
  management:
    'Find and treat the true pain generator, e.g. hip replacement for hip-spine syndrome (THA improved VAS from 5.1 ' +
    'to 2.7 in post-spine-surgery patients, Hip Pelvis 2023); hip examination, radiograph and diagnostic hip ' +
    'injection, SIJ or cluneal blocks, contrast MRI of the whole lumbar (and thoracic) spine; exclude cancer, ' +
    'infection, fracture and inflammatory disease (NICE NG59 1.1.1).',
  sources: ['van-de-minkelis-2024', 'devin-2012', 'hip-pelvis-2023', 'slipman-2002', 'nice-ng59'],
};

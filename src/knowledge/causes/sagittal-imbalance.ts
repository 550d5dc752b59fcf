/**
 * C21 Sagittal imbalance / junctional failure: flat back, proximal junctional kyphosis (evidence.md §2.3 C21;
 * findings-matrix.md §2, §3 C21).
 */
import { group, lr, priors } from '../authoring.js';
import { estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const sagittalImbalance: Cause = {
  id: 'sagittal-imbalance',
  code: 'C21',
  name: 'Sagittal imbalance / junctional failure (flat back, proximal junctional kyphosis)',
  synonyms: [
    'flat back',
    'flatback syndrome',
    'proximal junctional kyphosis',
    'PJK',
    'junctional failure',
    'post-laminectomy kyphosis',
    'cervical kyphosis',
  ],
  painTypes: ['nociceptive'],
  onset: {
    windows: ['intermediate', 'late'],
    description:
      'Not given in evidence.md; the priors of findings-matrix.md §2 rise over months to years after long fusions and ' +
      'multilevel laminectomy.',
  },
  hallmarks:
    'Cannot stand upright without flexing the hips and knees; fatigue and axial pain build through the day ' +
    '(findings-matrix.md §3 C21). In revised adult deformity surgery, advanced sagittal malalignment in 90.6% and ' +
    'PJK in 40.6% of 32 revisions (J Turk Spinal Surg 2021).',
  correctableLesion: false,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors([0.002, 0.005, 0.005, 0.01], estimate('Rare after discectomy')),
    decompression: priors([0.005, 0.01, 0.02, 0.04], estimate('Multilevel laminectomy in the elderly')),
    fusion: priors(
      [0.01, 0.03, 0.06, 0.08],
      estimate('Long fusions; PJK in 40.6% of 32 deformity revisions (J Turk Spinal Surg 2021)',
        'j-turk-spinal-surg-2021-pjk'),
    ),
    cervical: priors(
      [0.005, 0.02, 0.04, 0.05],
      estimate('Post-laminectomy kyphosis (ICD-10-CM M96.3 exists as a code)'),
    ),
  },
  groups: [
    group('posture-history', 'history-exam'),
    group('course', 'course'),
    group('pain-distribution', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('alignment-imaging', 'test-result'),
  ],
  likelihoodRatios: [
    lr('forward-stooped-posture', 4.0, 0.4, 'posture-history',
      estimate('Cannot stand upright without flexing hips/knees; fatigue and pain build through the day')),
    lr('long-fusion-3-or-more-levels', 2.0, 0.5, 'posture-history',
      estimate('PJK in 40.6% of 32 revised deformity cases (J Turk Spinal Surg 2021)', 'j-turk-spinal-surg-2021-pjk')),
    lr('new-different-pain', 2.0, undefined, 'course',
      estimate('Imbalance or junctional failure brings new pain after the operation')),
    lr('axial-pain-dominant', 1.5, 0.6, 'pain-distribution', estimate('Nociceptive axial pain')),
    lr('dn4-4-or-more', 0.54, 1.3, 'neuropathic-screen',
      estimate('Rule b of findings-matrix.md §3.0 (nociceptive cause): DN4 phenotype accuracy (Bouhassira 2005: sens 82.9%, ' +
        'spec 89.9%) with the expert assumption that 15% of patients with the cause and 40% without it have a neuropathic component',
        'bouhassira-2005')),
    lr('sagittal-malalignment-on-standing-films', 5.0, 0.2, 'alignment-imaging',
      estimate('Anchored on the SRS-Schwab modifiers (SVA >= 4 cm, PI-LL >= 10 degrees, PT >= 20 degrees graded abnormal; ' +
        'worse grades go with worse ODI and SRS-22: Terran 2013)', 'terran-2013')),
    lr('proximal-junctional-kyphosis-on-standing-films', 5.0, 0.7, 'alignment-imaging',
      estimate('Kyphosis above a long fusion; its absence leaves flat-back imbalance possible')),
  ],
  management:
    'Standing full-length (whole-body) radiographs to measure alignment (Sebaaly 2018); specialist deformity ' +
    'surgery assessment.',
  sources: ['j-turk-spinal-surg-2021-pjk', 'sebaaly-2018', 'terran-2013'],
};

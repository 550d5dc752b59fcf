/** C05 Residual or recurrent disc herniation (evidence.md §2.3 C05; findings-matrix.md §2, §3 C05). */
import { group, lr, priors } from '../authoring.js';
import { computed, estimate } from '../basis.js';
import type { Cause } from '../schema.js';

export const recurrentDiscHerniation: Cause = {
  id: 'recurrent-disc-herniation',
  code: 'C05',
  name: 'Residual or recurrent disc herniation',
  synonyms: ['recurrent disc', 'reherniation', 'residual disc fragment', 'retained disc fragment'],
  painTypes: ['neuropathic', 'mixed'],
  onset: {
    windows: ['immediate', 'intermediate', 'late'],
    description:
      'Residual: no relief from the start. Recurrent: after a pain-free interval of months to years (mean 31 months in ' +
      'Mattar 2012; contralateral recurrences later than ipsilateral, 33 vs 18.6 months).',
  },
  hallmarks: 'Return of radicular leg (or arm) pain, worse than back pain; positive straight-leg raise; dermatomal deficit.',
  correctableLesion: true,
  redFlags: [],
  requires: {},
  priors: {
    discectomy: priors(
      [0.08, 0.15, 0.22, 0.2],
      estimate(
        'Recurrence 5-11% of discectomies (Mattar 2012), 5-15% (PMC2612570); mean pain-free interval 31 months; ' +
          'scaled for a consulting population',
        'mattar-2012',
        'pmc2612570-reherniation',
      ),
    ),
    decompression: priors([0.03, 0.05, 0.06, 0.05], estimate('Operation mostly for stenosis, not disc')),
    fusion: priors([0.02, 0.03, 0.03, 0.02], estimate('Fused disc removed; a residual fragment remains possible')),
    cervical: priors(
      [0.04, 0.03, 0.02, 0.02],
      estimate('Disc removed at ACDF; posterior foraminotomy can recur'),
    ),
  },
  groups: [
    group('course', 'course'),
    group('radicular-signs', 'history-exam'),
    group('neuropathic-screen', 'history-exam'),
    group('mri-operated-level', 'test-result'),
    group('root-block', 'test-result'),
  ],
  likelihoodRatios: [
    lr('pain-free-interval-then-recurrence', 3.0, undefined, 'course',
      estimate('Recurrence = return of radicular pain after a pain-free interval (evidence.md C05)')),
    lr('relief-lasted-6-months-or-more', 1.5, 0.7, 'course',
      estimate('Mattar 2012 defines recurrence by >= 6 months pain-free; Waddell 1979: > 6 months relief went with better reoperation results',
        'mattar-2012', 'waddell-1979')),
    lr('never-improved-after-surgery', 1.5, undefined, 'course', estimate('Residual fragment')),
    lr('new-different-pain', 0.8, undefined, 'course',
      estimate('Contralateral recurrences occur (PMC2612570), so only weakly against', 'pmc2612570-reherniation')),
    lr('leg-pain-dominant', 2.0, 0.4, 'radicular-signs', estimate('Leg > back pain is the hallmark')),
    lr('dermatomal-radiating-pain', 2.5, 0.3, 'radicular-signs', estimate('Radicular pain in one root territory')),
    lr('positive-straight-leg-raise', 1.23, 0.35, 'radicular-signs',
      computed('Devillé 2000: sens 0.91, spec 0.26 (surgical series of primary herniation); scar may give false positives after surgery',
        'deville-2000')),
    lr('positive-crossed-straight-leg-raise', 2.4, 0.81, 'radicular-signs',
      computed('Devillé 2000: sens 0.29, spec 0.88', 'deville-2000')),
    lr('dermatomal-sensory-deficit', 1.5, 0.8, 'radicular-signs',
      estimate('Single neurological signs perform poorly alone (van der Windt 2010, Cochrane CD007431); count NEW deficits only',
        'van-der-windt-2010')),
    lr('myotomal-weakness', 1.5, 0.9, 'radicular-signs', estimate('As for sensory deficit', 'van-der-windt-2010')),
    lr('positive-spurling-test', 4.3, 0.75, 'radicular-signs',
      computed('Tong 2002: sens 0.30, spec 0.93 (secondary copy); cervical only; Thoomes 2018 review: spec 0.89-1.00', 'tong-2002')),
    lr('positive-upper-limb-tension-test', 1.24, 0.14, 'radicular-signs',
      computed('Wainner 2003: ULTT A sens 0.97, spec 0.22 (secondary copy); cervical; the negative result is the useful one',
        'wainner-2003')),
    lr('dn4-4-or-more', 1.3, 0.7, 'neuropathic-screen',
      estimate('Rule c of findings-matrix.md §3.0: compressive radicular causes, weak phenotype link')),
    lr('non-enhancing-disc-fragment-on-gadolinium-mri', 10, 0.1, 'mri-operated-level',
      estimate('Anchored on Hueftle 1988: enhanced MR right at 19/19 surgically verified levels (small n)', 'hueftle-1988')),
    lr('disc-like-mass-on-unenhanced-mri', 3.4, 0.05, 'mri-operated-level',
      computed('Hueftle 1988: unenhanced MR sens 100%, spec 71%; LR- at the 0.05 cap', 'hueftle-1988'),
      { overriddenBy: ['non-enhancing-disc-fragment-on-gadolinium-mri', 'enhancing-scar-on-gadolinium-mri'] }),
    lr('enhancing-scar-on-gadolinium-mri', 0.3, 1.0, 'mri-operated-level',
      estimate('Enhancing tissue without a non-enhancing core favours scar; if scar AND fragment are reported, the fragment alone is scored'),
      { overriddenBy: ['non-enhancing-disc-fragment-on-gadolinium-mri'] }),
    lr('no-neural-compression-on-mri', 0.1, undefined, 'mri-operated-level', estimate('No compressive lesion on MRI')),
    lr('positive-selective-nerve-root-block', 1.5, 0.7, 'root-block',
      estimate('Confirms the level; no accuracy data (evidence.md D10, unverified)')),
  ],
  management:
    'Conservative care first; repeat discectomy gives results close to primary surgery when a definite recurrence is ' +
    'found (Waddell 1979; Mattar 2012 recovery rate 72%; Drazin 2016: 70.6-89% good or excellent in 7 of 9 series); ' +
    'poorer with more previous operations, longer symptoms and associated stenosis.',
  sources: ['mattar-2012', 'pmc2612570-reherniation', 'drazin-2016', 'waddell-1979', 'hueftle-1988'],
};

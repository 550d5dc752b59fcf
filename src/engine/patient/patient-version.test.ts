/**
 * The patient version: the five plain-language parts, natural frequencies, goals beside the options, urgent help
 * first in an emergency, and a Flesch-Kincaid grade of about 8 or below on every example and vignette.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseJson, validateCase } from '../../case/validate.js';
import { lumbarDiscectomyCase } from '../../test-support/cases.js';
import { loadVignettes } from '../../../test/vignette-harness.js';
import { assess } from '../assess.js';
import { patientText, patientVersion, renderPatientVersion } from './patient-version.js';
import { countSyllables, fleschKincaid } from './readability.js';

const examplesDir = new URL('../../../examples/', import.meta.url).pathname;
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));

describe('Flesch-Kincaid', () => {
  it('counts syllables with the usual heuristic', () => {
    expect(['pain', 'back', 'nerve', 'doctor', 'exercise', 'operation', 'stimulator', 'tested', 'jumped'].map(countSyllables)).toEqual([1, 1, 1, 2, 3, 4, 4, 2, 1]);
  });

  it('computes the grade from its formula', () => {
    // 2 sentences, 11 words, 11 syllables: 0.39 x 5.5 + 11.8 x 1 - 15.59 = -1.645, rounded to -1.6
    expect(fleschKincaid('The cat sat on the mat. A dog ran to it.')).toMatchObject({ words: 11, sentences: 2, syllables: 11, grade: -1.6 });
    const r = fleschKincaid('Persistent postoperative radiculopathy necessitates multidisciplinary rehabilitation.');
    expect(r.grade).toBeGreaterThan(18);
  });
});

describe('patient version', () => {
  it('has the five plain-language parts, in order', () => {
    const v = validateCase(lumbarDiscectomyCase());
    if (!v.ok) throw new Error('invalid');
    const pv = patientVersion(assess(v.case));
    expect(pv.sections.map((s) => s.id)).toEqual(['going-on', 'tests', 'options', 'you-can-do', 'urgent-help']);
    expect(pv.sections.at(-1)!.paragraphs.join(' ')).toMatch(/cannot pass urine/);
  });

  it('puts urgent care first in an emergency', () => {
    const v = validateCase(lumbarDiscectomyCase({ findings: [{ id: 'urinary-retention-or-saddle-anaesthesia', status: 'present' }] }));
    if (!v.ok) throw new Error('invalid');
    const pv = patientVersion(assess(v.case));
    expect(pv.sections[0]).toMatchObject({ id: 'urgent-now', heading: 'You need urgent care today' });
    expect(pv.sections.find((s) => s.id === 'options')!.paragraphs.join(' ')).not.toMatch(/We advise/);
  });

  it('compares options in natural frequencies and shows the goals beside them', () => {
    const v = validateCase(
      lumbarDiscectomyCase({
        surgeries: [{ date: '2024-01-10', region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false }],
        pain: { back: 2, leg: 7, durationMonths: 18, sites: [{ site: 'leg-below-knee', side: 'left' }] },
        findings: [
          { id: 'never-improved-after-surgery', status: 'present' },
          { id: 'dermatomal-radiating-pain', status: 'present', level: 'S1', side: 'left' },
          { id: 'dermatomal-sensory-deficit', status: 'present', level: 'S1', side: 'left' },
        ],
        testResults: [
          {
            test: 'mri-gadolinium',
            date: '2026-03-01',
            results: [
              { id: 'no-neural-compression-on-mri', status: 'present' },
              { id: 'non-enhancing-disc-fragment-on-gadolinium-mri', status: 'absent' },
              { id: 'neural-compression-at-operated-level-on-imaging', status: 'absent' },
              { id: 'foraminal-stenosis-on-imaging', status: 'absent' },
            ],
          },
        ],
        scsAssessment: { conventionalManagementTried: true },
        goals: ['reduce-leg-pain'],
        preferences: ['no-implanted-device'],
      }),
    );
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join());
    const text = patientText(patientVersion(assess(v.case)));
    expect(text).toMatch(/about 48 in 100 people with a stimulator had at least half their leg pain gone at 6 months, compared with about 9 in 100/);
    expect(text).toMatch(/This fits your goal to have less leg pain/);
    expect(text).toMatch(/you would rather not have a device put in/);
  });

  for (const f of examples) {
    it(`examples/${f}: reads at about grade 8 or below`, () => {
      const v = parseCaseJson(readFileSync(examplesDir + f, 'utf8'));
      if (!v.ok) throw new Error('invalid example');
      const pv = patientVersion(assess(v.case));
      const r = fleschKincaid(patientText(pv));
      expect(r.grade, `${f}: grade ${r.grade}`).toBeLessThanOrEqual(8.5);
      expect(renderPatientVersion(pv)).toMatch(/^YOUR BACK PAIN PLAN/);
    });
  }

  it('reads at about grade 8 or below for every vignette', () => {
    for (const vg of loadVignettes()) {
      const v = validateCase(vg.case);
      if (!v.ok) continue;
      const r = fleschKincaid(patientText(patientVersion(assess(v.case))));
      expect(r.grade, `${vg.file}: grade ${r.grade}`).toBeLessThanOrEqual(8.5);
    }
  });
});

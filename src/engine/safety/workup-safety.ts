/**
 * Work-up safety: gadolinium with reduced kidney function, MRI with implanted devices (MR-conditional or not), and
 * pregnancy. evidence.md gives no eGFR threshold for gadolinium and no pregnancy imaging rules: SpinePath says so and
 * hands the decision to the radiology team (tool logic), rather than inventing a number.
 */
import type { PlanContext } from '../plan/context.js';
import type { SafetyItem } from './types.js';

/** Tests that use ionising radiation or contrast (fluoroscopic blocks included). */
const RADIATION_OR_CONTRAST = new Set([
  'mri-gadolinium',
  'ct-thin-slice',
  'flexion-extension-xray',
  'standing-full-spine-xray',
  'ct-myelogram',
  'discography',
  'medial-branch-blocks',
  'sij-block',
  'selective-nerve-root-block',
  'blood-culture-biopsy',
  'hip-examination-imaging',
]);

const DEVICE_NAMES: Record<string, string> = {
  pacemaker: 'pacemaker',
  'implantable-defibrillator': 'implantable defibrillator',
  'spinal-cord-stimulator': 'spinal cord stimulator',
  'drg-stimulator': 'DRG stimulator',
  'intrathecal-pump': 'intrathecal pump',
  'cochlear-implant': 'cochlear implant',
  'other-active-implant': 'active implant',
};

export function workupChecks(pc: PlanContext, tests: Set<string>, needleTreatments: string[]): SafetyItem[] {
  const out: SafetyItem[] = [];
  const mri = tests.has('mri-gadolinium');
  const renal = pc.c.comorbidities.find((x) => x.id === 'renal-impairment');
  if (mri && renal) {
    out.push({
      id: 'gadolinium-renal',
      severity: 'warn',
      category: 'work-up',
      message: `Gadolinium MRI with reduced kidney function${renal.egfr !== undefined ? ` (eGFR ${renal.egfr})` : ''}: SpinePath holds no sourced eGFR threshold or agent choice; follow the radiology department's contrast policy and consider whether the unenhanced scan answers the question.`,
      drugs: [],
      procedures: ['mri-gadolinium'],
      verify: false,
      citations: [],
    });
  }
  if (mri) {
    pc.c.devices.forEach((d, i) => {
      const name = DEVICE_NAMES[d.kind] ?? d.kind;
      const notConditional = d.mrConditional === false;
      out.push({
        id: `mri-device:${i}`,
        severity: notConditional ? 'block' : 'warn',
        category: 'work-up',
        message: notConditional
          ? `MRI with a ${name} that is not MR-conditional: do not scan unless the device team confirms it is safe; consider CT or CT myelography (D05) instead.`
          : d.mrConditional === true
            ? `MRI with an MR-conditional ${name}: scan only under the manufacturer's conditions (field strength, mode, body region); involve the device team.`
            : `MRI with a ${name} of unknown MR status: establish the model and its MR labelling before scanning.`,
        drugs: [],
        procedures: ['mri-gadolinium'],
        verify: false,
        citations: [],
      });
    });
  }
  if (pc.c.patient.pregnant) {
    const imaging = [...tests].filter((t) => RADIATION_OR_CONTRAST.has(t));
    if (imaging.length || needleTreatments.length) {
      out.push({
        id: 'pregnancy-imaging',
        severity: 'warn',
        category: 'work-up',
        message: `Pregnant: ${[...imaging, ...needleTreatments].join(', ')} involve ionising radiation, contrast or image-guided needles; SpinePath holds no sourced pregnancy rules for them: radiology and the treating team decide.`,
        drugs: [],
        procedures: [...imaging, ...needleTreatments],
        verify: false,
        citations: [],
      });
    }
    if (pc.c.medications.length) {
      out.push({
        id: 'pregnancy-medicines',
        severity: 'warn',
        category: 'medicine',
        message: 'Pregnant: SpinePath does not check medicines for safety in pregnancy; review every medicine with a pharmacist or obstetric team.',
        drugs: pc.meds.medications.map((m) => m.drug ?? m.name),
        procedures: [],
        verify: false,
        citations: [],
      });
    }
  }
  return out;
}

/**
 * Consistency checks for the plan inputs (called from validate.ts): treatment ids known to the knowledge base with
 * a nearest-id suggestion, dates not after the assessment, medicines matched against the drug dictionary (an unknown
 * name is a warning "not checked by SpinePath" with the nearest known names, never an error), and what MME needs.
 */
import { compiledKb } from '../engine/compiled-kb.js';
import { lookupDrug, nearestDrugNames } from '../engine/medications.js';
import type { Case } from './schema.js';
import { nearest } from './suggest.js';
import type { ValidationIssue } from './validate.js';

let treatmentIds: string[] | undefined;

export function checkPlanInputs(c: Case, errors: ValidationIssue[], warnings: ValidationIssue[]): void {
  const kb = compiledKb().kb;
  treatmentIds ??= [...kb.treatments.map((t) => t.id), ...kb.doNotOffer.map((d) => d.id)];
  const known = new Set(treatmentIds);

  c.treatments.forEach((t, i) => {
    if (!known.has(t.treatment)) {
      const s = nearest(t.treatment, treatmentIds!);
      errors.push({
        path: `treatments[${i}].treatment`,
        message: `unknown treatment id '${t.treatment}'${s ? `; did you mean '${s}'?` : ''} (spinepath kb treatments)`,
        ...(s ? { suggestion: s } : {}),
      });
    }
  });

  c.medications.forEach((m, i) => {
    const p = `medications[${i}]`;
    if (m.start && m.start > c.assessmentDate) errors.push({ path: `${p}.start`, message: `start date ${m.start} is after the assessment date ${c.assessmentDate}` });
    const hit = lookupDrug(m.name);
    if (!hit) {
      const names = nearestDrugNames(m.name);
      warnings.push({
        path: `${p}.name`,
        message: `'${m.name}' is not checked by SpinePath (not in its drug dictionary: no interaction, MME or anticoagulant rule applies to it); nearest known names: ${names.join(', ')}`,
        ...(names[0] ? { suggestion: names[0] } : {}),
      });
      return;
    }
    if (hit.drug.classes.includes('opioid') && hit.drug.mme) {
      const missing = [
        m.dose === undefined ? 'dose' : '',
        m.unit === undefined ? 'unit' : '',
        hit.drug.mme.doseUnit === 'mg' && m.frequencyPerDay === undefined && m.intervalHours === undefined ? 'frequencyPerDay or intervalHours' : '',
      ].filter(Boolean);
      if (missing.length) warnings.push({ path: p, message: `${hit.drug.name}: MME/day cannot be computed without ${missing.join(', ')}; the MME total will be incomplete` });
    }
  });

  if (c.scsAssessment?.trial && c.scsAssessment.trial.date > c.assessmentDate) {
    errors.push({ path: 'scsAssessment.trial.date', message: `trial date ${c.scsAssessment.trial.date} is after the assessment date ${c.assessmentDate}` });
  }
  const kinds = c.comorbidities.map((x) => x.id);
  kinds.forEach((k, i) => {
    if (kinds.indexOf(k) !== i) errors.push({ path: `comorbidities[${i}].id`, message: `'${k}' is listed twice` });
  });
}

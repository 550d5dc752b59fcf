/**
 * Opioid safety (CDC 2022, evidence.md §4.7; NICE NG59, §4.3): MME/day from the medication list with the CDC factors,
 * the >= 50 MME/day precautions, the unverified 90 MME/day question, opioid plus benzodiazepine or other sedative, the
 * naloxone prompt, and the NICE and CDC positions side by side with their jurisdictions.
 */
import { knowledgeBase } from '../../knowledge/index.js';
import { compiledPlanKb } from '../plan/compiled.js';
import { JURISDICTION_LABELS } from '../../knowledge/schema.js';
import type { PlanContext } from '../plan/context.js';
import type { SafetyItem } from './types.js';

export function opioidChecks(pc: PlanContext): SafetyItem[] {
  const out: SafetyItem[] = [];
  const th = knowledgeBase().opioidThresholds;
  const opioids = pc.meds.medications.filter((m) => m.classes.includes('opioid'));
  if (!opioids.length) return out;
  const ids = opioids.map((m) => m.drug!);
  const total = pc.meds.totalMme ?? 0;

  const parts = opioids.map((m) => {
    const o = m.opioid!;
    if (o.mme === null) return `${m.drugName}: not converted (${o.reason})`;
    const dose = o.dailyUnit === 'mcg/h' ? `${o.daily} mcg/h` : `${o.daily} mg/day`;
    return `${m.drugName} ${dose} x ${o.factor} = ${o.mme} MME/day${o.notes.length ? ` (${o.notes.join('; ')})` : ''}`;
  });
  out.push({
    id: 'opioid-mme',
    severity: total >= th.pauseAndReassess.value ? 'warn' : 'info',
    category: 'opioid',
    message: `Opioids: ${total} MME/day${pc.meds.incomplete ? ' at least (not every opioid could be converted)' : ''} with the CDC 2022 factors: ${parts.join('; ')}. Do not use MME to choose a dose when switching opioids (incomplete cross-tolerance).`,
    drugs: ids,
    procedures: [],
    verify: false,
    citations: ['cdc-2022-opioids'],
  });
  for (const m of opioids.filter((x) => x.opioid!.mme === null)) {
    out.push({
      id: `opioid-not-converted:${m.index}`,
      severity: 'warn',
      category: 'opioid',
      message: `${m.drugName} (medications[${m.index}]): MME not computed: ${m.opioid!.reason}. The MME total leaves it out, so the real total is higher.`,
      drugs: [m.drug!],
      procedures: [],
      verify: false,
      citations: ['cdc-2022-opioids'],
    });
  }
  const cautionDrugs = new Set<string>();
  for (const m of opioids) {
    const d = compiledPlanKb().drugs.get(m.drug!)!;
    if (cautionDrugs.has(d.id)) continue;
    cautionDrugs.add(d.id);
    for (const c of d.cautions) {
      out.push({ id: `opioid-caution:${d.id}`, severity: 'info', category: 'opioid', message: c.text, drugs: [d.id], procedures: [], verify: c.basis.kind === 'unverified', citations: [...c.basis.refs].sort() });
    }
  }
  if (total >= th.pauseAndReassess.value) {
    out.push({
      id: 'opioid-mme-50',
      severity: 'warn',
      category: 'opioid',
      message: `${total} MME/day: ${th.pauseAndReassess.text} ${th.riskMultiples.text}`,
      drugs: ids,
      procedures: [],
      verify: false,
      citations: ['cdc-2022-opioids'],
    });
  }
  if (total >= th.ninety.value) {
    out.push({ id: 'opioid-mme-90', severity: 'info', category: 'opioid', message: th.ninety.text, drugs: ids, procedures: [], verify: true, citations: ['cdc-2022-opioids'] });
  }

  const benzos = pc.meds.medications.filter((m) => m.classes.includes('benzodiazepine'));
  if (benzos.length) {
    out.push({
      id: 'opioid-benzodiazepine',
      severity: 'warn',
      category: 'opioid',
      message: `Opioid with a benzodiazepine (${benzos.map((m) => m.drugName).join(', ')}): CDC 2022 Rec 11 asks for particular caution with this combination (overdose risk); if the benzodiazepine is stopped, taper it gradually. NICE NG59 does not offer benzodiazepines for sciatica.`,
      drugs: [...ids, ...benzos.map((m) => m.drug!)],
      procedures: [],
      verify: false,
      citations: ['cdc-2022-opioids', 'nice-ng59'],
    });
  }
  const sedatives = pc.meds.medications.filter((m) => m.classes.some((k) => k === 'z-drug' || k === 'gabapentinoid' || k === 'other-cns-depressant'));
  if (sedatives.length) {
    out.push({
      id: 'opioid-cns-depressant',
      severity: 'warn',
      category: 'opioid',
      message: `Opioid with other CNS depressants (${sedatives.map((m) => m.drugName).join(', ')}): CDC 2022 Rec 11 asks whether the benefit outweighs the risk of co-prescribing. (Counting z-drugs, gabapentinoids and sedating muscle relaxants as CNS depressants is SpinePath tool logic.)`,
      drugs: [...ids, ...sedatives.map((m) => m.drug!)],
      procedures: [],
      verify: false,
      citations: ['cdc-2022-opioids'],
    });
  }

  const hasNaloxone = pc.meds.classes.has('opioid-antagonist');
  const risks = [
    total >= th.pauseAndReassess.value ? `${total} MME/day` : '',
    benzos.length ? 'a benzodiazepine' : '',
    pc.comorbidities.has('opioid-overdose-history') ? 'a previous overdose' : '',
    pc.comorbidities.has('substance-use-disorder') ? 'a substance use disorder' : '',
    pc.comorbidities.has('sleep-disordered-breathing') ? 'sleep-disordered breathing' : '',
  ].filter(Boolean);
  out.push({
    id: 'naloxone',
    severity: hasNaloxone ? 'info' : risks.length ? 'warn' : 'info',
    category: 'opioid',
    message: hasNaloxone
      ? 'Naloxone is in the medication list: check that the patient and household know how to use it (CDC 2022 Rec 8).'
      : risks.length
        ? `Offer naloxone with overdose education for the patient and household: higher overdose risk (${risks.join(', ')}) (CDC 2022 Rec 8 and supporting text).`
        : 'CDC 2022 Rec 8: evaluate the risk of opioid harms and build in risk mitigation, including offering naloxone.',
    drugs: ids,
    procedures: [],
    verify: false,
    citations: ['cdc-2022-opioids'],
  });

  if (pc.ctx.region === 'lumbar') {
    out.push({
      id: 'opioid-guidelines',
      severity: 'info',
      category: 'opioid',
      message:
        'Guidelines differ by jurisdiction. NICE NG59 (England): do not offer opioids for chronic low back pain or chronic sciatica; if already taking them, explain the risks of continuing and discuss withdrawal if stopping. CDC 2022 (United States): nonopioid therapy is preferred; continue only if benefit outweighs risk, and taper gradually rather than stopping abruptly. SpinePath shows both; the clinician decides.',
      drugs: ids,
      procedures: [],
      verify: false,
      jurisdictions: [
        { body: 'NICE NG59', jurisdiction: JURISDICTION_LABELS.england, position: 'do not offer for chronic low back pain or chronic sciatica' },
        { body: 'CDC 2022', jurisdiction: JURISDICTION_LABELS['united-states'], position: 'nonopioid preferred; continue only if benefit outweighs risk; taper gradually' },
      ],
      citations: ['cdc-2022-opioids', 'nice-ng59'],
    });
  }
  return out;
}

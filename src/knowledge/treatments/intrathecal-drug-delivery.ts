/** T10 Intrathecal drug delivery (evidence.md §4.2 T10). */
import { published, toolLogic, unverified } from '../basis.js';
import type { Treatment } from '../schema.js';
import { ANTITHROMBOTIC, PREGNANCY_PROCEDURE, PSEUDOMENINGOCELE, REVIEW_IMPLANT, SUSPECTED_INFECTION_IDD } from './shared.js';

const UNVERIFIED_LIST = 'evidence.md §4.2 T10: "infection, coagulopathy, psychiatric contraindication, intolerance to trial [unverified]"';

export const intrathecalDrugDelivery: Treatment = {
  id: 'intrathecal-drug-delivery',
  code: 'T10',
  name: 'Intrathecal drug delivery (implanted pump)',
  kind: 'drug-pump',
  interventional: true,
  summary:
    'An implanted pump delivering opioid into the spinal fluid, for refractory, predominantly axial or widespread pain after conservative care (with or without SCS) has failed. Observational evidence only; device revisions are common.',
  indications: [
    {
      description: 'Refractory pain after failed conservative care with or without SCS, predominantly axial or widespread',
      basis: published('bmc-2002-intrathecal', 'evidence.md §4.2 T10 and §7.2 item 12'),
    },
  ],
  contraindications: [
    SUSPECTED_INFECTION_IDD,
    {
      id: 'uncontrolled-major-psychiatric-disorder',
      description: 'Unresolved major psychiatric disorder: treat it first; no pump until resolved',
      comorbiditiesAny: ['uncontrolled-major-psychiatric-disorder'],
      basis: unverified(UNVERIFIED_LIST),
    },
  ],
  cautions: [
    { id: 'bleeding-disorder', description: 'Bleeding disorder: correct the bleeding risk first (at most "consider")', comorbiditiesAny: ['bleeding-disorder'], effect: 'cap-consider', basis: unverified(UNVERIFIED_LIST) },
    {
      id: 'substance-use-or-overdose',
      description: 'Drug or alcohol use disorder: an intrathecal opioid pump needs specialist addiction input (at most "consider")',
      comorbiditiesAny: ['substance-use-disorder', 'opioid-overdose-history'],
      effect: 'cap-consider',
      basis: toolLogic('Intrathecal opioid in a patient with a substance use disorder or past overdose; no source in evidence.md sets the rule', 'cdc-2022-opioids'),
    },
    PSEUDOMENINGOCELE,
    ANTITHROMBOTIC,
    PREGNANCY_PROCEDURE,
  ],
  evidence: [
    {
      statement:
        '24 FBSS and 12 mechanical low back pain patients: pain and most quality-of-life measures improved (recall-based); diamorphine mean 4.5 mg/day stable over 2-6 years; revision surgery in 24%.',
      comparison: { outcome: 'needed revision surgery on the pump system', arms: [{ label: 'intrathecal pump', percent: 24 }], caveat: 'observational series' },
      basis: published('bmc-2002-intrathecal'),
    },
    {
      statement: '30 FBSS patients on long-term intrathecal opioids: VAS 9.5 to 4.6 and SF-36 30.8 to 49.6, dose stable after 6 months (follow-up 18-98 months).',
      basis: published('acta-neurochir-suppl-108-intrathecal'),
    },
  ],
  guidelines: [
    {
      body: 'NICE',
      jurisdiction: 'england',
      position: 'not-covered',
      statement: 'No NICE guidance on intrathecal drug delivery for PSPS-T2 was found in the research for SpinePath.',
      basis: toolLogic('evidence.md §4.2 T10: none found'),
    },
  ],
  procedures: ['intrathecal-catheter-and-pump'],
  review: REVIEW_IMPLANT,
  fit: { goals: ['reduce-back-pain'], conflicts: ['no-implanted-device', 'avoid-opioids', 'avoid-further-surgery'], basis: toolLogic('Implanted opioid pump placed at an operation') },
  patient: {
    name: 'Implanted medicine pump (intrathecal pump)',
    what: 'A small pump is placed under the skin of the belly. It sends tiny doses of pain medicine straight into the fluid around the spinal cord.',
    benefits: 'In small studies, some people with very hard-to-treat pain had less pain for years on small doses.',
    risks: 'It needs an operation and regular refills. About 24 in 100 people in one study needed more surgery on the pump. Infection and opioid side effects can occur.',
  },
  sources: ['bmc-2002-intrathecal', 'acta-neurochir-suppl-108-intrathecal'],
};

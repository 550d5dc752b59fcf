/**
 * Contraindication and caution rules shared by several treatments (evidence.md §4.2 contraindications column, §5.3,
 * C15). Each keeps its own basis; a treatment may use a variant with a different basis where evidence.md tags it.
 */
import { published, secondary, toolLogic, unverified } from '../basis.js';
import type { CautionRule, ConditionRule, Threshold } from '../schema.js';

/** Findings that mean infection is suspected (RF02/RF03 signs, findings-matrix.md C10). */
export const INFECTION_FINDINGS = [
  'fever',
  'sepsis-signs',
  'wound-drainage',
  'wound-erythema-or-dehiscence',
  'positive-culture-or-biopsy',
  'discitis-pattern-on-mri',
  'epidural-collection-on-mri',
  'crp-rising-after-day-6',
  'esr-over-50-after-2-weeks',
];

export const SUSPECTED_INFECTION: ConditionRule = {
  id: 'suspected-infection',
  description:
    'Infection suspected (an infection red flag not yet excluded, signs of infection on examination or tests, or an active infection): no needle procedure or implant until it is excluded or treated',
  findingsAny: INFECTION_FINDINGS,
  redFlagsAny: ['epidural-abscess', 'postoperative-infection'],
  comorbiditiesAny: ['active-infection'],
  basis: toolLogic(
    'evidence.md §4.2 lists infection as a contraindication of epidural steroid injection (T03), SCS (T06) and adhesiolysis (T09); SpinePath applies it to every needle procedure and implant until infection is excluded (plan issue: suspected infection blocks injections)',
  ),
};

/** The intrathecal pump's contraindication list is tagged [unverified] in evidence.md §4.2 T10. */
export const SUSPECTED_INFECTION_IDD: ConditionRule = {
  ...SUSPECTED_INFECTION,
  basis: unverified('evidence.md §4.2 T10: "infection, coagulopathy, psychiatric contraindication, intolerance to trial [unverified]"'),
};

export const PSEUDOMENINGOCELE: CautionRule = {
  id: 'pseudomeningocele',
  description:
    'Pseudomeningocele or CSF leak suspected (CSF collection on imaging, fluctuant mass under the scar, clear wound fluid, or the CSF-leak flag): warn the operator, a needle can puncture the sac; image before any needle near the operated level',
  findingsAny: ['csf-collection-on-imaging', 'fluctuant-mass-under-scar', 'clear-wound-fluid'],
  redFlagsAny: ['csf-leak'],
  effect: 'note',
  basis: published('rapm-1995-pseudomeningocele', 'evidence.md C15 and RF08: warn interventionalists, needles can puncture the sac'),
};

export const BLEEDING_DISORDER: CautionRule = {
  id: 'bleeding-disorder',
  description: 'Bleeding disorder recorded: assess and correct the bleeding risk with haematology before any needle procedure (at most "consider")',
  comorbiditiesAny: ['bleeding-disorder'],
  effect: 'cap-consider',
  basis: toolLogic(
    'evidence.md §4.2 lists coagulopathy for RF denervation, SCS, adhesiolysis and intrathecal pumps; the UpToDate footnote to the ASRA/ESRA classes says coagulopathy raises the risk of any class; PROCESS excluded coagulation disorders',
    'uptodate-144053',
    'process-design-2005',
  ),
};

export const ANTITHROMBOTIC: CautionRule = {
  id: 'antithrombotic-drug',
  description: 'Takes an anticoagulant or antiplatelet: hold and restart per the procedure risk class (safety section), agreed with the prescriber',
  drugClassesAny: ['anticoagulant', 'antiplatelet'],
  findingsAny: ['anticoagulant-or-coagulopathy'],
  effect: 'note',
  basis: secondary(['narouze-2018', 'uptodate-108918'], 'ASRA/ESRA 2018 hold and restart table (evidence.md §4.8)'),
};

export const PREGNANCY_PROCEDURE: CautionRule = {
  id: 'pregnancy',
  description: 'Pregnant: defer elective image-guided procedures; SpinePath holds no sourced pregnancy rules for steroids, fluoroscopy or implants (specialist decision)',
  pregnant: true,
  effect: 'defer',
  basis: toolLogic('No source in evidence.md covers these procedures in pregnancy; PROCESS excluded pregnancy (evidence.md §4.2 T06), so deferral is the cautious default', 'process-design-2005'),
};

export const PSYCHIATRIC: ConditionRule = {
  id: 'uncontrolled-major-psychiatric-disorder',
  description:
    'Unresolved major psychiatric disorder (active psychosis, major uncontrolled depression or anxiety, active suicidal behaviour): treat it first; no implant until resolved',
  comorbiditiesAny: ['uncontrolled-major-psychiatric-disorder'],
  basis: secondary(
    ['nans-practice-parameters', 'process-design-2005'],
    'NANS practice parameters: SCS is reserved for patients without unresolved major psychiatric comorbidity; PROCESS excluded active disruptive psychiatric disorders (evidence.md §5.1, §5.3)',
  ),
};

export const COGNITIVE: CautionRule = {
  id: 'cognitive-impairment',
  description: 'Cognitive impairment: the patient (or a carer) must be able to operate and charge the device (at most "consider")',
  comorbiditiesAny: ['cognitive-impairment'],
  effect: 'cap-consider',
  basis: toolLogic('evidence.md §4.2 T06 lists inability to operate the device among SCS contraindications and cautions'),
};

export const SUBSTANCE_USE: CautionRule = {
  id: 'substance-use-disorder',
  description: 'Drug or alcohol use disorder: treat it first and involve the psychologist of the implant team (at most "consider")',
  comorbiditiesAny: ['substance-use-disorder'],
  effect: 'cap-consider',
  basis: toolLogic(
    'A commonly used SCS exclusion ("serious drug or alcohol addiction") from a weak source in evidence.md §5.3 (manufacturer Q&A quoted in a patient forum), consistent with the NANS principle; applied as a caution, not an exclusion',
    'nans-practice-parameters',
  ),
};

/** Review periods (stepped care), evidence.md §6.2 and §7.2 item 13 ([derived]: tool logic). */
export const REVIEW_CONSERVATIVE = {
  weeks: 12,
  description: 'review at 3 months: less than 30% pain change and less than the minimal important change in ODI/NDI counts as not improving',
  basis: toolLogic('evidence.md §7.2 item 13: non-response at 3-6 months triggers re-assessment (lower end used); §6.2 follow-up at 3 months', 'dworkin-2008', 'ostelo-2008'),
};
export const REVIEW_PROCEDURE = {
  weeks: 6,
  description: 'review 6 weeks after the procedure',
  basis: toolLogic('evidence.md §6.2 proposed schedule: 6 weeks after any intervention'),
};
export const REVIEW_IMPLANT = {
  weeks: 26,
  description: 'judged at 6 months after implantation (follow-up visits also at 3 and 12 months)',
  basis: toolLogic(
    'PROCESS judged its primary outcome (>= 50% leg pain relief) at 6 months (Kumar 2007); evidence.md §6.2 schedules 3, 6 and 12 months. The 3-month visit is a review, not the end of the course',
    'kumar-2007',
  ),
};

export const REVIEW_SURGERY = {
  weeks: 52,
  description: 'judged at 12 months after the operation (follow-up visits also at 3 and 6 months)',
  basis: toolLogic(
    'NORspine reports its main outcome (ODI, acceptable state ODI <= 22) at 12 months (Mikkelsen 2023; NORspine 2023); evidence.md §6.2 schedules 3, 6 and 12 months. Earlier visits are reviews, not the end of the course',
    'mikkelsen-2023',
    'norspine-2023',
  ),
};

/** NRS 0-10 read in place of the 100 mm VAS of NICE TA159 / MTG41 / NG59: an approximation. */
export const NRS_TO_VAS_MM: Threshold = {
  id: 'nrs-to-vas-mm',
  value: 10,
  unit: 'mm per NRS point',
  description: 'when no VAS is recorded, an NRS rating x 10 is read as millimetres on the 0-100 mm VAS (approximation)',
  basis: {
    kind: 'expert-estimate',
    refs: [],
    note: 'NRS 0-10 and VAS 0-100 mm correlate closely but are not interchangeable; the criteria were written for the VAS, so a result based on the NRS is labelled approximate',
  },
};

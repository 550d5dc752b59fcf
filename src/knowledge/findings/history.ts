/**
 * History and risk factors (findings-matrix.md §4.4), followed by the fracture red-flag history items added in
 * docs/knowledge-base.md ("Findings added beyond findings-matrix.md §4").
 *
 * Several entries are derived by the engine from the structured case (operation record, age); a finding recorded
 * explicitly must agree with those data.
 */
import { estimate, published, toolLogic, unverified } from '../basis.js';
import type { Finding } from '../schema.js';

export const historyFindings: Finding[] = [
  {
    id: 'fusion-to-sacrum',
    label: 'Fusion to the sacrum',
    definition: 'The fusion construct includes S1 or the pelvis.',
    category: 'history',
    derivedFrom: 'Derived from the operation record: any fusion in surgeries with fusionToSacrum true, or whose levels include S1.',
    basis: toolLogic('Vocabulary definition; SIJ pain is most likely after fusion to the sacrum (PMC6905244)', 'pmc6905244-sij-review'),
  },
  {
    id: 'long-fusion-3-or-more-levels',
    label: 'Long fusion (3 or more levels)',
    definition: 'Three or more motion segments are fused.',
    category: 'history',
    derivedFrom:
      'Derived from the operation record: the fused motion segments of the surgeries with fusion true number 3 or more.',
    basis: toolLogic('Vocabulary definition; risk of adjacent segment disease rises with the number of levels fused (Sears 2011)', 'sears-2011'),
  },
  {
    id: 'iliac-crest-graft-harvest',
    label: 'Iliac crest graft harvest',
    definition: 'Bone graft was taken from the posterior iliac crest.',
    category: 'history',
    derivedFrom: 'Derived from the operation record: any surgery with iliacCrestGraft true.',
    basis: toolLogic('Vocabulary definition; cluneal nerve entrapment is reported after graft harvest (Isu 2018)', 'isu-2018'),
  },
  {
    id: 'dural-tear-at-surgery',
    label: 'Dural tear at surgery',
    definition: 'A dural tear is recorded in the operation note.',
    category: 'history',
    derivedFrom: 'Derived from the operation record: any surgery with duralTear true.',
    basis: toolLogic('Vocabulary definition (risk factor for CSF leak and arachnoiditis, evidence.md C14, C15)'),
  },
  {
    id: 'multiple-prior-spine-surgeries',
    label: 'Multiple spine operations',
    definition: 'Two or more operations on the spine.',
    category: 'history',
    derivedFrom: 'Derived from the surgeries list: present when it holds two or more operations, absent when it holds one.',
    basis: toolLogic('Vocabulary definition; results of repeat surgery worsen with each operation (Waddell 1979; NORspine 2023)', 'waddell-1979', 'norspine-2023'),
  },
  {
    id: 'spinal-implant-in-place',
    label: 'Spinal implants in place',
    definition: 'Screws, rods, plates, cages or other implants left in the operated region of the spine.',
    category: 'history',
    derivedFrom: 'Derived from the surgeries list: present when any operation in the region of the latest operation was instrumented, absent otherwise.',
    basis: toolLogic(
      'Vocabulary definition; implants matter for red-flag triage: new radicular pain immediately after instrumented surgery and fever after instrumentation even years later (evidence.md §3 RF03, RF05)',
      'ejns-2022-late-infection',
      'mallepally-2024',
    ),
  },
  {
    id: 'smoking',
    label: 'Current smoker',
    definition: 'The patient currently smokes.',
    category: 'risk-factor',
    basis: toolLogic('Vocabulary definition (pseudarthrosis and CSF leak risk factor, evidence.md C07, C15)'),
  },
  {
    id: 'diabetes-or-immunosuppression',
    label: 'Diabetes or immunosuppression',
    definition: 'Diabetes mellitus, immunosuppressive medication or an immune deficiency.',
    category: 'risk-factor',
    basis: toolLogic('Vocabulary definition; diabetes raised the risk of surgical-site infection (Zhang & Li 2018)', 'zhang-2018'),
  },
  {
    id: 'anticoagulant-or-coagulopathy',
    label: 'Anticoagulant or bleeding disorder',
    definition:
      'An anticoagulant or antiplatelet drug taken around the time of surgery, or a known bleeding disorder.',
    category: 'risk-factor',
    basis: toolLogic('Vocabulary definition (epidural haematoma risk, evidence.md C22; ASRA classes in evidence.md §4.8)'),
  },
  {
    id: 'history-of-cancer',
    label: 'History of cancer',
    definition: 'Any malignancy in the past.',
    category: 'risk-factor',
    basis: toolLogic('Vocabulary definition (RF06 trigger, evidence.md §3)'),
  },
  {
    id: 'unexplained-weight-loss',
    label: 'Unexplained weight loss',
    definition: 'Unintended loss of more than 5% of body weight within 6 months.',
    category: 'history',
    basis: estimate('expert threshold: > 5% of body weight in 6 months'),
  },
  {
    id: 'age-over-70',
    label: 'Age over 70',
    definition: 'Older than 70 years at the assessment (Suri 2010 age category).',
    category: 'risk-factor',
    derivedFrom: 'Derived from patient.age at the assessment date: present when age > 70, absent otherwise.',
    exclusiveWith: ['age-under-60'],
    basis: published('suri-2010', 'Age category of the Suri 2010 review; age-over-70 and age-under-60 are two ids, one value applies'),
  },
  {
    id: 'age-under-60',
    label: 'Age under 60',
    definition: 'Younger than 60 years at the assessment (Suri 2010 age category).',
    category: 'risk-factor',
    derivedFrom: 'Derived from patient.age at the assessment date: present when age < 60, absent otherwise.',
    exclusiveWith: ['age-over-70'],
    basis: published('suri-2010', 'Age category of the Suri 2010 review; ages 60-70 give neither value'),
  },
  {
    id: 'preoperative-imaging-discordant',
    label: 'Pre-operative imaging discordant',
    definition:
      'Before the operation, the pain pattern did not match the level or the side of the lesion seen on imaging.',
    category: 'history',
    basis: toolLogic('Vocabulary definition (wrong diagnosis or wrong level, evidence.md C12)'),
  },

  // Added for fracture triage (docs/knowledge-base.md), not in findings-matrix.md §4.
  {
    id: 'significant-trauma-or-fall',
    label: 'Trauma or fall',
    definition: 'A fall or other trauma followed by new spinal pain (RF07).',
    category: 'history',
    basis: unverified(
      'RF07 trigger list (trauma, osteoporosis, steroid use, sudden pain after a fall) is [unverified] in evidence.md §3; ' +
        'NICE NG59 1.1.1 asks to exclude trauma',
      'nice-ng59',
    ),
  },
  {
    id: 'osteoporosis-or-long-term-steroids',
    label: 'Osteoporosis or long-term steroids',
    definition: 'Known osteoporosis, or long-term treatment with oral corticosteroids (RF07).',
    category: 'risk-factor',
    basis: unverified('RF07 trigger list is [unverified] in evidence.md §3', 'nice-ng59'),
  },
];

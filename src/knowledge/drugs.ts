/**
 * The drug dictionary: the classes the plan and safety rules need (evidence.md §4.2 T02, §4.3, §4.4, §4.7, §4.8).
 *
 * - Opioids carry the CDC 2022 MME conversion factor (evidence.md §4.7: codeine 0.15, fentanyl transdermal 2.4 per
 *   mcg/h, hydrocodone 1.0, hydromorphone 5.0, methadone 4.7, morphine 1.0, oxycodone 1.5, oxymorphone 3.0, tapentadol
 *   0.4, tramadol 0.2). Buprenorphine is NOT in the CDC table and gets no factor: SpinePath says so in the output.
 * - Anticoagulants, antiplatelets and NSAIDs carry the ASRA/ESRA 2018 hold and restart per procedure risk class, cell
 *   by cell with the confidence of evidence.md §4.8: rows "found" in the UpToDate copy are `secondary`; rows tagged
 *   [unverified] (DOACs, P2Y12 inhibitors, fondaparinux, the dipyridamole restart) are `unverified`, and the output
 *   shows them as "verify against Narouze 2018".
 * - RxNorm: an ingredient code only where a curated source gives it. The only source read is the CDC MME CodeSystem
 *   (cqframework/opioid-mme-r4), which covers the ten opioids of the CDC table; every other drug has no code here and
 *   needs a curated table with sources (noted for the server and FHIR work).
 * - Names: generic names, with common brand names. US brand names of benzodiazepines were read in the RxNorm display
 *   names of the CDC benzodiazepine value set; every other brand name is general knowledge, not from a cited source
 *   (check the local formulary). Brand names only help match what a clinician types; they carry no clinical rule.
 */
import { published, secondary, toolLogic, unverified } from './basis.js';
import type { Basis, Drug, DrugClass, HoldCell } from './schema.js';

const BRANDS_NOTE = 'brand names are common trade names from general knowledge, not from a cited source: check the local formulary';

// --- Bases -------------------------------------------------------------------------------------------------------

const UTD = (note?: string): Basis =>
  secondary(['uptodate-108918', 'narouze-2018'], `UpToDate table adapted from Narouze 2018 (evidence.md §4.8: found)${note ? `; ${note}` : ''}`);
const FROM_MEMORY = (what: string): Basis =>
  unverified(`evidence.md §4.8 gives ${what} from memory, not found in any retrieved copy of Narouze 2018`, 'narouze-2018');
const MME = (factor: number): Basis =>
  secondary(
    'cdc-2022-opioids',
    `CDC 2022 MME table, factor ${factor}, as reproduced in the CDC/ASTP opioid CDS FHIR IG v2022.1.0 (evidence.md §4.7)`,
  );
const RXNORM = published('cqframework-opioid-mme-r4', 'RxNorm ingredient code listed in the CDC MME Clinical Conversion Factors CodeSystem');
const OPIOID_CLASS = secondary('cdc-2022-opioids', `Opioid in the CDC 2022 MME table; ${BRANDS_NOTE}`);
const BENZO_CLASS = published(
  'cqframework-opioid-cds-r4',
  'Member of the CDC benzodiazepine medications value set (RxNorm); US brand names from its RxNorm display names, others from general knowledge',
);

// --- Hold-table cells --------------------------------------------------------------------------------------------

const stopDays = (days: number, text: string, restart: string, basis: Basis): HoldCell => ({ action: 'stop', days, text, restart, basis });
const stopHours = (hours: number, text: string, restart: string, basis: Basis): HoldCell => ({ action: 'stop', hours, text, restart, basis });
const noStop = (restart: string, basis: Basis, text = 'no need to stop'): HoldCell => ({ action: 'no-need-to-stop', text, restart, basis });
const shared = (restart: string, basis: Basis, text = 'shared assessment and risk stratification with the prescriber'): HoldCell => ({
  action: 'shared-assessment',
  text,
  restart,
  basis,
});
const notFound = (basis: Basis): HoldCell => ({ action: 'not-found', text: 'no value retrieved', restart: 'no value retrieved', basis });

/** The same cell for the three classes. */
const all = (cell: HoldCell) => ({ low: cell, intermediate: cell, high: cell });

// --- Builders ----------------------------------------------------------------------------------------------------

function opioid(
  id: string,
  name: string,
  factor: number,
  rxnorm: string | undefined,
  brands: string[],
  extra: Partial<Drug> = {},
): Drug {
  return {
    id,
    name,
    classes: ['opioid'],
    brands,
    basis: OPIOID_CLASS,
    ...(rxnorm ? { rxnorm: { code: rxnorm, display: name.replace(/^./, (c) => c.toUpperCase()), basis: RXNORM } } : {}),
    mme: { factor, doseUnit: 'mg', basis: MME(factor) },
    ...extra,
  };
}

function simple(id: string, name: string, classes: DrugClass[], brands: string[], basis: Basis, extra: Partial<Drug> = {}): Drug {
  return { id, name, classes, brands, basis, ...extra };
}

/** An NSAID with its 5-half-life hold before high-risk procedures (UpToDate 108918). */
function nsaid(id: string, name: string, days: number, brands: string[], synonyms: string[] = []): Drug {
  return {
    id,
    name,
    classes: ['nsaid'],
    brands,
    synonyms,
    basis: toolLogic(`NSAID listed in the ASRA/ESRA NSAID row (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: 'NSAID',
        when: {},
        high: stopDays(days, `stop ${days} day${days > 1 ? 's' : ''} before (about 5 half-lives)`, 'restart 24 h after', UTD()),
        intermediate: {
          action: 'no-need-to-stop',
          text: 'no need to stop (the table cell carries a footnote whose text was not retrieved)',
          restart: 'restart 24 h after',
          basis: unverified('The intermediate-risk "no" cell has a footnote mark whose text was not retrieved (evidence.md §4.8)', 'narouze-2018', 'uptodate-108918'),
        },
        low: noStop('restart 24 h after', UTD()),
      },
    ],
  };
}

function doac(id: string, name: string, brands: string[]): Drug {
  return {
    id,
    name,
    classes: ['anticoagulant'],
    brands,
    basis: toolLogic(`Direct oral anticoagulant (evidence.md §4.8 DOAC rows); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: name,
        when: {},
        high: stopDays(3, 'stop 3 days before', 'restart 24 h after', FROM_MEMORY(`${name}: 3 days (high and intermediate risk)`)),
        intermediate: stopDays(3, 'stop 3 days before', 'restart 24 h after', FROM_MEMORY(`${name}: 3 days (high and intermediate risk)`)),
        low: shared('restart 24 h after', FROM_MEMORY(`${name}: shared assessment (2 half-lives) for low-risk procedures`), 'shared assessment (about 2 half-lives)'),
      },
    ],
    cautions: [
      {
        text: 'DOAC principle: stop about 5 half-lives before a procedure and resume about 24 h after; kidney function changes the half-life.',
        basis: secondary(['aneskey-benzon-anticoagulants', 'narouze-2018'], 'Benzon textbook chapter on the ASRA guidance (evidence.md §4.8: found)'),
      },
    ],
  };
}

function p2y12(id: string, name: string, holdText: string, days: number, brands: string[]): Drug {
  const basis = FROM_MEMORY(`${name}: ${holdText} (high and intermediate risk), restart 12-24 h`);
  return {
    id,
    name,
    classes: ['antiplatelet'],
    brands,
    basis: toolLogic(`P2Y12 inhibitor antiplatelet (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: name,
        when: {},
        high: stopDays(days, `stop ${holdText} before`, 'restart 12-24 h after', basis),
        intermediate: stopDays(days, `stop ${holdText} before`, 'restart 12-24 h after', basis),
        low: noStop('restart 12-24 h after', basis),
      },
    ],
  };
}

const CNS_TOOL_LOGIC = (what: string) =>
  toolLogic(
    `${what} counted as "other CNS depressants" of CDC 2022 Rec 11 (evidence.md §4.7); the CDC list of examples was not retrieved, so the class assignment is SpinePath tool logic; ${BRANDS_NOTE}`,
    'cdc-2022-opioids',
  );

const GABAPENTINOID_CAUTION = {
  text:
    'Gabapentin and pregabalin were reclassified as Schedule 3 controlled drugs in the UK in April 2019 (dependence and misuse); NICE NG59 took this into account when advising against them for sciatica.',
  basis: secondary('nice-ng59', 'NG59 2020 committee rationale (evidence.md §4.3)'),
};

const SSRI_SNRI_BLEEDING = {
  text: 'Narouze 2018 added advice on SSRIs and SNRIs before procedures; its content was not retrieved: verify against Narouze 2018 before high-risk procedures.',
  basis: unverified('evidence.md §4.8: SSRI/SNRI advice of the 2018 edition not found', 'narouze-2018'),
};

// --- The dictionary ----------------------------------------------------------------------------------------------

export const drugs: Drug[] = [
  // Opioids (CDC 2022 MME table).
  opioid('codeine', 'codeine', 0.15, '2670', [], { synonyms: ['codeine phosphate'] }),
  opioid('fentanyl', 'fentanyl', 2.4, '4337', ['Durogesic', 'Duragesic'], {
    mme: { factor: 2.4, doseUnit: 'mcg/h', routes: ['transdermal'], basis: MME(2.4) },
    cautions: [
      {
        text: 'The CDC factor (2.4) applies to transdermal fentanyl in mcg/h only; other routes have no factor in the 2022 table. Extra caution with transdermal fentanyl (CDC).',
        basis: secondary('cdc-2022-opioids', 'CDC table cautions (evidence.md §4.7)'),
      },
    ],
  }),
  opioid('hydrocodone', 'hydrocodone', 1.0, '5489', ['Hysingla', 'Zohydro']),
  opioid('hydromorphone', 'hydromorphone', 5.0, '3423', ['Dilaudid', 'Palladone'], {
    cautions: [
      {
        text: 'Older calculators use 4 for hydromorphone (2016-era CDC factors); SpinePath uses the 2022 value 5.0.',
        basis: secondary(['cqframework-opioid-cds-r4', 'cdc-2022-opioids'], 'evidence.md §4.7 conflict note'),
      },
    ],
  }),
  opioid('methadone', 'methadone', 4.7, '6813', ['Physeptone', 'Methadose', 'Dolophine'], {
    cautions: [
      {
        text: 'Methadone: one factor (4.7) in the 2022 table; take extra care because of its long and variable half-life. Older calculators use dose-dependent factors (4 to 12).',
        basis: secondary(['cdc-2022-opioids', 'cqframework-opioid-cds-r4'], 'CDC table cautions and the conflict note of evidence.md §4.7'),
      },
    ],
  }),
  opioid('morphine', 'morphine', 1.0, '7052', ['MST Continus', 'Zomorph', 'Oramorph', 'MS Contin'], { synonyms: ['morphine sulfate', 'morphine sulphate'] }),
  opioid('oxycodone', 'oxycodone', 1.5, '7804', ['OxyContin', 'OxyNorm', 'Roxicodone']),
  opioid('oxymorphone', 'oxymorphone', 3.0, '7814', ['Opana']),
  opioid('tapentadol', 'tapentadol', 0.4, '787390', ['Palexia', 'Nucynta'], {
    cautions: [
      {
        text: 'The tapentadol factor reflects its mu-opioid activity only (CDC).',
        basis: secondary('cdc-2022-opioids', 'CDC table cautions (evidence.md §4.7)'),
      },
    ],
  }),
  opioid('tramadol', 'tramadol', 0.2, '10689', ['Zydol', 'Ultram', 'Tramal'], {
    cautions: [
      {
        text: 'The tramadol factor reflects its mu-opioid activity only (CDC); some calculators still use 0.1.',
        basis: secondary('cdc-2022-opioids', 'CDC table cautions and the conflict note of evidence.md §4.7'),
      },
    ],
  }),
  simple('buprenorphine', 'buprenorphine', ['opioid'], ['Butrans', 'Transtec', 'Temgesic', 'Subutex', 'Belbuca'], secondary('cdc-2022-opioids', `Opioid (partial mu agonist); ${BRANDS_NOTE}`), {
    noMme: {
      reason:
        'Buprenorphine is not in the CDC 2022 MME table (partial mu agonist with a ceiling effect): SpinePath does not convert it, and the MME total leaves it out.',
      basis: secondary('cdc-2022-opioids', 'evidence.md §4.7: buprenorphine is NOT in the table'),
    },
  }),
  simple('dihydrocodeine', 'dihydrocodeine', ['opioid'], [], toolLogic('An opioid (general pharmacology); not in the CDC 2022 MME table read for evidence.md §4.7', 'cdc-2022-opioids'), {
    noMme: {
      reason: 'Dihydrocodeine has no factor in the CDC 2022 MME table as read for SpinePath: its MME is not computed and the total leaves it out.',
      basis: secondary('cdc-2022-opioids', 'evidence.md §4.7 lists the ten opioids of the 2022 table; dihydrocodeine is not among them'),
    },
  }),

  // Opioid antagonist (naloxone supplied).
  simple('naloxone', 'naloxone', ['opioid-antagonist'], ['Narcan', 'Nyxoid', 'Prenoxad'], toolLogic(`Opioid overdose reversal offered under CDC 2022 Rec 8 (evidence.md §4.7); ${BRANDS_NOTE}`, 'cdc-2022-opioids')),

  // Benzodiazepines (CDC benzodiazepine value set).
  simple('alprazolam', 'alprazolam', ['benzodiazepine'], ['Xanax', 'Niravam'], BENZO_CLASS),
  simple('chlordiazepoxide', 'chlordiazepoxide', ['benzodiazepine'], ['Librium'], BENZO_CLASS),
  simple('clobazam', 'clobazam', ['benzodiazepine'], ['Onfi', 'Frisium'], BENZO_CLASS),
  simple('clonazepam', 'clonazepam', ['benzodiazepine'], ['Klonopin', 'Rivotril'], BENZO_CLASS),
  simple('diazepam', 'diazepam', ['benzodiazepine'], ['Valium', 'Diastat'], BENZO_CLASS),
  simple('lorazepam', 'lorazepam', ['benzodiazepine'], ['Ativan'], BENZO_CLASS),
  simple('nitrazepam', 'nitrazepam', ['benzodiazepine'], ['Mogadon'], BENZO_CLASS),
  simple('oxazepam', 'oxazepam', ['benzodiazepine'], [], BENZO_CLASS),
  simple('temazepam', 'temazepam', ['benzodiazepine'], ['Restoril'], BENZO_CLASS),
  simple('triazolam', 'triazolam', ['benzodiazepine'], ['Halcion'], BENZO_CLASS),

  // Z-drugs and other sedatives (CDC Rec 11 "other CNS depressants").
  simple('zopiclone', 'zopiclone', ['z-drug'], ['Zimovane', 'Imovane'], CNS_TOOL_LOGIC('Z-drug hypnotics are')),
  simple('zolpidem', 'zolpidem', ['z-drug'], ['Ambien', 'Stilnoct'], CNS_TOOL_LOGIC('Z-drug hypnotics are')),
  simple('zaleplon', 'zaleplon', ['z-drug'], ['Sonata'], CNS_TOOL_LOGIC('Z-drug hypnotics are')),
  simple('eszopiclone', 'eszopiclone', ['z-drug'], ['Lunesta'], CNS_TOOL_LOGIC('Z-drug hypnotics are')),
  simple('baclofen', 'baclofen', ['other-cns-depressant'], ['Lioresal'], CNS_TOOL_LOGIC('Sedating muscle relaxants are')),
  simple('cyclobenzaprine', 'cyclobenzaprine', ['other-cns-depressant'], ['Flexeril'], CNS_TOOL_LOGIC('Sedating muscle relaxants are')),
  simple('carisoprodol', 'carisoprodol', ['other-cns-depressant'], ['Soma'], CNS_TOOL_LOGIC('Sedating muscle relaxants are')),
  simple('tizanidine', 'tizanidine', ['other-cns-depressant'], ['Zanaflex'], CNS_TOOL_LOGIC('Sedating muscle relaxants are')),
  simple('methocarbamol', 'methocarbamol', ['other-cns-depressant'], ['Robaxin'], CNS_TOOL_LOGIC('Sedating muscle relaxants are')),

  // Gabapentinoids (CG173 first line for neuropathic pain; NG59 do not offer for sciatica; CNS depressants per Rec 11).
  simple('gabapentin', 'gabapentin', ['gabapentinoid'], ['Neurontin'], CNS_TOOL_LOGIC('Gabapentinoids are'), { cautions: [GABAPENTINOID_CAUTION] }),
  simple('pregabalin', 'pregabalin', ['gabapentinoid'], ['Lyrica'], CNS_TOOL_LOGIC('Gabapentinoids are'), { cautions: [GABAPENTINOID_CAUTION] }),

  // Antidepressants used for pain (CG173) and their NG59 position for low back pain.
  simple('amitriptyline', 'amitriptyline', ['tricyclic-antidepressant'], ['Elavil'], toolLogic(`Tricyclic antidepressant named in NICE CG173 (evidence.md §4.4); ${BRANDS_NOTE}`, 'nice-cg173')),
  simple('nortriptyline', 'nortriptyline', ['tricyclic-antidepressant'], ['Pamelor', 'Allegron'], toolLogic(`Tricyclic antidepressant (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59')),
  simple('duloxetine', 'duloxetine', ['snri'], ['Cymbalta'], toolLogic(`SNRI named in NICE CG173 (evidence.md §4.4); ${BRANDS_NOTE}`, 'nice-cg173'), { cautions: [SSRI_SNRI_BLEEDING] }),
  simple('venlafaxine', 'venlafaxine', ['snri'], ['Effexor', 'Efexor'], toolLogic(`SNRI (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59'), { cautions: [SSRI_SNRI_BLEEDING] }),
  simple('sertraline', 'sertraline', ['ssri'], ['Zoloft', 'Lustral'], toolLogic(`SSRI (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59'), { cautions: [SSRI_SNRI_BLEEDING] }),
  simple('citalopram', 'citalopram', ['ssri'], ['Celexa', 'Cipramil'], toolLogic(`SSRI (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59'), { cautions: [SSRI_SNRI_BLEEDING] }),
  simple('escitalopram', 'escitalopram', ['ssri'], ['Lexapro', 'Cipralex'], toolLogic(`SSRI (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59'), { cautions: [SSRI_SNRI_BLEEDING] }),
  simple('fluoxetine', 'fluoxetine', ['ssri'], ['Prozac'], toolLogic(`SSRI (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59'), { cautions: [SSRI_SNRI_BLEEDING] }),

  // Other antiepileptics (NG59: do not offer for sciatica or for low back pain).
  simple('carbamazepine', 'carbamazepine', ['other-antiepileptic'], ['Tegretol'], toolLogic(`Antiepileptic (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59')),
  simple('topiramate', 'topiramate', ['other-antiepileptic'], ['Topamax'], toolLogic(`Antiepileptic (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59')),
  simple('lamotrigine', 'lamotrigine', ['other-antiepileptic'], ['Lamictal'], toolLogic(`Antiepileptic (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59')),
  simple('levetiracetam', 'levetiracetam', ['other-antiepileptic'], ['Keppra'], toolLogic(`Antiepileptic (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59')),
  simple('oxcarbazepine', 'oxcarbazepine', ['other-antiepileptic'], ['Trileptal'], toolLogic(`Antiepileptic (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59')),
  simple('valproate', 'sodium valproate', ['other-antiepileptic'], ['Epilim', 'Depakote'], toolLogic(`Antiepileptic (general pharmacology); ${BRANDS_NOTE}`, 'nice-ng59'), { synonyms: ['valproate', 'valproic acid'] }),

  // Oral corticosteroids (NG59: do not offer for sciatica).
  simple('prednisolone', 'prednisolone', ['oral-corticosteroid'], [], toolLogic('Oral corticosteroid (general pharmacology)', 'nice-ng59')),
  simple('prednisone', 'prednisone', ['oral-corticosteroid'], [], toolLogic('Oral corticosteroid (general pharmacology)', 'nice-ng59')),
  simple('dexamethasone', 'dexamethasone', ['oral-corticosteroid'], [], toolLogic('Corticosteroid (general pharmacology); counted as oral when taken by mouth', 'nice-ng59')),

  // Paracetamol (NG59: do not offer alone for low back pain).
  simple('paracetamol', 'paracetamol', ['paracetamol'], ['Panadol', 'Tylenol'], toolLogic(`Paracetamol (NG59 item); ${BRANDS_NOTE}`, 'nice-ng59'), { synonyms: ['acetaminophen'] }),

  // NSAIDs with the 5-half-life hold before high-risk procedures (UpToDate 108918).
  nsaid('diclofenac', 'diclofenac', 1, ['Voltaren', 'Voltarol']),
  nsaid('ketorolac', 'ketorolac', 1, ['Toradol']),
  nsaid('ibuprofen', 'ibuprofen', 1, ['Brufen', 'Nurofen', 'Advil', 'Motrin']),
  nsaid('etodolac', 'etodolac', 2, ['Lodine']),
  nsaid('indomethacin', 'indomethacin', 2, ['Indocin'], ['indometacin']),
  nsaid('naproxen', 'naproxen', 4, ['Naprosyn', 'Aleve']),
  nsaid('meloxicam', 'meloxicam', 4, ['Mobic']),
  nsaid('nabumetone', 'nabumetone', 6, ['Relafen']),
  nsaid('oxaprozin', 'oxaprozin', 10, ['Daypro']),
  nsaid('piroxicam', 'piroxicam', 10, ['Feldene']),
  {
    id: 'celecoxib',
    name: 'celecoxib',
    classes: ['nsaid'],
    brands: ['Celebrex'],
    basis: toolLogic(`NSAID (COX-2 selective); not in the retrieved NSAID row of the hold table; ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [{ id: 'default', label: 'celecoxib', when: {}, ...all(notFound(unverified('Celecoxib is not in the retrieved NSAID row (evidence.md §4.8)', 'narouze-2018'))) }],
  },

  // Antiplatelets.
  {
    id: 'aspirin',
    name: 'aspirin',
    classes: ['antiplatelet', 'nsaid'],
    brands: [],
    synonyms: ['acetylsalicylic acid'],
    basis: toolLogic('Aspirin rows of the ASRA/ESRA table (evidence.md §4.8)', 'narouze-2018'),
    periprocedural: [
      {
        id: 'primary-prevention',
        label: 'aspirin for primary prevention',
        when: { purpose: 'primary-prevention' },
        high: stopDays(6, 'stop 6 days before', 'restart 24 h after', UTD()),
        intermediate: shared('restart 24 h after', UTD()),
        low: noStop('restart 24 h after', UTD()),
      },
      {
        id: 'secondary-prevention',
        label: 'aspirin for secondary prevention',
        when: { purpose: 'secondary-prevention' },
        high: shared('restart 24 h after', UTD()),
        intermediate: shared('restart 24 h after', UTD()),
        low: noStop('restart 24 h after', UTD()),
      },
      {
        id: 'purpose-not-recorded',
        label: 'aspirin (purpose not recorded)',
        when: {},
        high: shared(
          'restart 24 h after',
          UTD('the row depends on the purpose, which is not recorded'),
          'depends on the purpose (not recorded): stop 6 days before for primary prevention; shared assessment for secondary prevention',
        ),
        intermediate: shared('restart 24 h after', UTD()),
        low: noStop('restart 24 h after', UTD()),
      },
    ],
  },
  {
    id: 'aspirin-dipyridamole',
    name: 'aspirin with dipyridamole',
    classes: ['antiplatelet', 'nsaid'],
    brands: ['Asasantin'],
    basis: toolLogic(`Aspirin combination row of the ASRA/ESRA table (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: 'aspirin combination',
        when: {},
        high: shared('not shown in the retrieved copy', UTD(), 'follow the aspirin advice (stop 6 days before for primary prevention; shared assessment for secondary prevention)'),
        intermediate: shared('not shown in the retrieved copy', UTD()),
        low: notFound(unverified('The low-risk cell of the aspirin combination row was not shown in the retrieved copy (evidence.md §4.8)', 'narouze-2018')),
      },
    ],
  },
  {
    id: 'cilostazol',
    name: 'cilostazol',
    classes: ['antiplatelet'],
    brands: ['Pletal'],
    basis: toolLogic(`Antiplatelet row of the ASRA/ESRA table (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      { id: 'default', label: 'cilostazol', when: {}, high: stopDays(2, 'stop 2 days before', 'restart 24 h after', UTD()), intermediate: noStop('restart 24 h after', UTD()), low: noStop('restart 24 h after', UTD()) },
    ],
  },
  {
    id: 'dipyridamole',
    name: 'dipyridamole',
    classes: ['antiplatelet'],
    brands: ['Persantin'],
    basis: toolLogic(`Antiplatelet row of the ASRA/ESRA table (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: 'dipyridamole',
        when: {},
        high: stopDays(2, 'stop 2 days before', 'restart time not shown in the retrieved copy', unverified('Hold of 2 days found (UpToDate 108918); the restart cell is blank in the retrieved copy (evidence.md §4.8)', 'narouze-2018', 'uptodate-108918')),
        intermediate: noStop('restart time not shown in the retrieved copy', unverified('No hold found; the restart cell is blank in the retrieved copy', 'narouze-2018', 'uptodate-108918')),
        low: noStop('restart time not shown in the retrieved copy', unverified('No hold found; the restart cell is blank in the retrieved copy', 'narouze-2018', 'uptodate-108918')),
      },
    ],
  },
  p2y12('clopidogrel', 'clopidogrel', '7 days', 7, ['Plavix']),
  p2y12('prasugrel', 'prasugrel', '7-10 days', 10, ['Efient', 'Effient']),
  p2y12('ticagrelor', 'ticagrelor', '5 days', 5, ['Brilique', 'Brilinta']),

  // Anticoagulants.
  {
    id: 'warfarin',
    name: 'warfarin',
    classes: ['anticoagulant'],
    brands: ['Coumadin', 'Marevan'],
    basis: toolLogic(`Vitamin K antagonist row of the ASRA/ESRA table (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: 'warfarin',
        when: {},
        high: stopDays(5, 'stop 5 days before and check that the INR is normal', 'restart 6 h after', UTD()),
        intermediate: stopDays(5, 'stop 5 days before and check that the INR is normal', 'restart 6 h after', UTD()),
        low: shared('restart 6 h after', UTD(), 'no hold listed (shared assessment)'),
      },
    ],
  },
  {
    id: 'acenocoumarol',
    name: 'acenocoumarol',
    classes: ['anticoagulant'],
    brands: ['Sintrom'],
    basis: toolLogic(`Vitamin K antagonist row of the ASRA/ESRA table (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: 'acenocoumarol',
        when: {},
        high: stopDays(3, 'stop 3 days before and check that the INR is normal', 'restart 24 h after', UTD()),
        intermediate: stopDays(3, 'stop 3 days before and check that the INR is normal', 'restart 24 h after', UTD()),
        low: shared('restart 24 h after', UTD(), 'no hold listed (shared assessment)'),
      },
    ],
  },
  {
    id: 'heparin',
    name: 'heparin (unfractionated)',
    classes: ['anticoagulant'],
    brands: [],
    synonyms: ['unfractionated heparin', 'ufh'],
    basis: toolLogic('Unfractionated heparin rows of the ASRA/ESRA table (evidence.md §4.8)', 'narouze-2018'),
    periprocedural: [
      { id: 'intravenous', label: 'IV unfractionated heparin', when: { routes: ['intravenous'] }, ...all(stopHours(6, 'stop 6 h before', 'restart 2 h after', UTD())) },
      {
        id: 'subcutaneous',
        label: 'subcutaneous heparin (twice or three times daily)',
        when: { routes: ['subcutaneous'] },
        high: stopHours(24, 'stop 24 h before', 'restart 6 h after', UTD()),
        intermediate: stopHours(6, 'stop 6 h before', 'restart 2 h after', UTD()),
        low: stopHours(6, 'stop 6 h before', 'restart 2 h after', UTD()),
      },
      {
        id: 'route-not-recorded',
        label: 'heparin (route not recorded)',
        when: {},
        high: stopHours(24, 'route not recorded: 24 h before if subcutaneous, 6 h if intravenous', 'restart 2-6 h after depending on route', UTD('route not recorded')),
        intermediate: stopHours(6, 'stop 6 h before', 'restart 2 h after', UTD()),
        low: stopHours(6, 'stop 6 h before', 'restart 2 h after', UTD()),
      },
    ],
  },
  {
    id: 'enoxaparin',
    name: 'enoxaparin',
    classes: ['anticoagulant'],
    brands: ['Clexane', 'Lovenox', 'Inhixa'],
    basis: toolLogic(`Low molecular weight heparin rows of the ASRA/ESRA table (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'prophylactic-dose',
        label: 'enoxaparin, prophylactic dose',
        when: { purpose: 'prophylactic-dose' },
        high: stopHours(12, 'stop 12 h before', 'restart 12-24 h after', UTD()),
        intermediate: stopHours(12, 'stop 12 h before', 'restart 12-24 h after', UTD()),
        low: stopHours(12, 'stop 12 h before', 'restart 4 h after', UTD()),
      },
      {
        id: 'treatment-dose',
        label: 'enoxaparin, treatment dose',
        when: { purpose: 'treatment-dose' },
        high: stopHours(24, 'stop 24 h before', 'restart 12-24 h after', UTD()),
        intermediate: stopHours(24, 'stop 24 h before', 'restart 12-24 h after', UTD()),
        low: stopHours(24, 'stop 24 h before', 'restart 4 h after', UTD()),
      },
      {
        id: 'dose-not-recorded',
        label: 'enoxaparin (prophylactic or treatment dose not recorded)',
        when: {},
        high: stopHours(24, 'dose purpose not recorded: 12 h before for a prophylactic dose, 24 h for a treatment dose', 'restart 12-24 h after', UTD('dose purpose not recorded')),
        intermediate: stopHours(24, 'dose purpose not recorded: 12 h before for a prophylactic dose, 24 h for a treatment dose', 'restart 12-24 h after', UTD('dose purpose not recorded')),
        low: stopHours(24, 'dose purpose not recorded: 12 h before for a prophylactic dose, 24 h for a treatment dose', 'restart 4 h after', UTD('dose purpose not recorded')),
      },
    ],
  },
  {
    id: 'dalteparin',
    name: 'dalteparin',
    classes: ['anticoagulant'],
    brands: ['Fragmin'],
    basis: toolLogic(`Low molecular weight heparin row of the ASRA/ESRA table (evidence.md §4.8); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: 'dalteparin',
        when: {},
        high: stopHours(24, 'stop 24 h before', 'restart 12-24 h after', UTD('restart cell truncated in the copy')),
        intermediate: stopHours(24, 'stop 24 h before', 'restart 12-24 h after', UTD('restart cell truncated in the copy')),
        low: stopHours(24, 'stop 24 h before', 'restart 4 h after', UTD()),
      },
    ],
  },
  {
    id: 'fondaparinux',
    name: 'fondaparinux',
    classes: ['anticoagulant'],
    brands: ['Arixtra'],
    basis: toolLogic(`Anticoagulant (evidence.md §4.8 fondaparinux row); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'default',
        label: 'fondaparinux',
        when: {},
        ...all(notFound(unverified('No value retrieved; the 2018 edition revised the fondaparinux advice (ASRA News 2019; evidence.md §4.8)', 'narouze-2018', 'wickboldt-2019'))),
      },
    ],
  },
  {
    id: 'dabigatran',
    name: 'dabigatran',
    classes: ['anticoagulant'],
    brands: ['Pradaxa'],
    basis: toolLogic(`Direct thrombin inhibitor (evidence.md §4.8 dabigatran rows); ${BRANDS_NOTE}`, 'narouze-2018'),
    periprocedural: [
      {
        id: 'impaired-renal-function',
        label: 'dabigatran, impaired kidney function',
        when: { renalImpairment: true },
        high: stopDays(6, 'stop 6 days before', 'restart 24 h after', FROM_MEMORY('dabigatran with impaired renal function: 6 days (high risk)')),
        intermediate: notFound(FROM_MEMORY('dabigatran with impaired renal function: intermediate cell "not recorded"')),
        low: notFound(FROM_MEMORY('dabigatran with impaired renal function: low cell "not recorded"')),
      },
      {
        id: 'normal-renal-function',
        label: 'dabigatran, normal kidney function',
        when: {},
        high: stopDays(5, 'stop 4-5 days before', 'restart 24 h after', FROM_MEMORY('dabigatran with normal renal function: 4-5 days')),
        intermediate: stopDays(5, 'stop 4-5 days before', 'restart 24 h after', FROM_MEMORY('dabigatran with normal renal function: 4-5 days')),
        low: shared('restart 24 h after', FROM_MEMORY('dabigatran: shared assessment for low-risk procedures')),
      },
    ],
    cautions: [
      {
        text: 'DOAC principle: stop about 5 half-lives before a procedure and resume about 24 h after; kidney function changes the half-life.',
        basis: secondary(['aneskey-benzon-anticoagulants', 'narouze-2018'], 'Benzon textbook chapter on the ASRA guidance (evidence.md §4.8: found)'),
      },
    ],
  },
  doac('rivaroxaban', 'rivaroxaban', ['Xarelto']),
  doac('apixaban', 'apixaban', ['Eliquis']),
  doac('edoxaban', 'edoxaban', ['Lixiana', 'Savaysa']),
];

/** MME/day thresholds and cautions of CDC 2022 (evidence.md §4.7). */
export const opioidThresholds = {
  pauseAndReassess: {
    value: 50,
    text:
      'At or above 50 MME/day from all sources: pause and carefully reassess benefits and risks before any increase, add precautions (more frequent follow-up) and offer naloxone with overdose education for the patient and household.',
    basis: secondary('cdc-2022-opioids', 'CDC 2022 supporting text, read in a third-party extraction of the MMWR (evidence.md §4.7)'),
  },
  riskMultiples: {
    text: 'Observational data quoted by CDC 2022: 50 to <100 MME/day carried about 1.9-4.6 times, and >= 100 MME/day about 2.0-8.9 times, the overdose risk of 1 to <20 MME/day.',
    basis: secondary('cdc-2022-opioids', 'CDC 2022 supporting text (third-party extraction; evidence.md §4.7)'),
  },
  ninety: {
    value: 90,
    text:
      'The 2016 CDC guideline advised avoiding or carefully justifying >= 90 MME/day; whether the 2022 text still names 90 MME/day is UNVERIFIED (secondary summaries disagree): verify against CDC 2022.',
    basis: unverified('evidence.md §4.7: whether the 2022 supporting text mentions 90 MME/day is unverified', 'cdc-2022-opioids'),
  },
} as const;

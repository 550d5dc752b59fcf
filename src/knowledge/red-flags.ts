/**
 * Red flags RF01-RF09 (evidence.md §3; findings-matrix.md §1 item 8), triaged before and outside cause ranking.
 *
 * A trigger fires when every finding in `allOf` is present and, if `anyOf` is not empty, at least one of `anyOf` is.
 * Urgency follows the evidence.md §3 triage rule (tool logic): RF01, RF02 and rapidly progressive or severe RF04 =
 * emergency; RF03, RF05, RF06 and RF08 = urgent review within 24-48 h (RF03 emergency with a neurological deficit or
 * sepsis, RF08 emergency with meningitis signs, RF06 emergency with cord or cauda equina compression); slowly
 * progressive RF04 = urgent (days); RF07 urgent with neurological signs, otherwise routine; RF09 routine.
 *
 * Design choices (tool logic, conservative):
 * - A single feature fires alone when it is specific or objective (e.g. urinary retention, PVR > 200 mL, a
 *   rim-enhancing epidural collection, wound drainage). Weak or common features (bilateral leg symptoms, PVR > 100 mL,
 *   fever, history of cancer) fire only together with a second feature.
 * - "New deficit" means `new-or-progressive-motor-deficit`, `rapidly-progressive-motor-deficit`, `myelopathy-signs` or
 *   a sphincter finding. Stable root deficits (`dermatomal-sensory-deficit`, `myotomal-weakness`) and
 *   `severe-motor-weakness` on its own are not used as the "deficit" half of a combination, because they are often
 *   present and unchanged since before surgery; a clinician who sees a new deficit records it as new or progressive.
 * - Time frames are [derived] in evidence.md unless a number is quoted; they are labelled tool logic.
 */
import { computed, published, secondary, toolLogic, unverified } from './basis.js';
import type { RedFlag } from './schema.js';

/** New neurological deficit of any pace, used as the "deficit" half of combined triggers. */
const NEW_DEFICIT = [
  'new-or-progressive-motor-deficit',
  'rapidly-progressive-motor-deficit',
  'myelopathy-signs',
  'urinary-retention-or-saddle-anaesthesia',
  'acute-bladder-or-bowel-dysfunction',
  'loss-of-anal-tone',
];

/** Objective or local signs of post-operative infection (evidence.md §3 RF03; findings-matrix.md C10). */
const INFECTION_SIGNS = [
  'fever',
  'wound-drainage',
  'wound-erythema-or-dehiscence',
  'esr-over-50-after-2-weeks',
  'crp-rising-after-day-6',
  'crp-and-esr-both-raised',
  'discitis-pattern-on-mri',
  'epidural-collection-on-mri',
  'positive-culture-or-biopsy',
];

/** Neurological signs for the fracture flag (RF07 is urgent only with these). */
const NEURO_SIGNS = [
  'new-or-progressive-motor-deficit',
  'rapidly-progressive-motor-deficit',
  'severe-motor-weakness',
  'myelopathy-signs',
  'myotomal-weakness',
  'dermatomal-sensory-deficit',
  'new-dermatome-involved',
  'urinary-retention-or-saddle-anaesthesia',
  'acute-bladder-or-bowel-dysfunction',
];

const TRIAGE_RULE = 'evidence.md §3 triage rule and time-frame column ([derived])';

export const redFlags: RedFlag[] = [
  {
    id: 'cauda-equina-syndrome',
    code: 'RF01',
    name: 'Cauda equina syndrome (disc, post-operative epidural haematoma or abscess)',
    triggers: [
      {
        description:
          'Any cardinal sphincter or saddle feature: new urinary retention or saddle anaesthesia, loss of anal tone, or ' +
          'acute bladder or bowel dysfunction. After surgery retention alone can be the presentation.',
        anyOf: ['urinary-retention-or-saddle-anaesthesia', 'loss-of-anal-tone', 'acute-bladder-or-bowel-dysfunction'],
        urgency: 'emergency',
        basis: published(
          ['ajem-2019-ces', 'liu-2025'],
          'Feature list of AJEM 2019; retention-only post-operative CES in Liu 2025; emergency status is tool logic (' +
            TRIAGE_RULE +
            ')',
        ),
      },
      {
        description: 'Post-void residual over 200 mL on bladder scan.',
        allOf: ['pvr-over-200-ml'],
        urgency: 'emergency',
        basis: computed(
          'PVR > 200 mL for CES: sensitivity 83.1%, specificity 93.5% -> LR+ 12.8, LR- 0.18 (meta-analysis abstract). ' +
            'Fires alone because the LR+ is high; opioids can raise PVR, which the clinician weighs',
          'bone-joint-proc-2022-pvr',
        ),
      },
      {
        description:
          'Bilateral leg symptoms together with another CES feature: new bladder, bowel or sexual symptoms, a post-void ' +
          'residual over 100 mL, or new or progressive leg weakness.',
        allOf: ['bilateral-leg-symptoms'],
        anyOf: [
          'pvr-over-100-ml',
          'new-or-progressive-motor-deficit',
          'rapidly-progressive-motor-deficit',
        ],
        urgency: 'emergency',
        basis: toolLogic(
          'AJEM 2019 lists bilateral sciatica, altered bladder function, sexual dysfunction and progressive leg ' +
            'weakness as CES features but single items have poor sensitivity; bilateral leg symptoms are common in ' +
            'this population (stenosis, arachnoiditis), so they fire only with a second feature',
          'ajem-2019-ces',
        ),
      },
      {
        description:
          'Bilateral leg symptoms with non-acute bladder, bowel or sexual symptoms, unless a bladder scan has shown no retention (post-void residual not over 100 mL).',
        allOf: ['bilateral-leg-symptoms', 'bladder-bowel-sexual-symptoms'],
        unlessAbsent: ['pvr-over-100-ml'],
        urgency: 'urgent',
        basis: toolLogic(
          'The vocabulary separates non-acute bladder, bowel or sexual symptoms from acute ones (findings-matrix.md §4.2: ' +
            'acute onset = RF01); chronic symptoms occur in arachnoiditis and stenosis, so with bilateral leg symptoms they ' +
            'call for an urgent bladder scan and review rather than an emergency, and a normal scan stands the flag down',
          'ajem-2019-ces',
          'bone-joint-proc-2022-pvr',
        ),
      },
      {
        description:
          'Post-void residual over 100 mL together with new bladder, bowel or sexual symptoms (objective support for altered bladder function).',
        allOf: ['pvr-over-100-ml'],
        anyOf: ['bladder-bowel-sexual-symptoms'],
        urgency: 'emergency',
        basis: toolLogic(
          'PVR > 100 mL alone is weak (computed LR+ 1.57, LR- 0.61 from the 2022 meta-analysis), so it fires only ' +
            'with a symptom of altered bladder, bowel or sexual function (AJEM 2019 feature)',
          'bone-joint-proc-2022-pvr',
          'ajem-2019-ces',
        ),
      },
      {
        description:
          'Epidural haematoma on MRI with a matching clinical feature: new or progressive weakness, bilateral leg ' +
          'symptoms or new severe pain within days of surgery.',
        allOf: ['epidural-haematoma-on-mri'],
        anyOf: [
          'new-or-progressive-motor-deficit',
          'rapidly-progressive-motor-deficit',
          'bilateral-leg-symptoms',
          'new-severe-pain-within-days',
        ],
        urgency: 'emergency',
        basis: toolLogic(
          'A symptomatic haematoma needs emergency evacuation (evidence.md C22); small asymptomatic collections are ' +
            'common after surgery, so the image fires only with a clinical feature (symptomatic haematoma had median ' +
            'onset 2.7 h after surgery in Spine J 2013)',
          'spine-j-2013-haematoma',
        ),
      },
    ],
    actions: [
      'Emergency MRI of the lumbar spine (CT myelography if MRI is contraindicated or unavailable).',
      'Bladder scan for post-void residual volume; examine perineal sensation and anal tone.',
      'Immediate referral to the on-call spinal surgical team for decompression or haematoma evacuation.',
    ],
    timeFrames: {
      emergency:
        'Immediately, the same day (tool logic). Timing evidence is mixed: no outcome difference for surgery < 24, ' +
        '24-48 or > 48 h in a 33-patient cohort, while other series advise surgery within 48 h.',
    },
    tests: ['mri-gadolinium', 'bladder-scan'],
    causes: ['epidural-hematoma', 'spinal-infection', 'recurrent-disc-herniation'],
    notes: [
      'After spine surgery CES may present with urinary retention only (Liu 2025).',
      'Single history and examination items have poor sensitivity (AJEM 2019). Secondary sources differ: retention in over 90%, saddle anaesthesia 75%, reduced anal tone 60-80% (Corwell 2013) versus saddle anaesthesia 81% and up to 30% with neither retention nor incontinence (Khoujah 2019).',
      'PVR can be raised by opioids; a low PVR does not exclude incomplete CES.',
      'Continence at presentation predicted a better outcome (PMC2140120 cohort).',
      'Re-screen red flags at every visit (NICE NG59: think about alternative diagnoses when symptoms change).',
    ],
    sources: [
      'ajem-2019-ces',
      'liu-2025',
      'bone-joint-proc-2022-pvr',
      'corwell-2013',
      'khoujah-2019',
      'khoujah-2015',
      'pmc2140120-ces-cohort',
      'spine-j-2013-haematoma',
      'nice-ng59',
    ],
  },
  {
    id: 'epidural-abscess',
    code: 'RF02',
    name: 'Spinal epidural abscess',
    triggers: [
      {
        description: 'Rim-enhancing epidural or paraspinal collection on MRI.',
        allOf: ['epidural-collection-on-mri'],
        urgency: 'emergency',
        basis: toolLogic(
          'An epidural collection is treated as an abscess until proven otherwise (' +
            TRIAGE_RULE +
            '); a post-operative seroma can mimic it, which the surgical team decides',
        ),
      },
      {
        description:
          'Fever with a new neurological deficit (the patient already has spinal pain): two of the three triad features.',
        allOf: ['fever'],
        anyOf: NEW_DEFICIT,
        urgency: 'emergency',
        basis: secondary(
          ['accessmedicine-sea', 'krishnamohan-2014'],
          'The full triad (fever, spinal pain, deficit) is present in only a minority (13-37% in one textbook chapter), ' +
            'so two features suffice (tool logic)',
        ),
      },
      {
        description: 'Signs of sepsis with a new neurological deficit.',
        allOf: ['sepsis-signs'],
        anyOf: NEW_DEFICIT,
        urgency: 'emergency',
        basis: toolLogic(
          'Sepsis stands for the fever of the triad; fever is reported in only about one third to two thirds of ' +
            'abscesses (secondary sources), so systemic signs count as well',
          'accessmedicine-sea',
          'krishnamohan-2014',
        ),
      },
    ],
    actions: [
      'Emergency MRI of the spine with gadolinium (whole spine if indicated: skip lesions occur).',
      'Blood cultures, CRP, ESR and white cell count; antibiotics (cultures first when clinically stable: unverified advice).',
      'Emergency spinal surgical consultation.',
    ],
    timeFrames: {
      emergency: 'Immediately: a neurosurgical emergency; outcome depends on the deficit at the time of surgery (tool logic).',
    },
    tests: ['mri-gadolinium', 'blood-culture-biopsy', 'crp-esr'],
    causes: ['spinal-infection'],
    notes: [
      'The classic triad is present in only a minority; fever is reported in about one third to two thirds (secondary sources).',
      'White cell count is normal in many cases.',
      'Risk factors include recent spinal surgery or injection, diabetes, immunosuppression, intravenous drug use and dialysis.',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: ['accessmedicine-sea', 'krishnamohan-2014', 'nice-ng59'],
  },
  {
    id: 'postoperative-infection',
    code: 'RF03',
    name: 'Post-operative discitis, spondylodiscitis or deep wound infection',
    triggers: [
      {
        description: 'Signs of sepsis (fever with tachycardia, hypotension, rigors or confusion).',
        allOf: ['sepsis-signs'],
        urgency: 'emergency',
        basis: toolLogic('evidence.md §3: RF03 becomes an emergency with sepsis ([derived])'),
      },
      {
        description: 'Fever with implants in place, at any time after the operation (late infection after instrumentation).',
        allOf: ['fever', 'spinal-implant-in-place'],
        urgency: 'urgent',
        basis: toolLogic(
          'evidence.md §3 RF03: "late: any fever + back pain after instrumentation even years later"; late infections ' +
            'after instrumentation about 1.9% (EJNS 2022); back pain is present in this population by definition',
          'ejns-2022-late-infection',
        ),
      },
      {
        description: 'New or progressive motor deficit together with any sign of infection.',
        allOf: ['new-or-progressive-motor-deficit'],
        anyOf: INFECTION_SIGNS,
        urgency: 'emergency',
        basis: toolLogic('evidence.md §3: RF03 becomes an emergency with a neurological deficit ([derived])'),
      },
      {
        description: 'New myelopathy signs together with any sign of infection.',
        allOf: ['myelopathy-signs'],
        anyOf: INFECTION_SIGNS,
        urgency: 'emergency',
        basis: toolLogic('As above, for the cervical spine ([derived] in evidence.md §3)'),
      },
      {
        description: 'Wound drainage persisting beyond the first days, or spreading redness or breakdown of the wound.',
        anyOf: ['wound-drainage', 'wound-erythema-or-dehiscence'],
        urgency: 'urgent',
        basis: toolLogic('Wound problems are a listed RF03 feature and an example of the urgent class in findings-matrix.md §1 item 8'),
      },
      {
        description: 'ESR over 50 mm/h two or more weeks after surgery, or CRP still rising or rising again after day 6.',
        anyOf: ['esr-over-50-after-2-weeks', 'crp-rising-after-day-6'],
        urgency: 'urgent',
        basis: published(
          ['spine-1988-discitis', 'crp-esr-c3d-discectomy'],
          'ESR > 50 at >= 2 weeks with increasing back pain = discitis until proven otherwise (Spine 1988); CRP ' +
            'normally normalises by about day 6 (scilit abstract), so a later rise is abnormal ([derived]). Every ' +
            'patient here has spinal pain, so the marker fires alone; urgency is tool logic',
        ),
      },
      {
        description: 'Discitis pattern on MRI or an organism grown from blood culture or biopsy.',
        anyOf: ['discitis-pattern-on-mri', 'positive-culture-or-biopsy'],
        urgency: 'urgent',
        basis: toolLogic(
          'Direct evidence of infection; early after surgery MRI cannot reliably separate septic from aseptic ' +
            'discitis, so the review decides',
          'acta-radiol-1998-discitis',
        ),
      },
      {
        description:
          'Fever with escalating or rest pain, raised inflammatory markers, screw loosening or a predisposing condition.',
        allOf: ['fever'],
        anyOf: [
          'escalating-pain-after-initial-relief',
          'rest-or-night-pain',
          'crp-and-esr-both-raised',
          'crp-raised',
          'esr-raised',
          'wbc-raised',
          'screw-lucency-on-ct',
          'diabetes-or-immunosuppression',
        ],
        urgency: 'urgent',
        basis: toolLogic(
          'Fever with escalating back pain is the example in findings-matrix.md §1 item 8; late infection after ' +
            'instrumentation presents as fever with back pain even years later (EJNS 2022); loosening should raise ' +
            'the question of low-grade infection ([unverified] in evidence.md C01)',
          'ejns-2022-late-infection',
        ),
      },
      {
        description:
          'Escalating back pain after initial relief, without fever, with rest or night pain, raised markers or a predisposing condition.',
        allOf: ['escalating-pain-after-initial-relief'],
        anyOf: ['rest-or-night-pain', 'crp-and-esr-both-raised', 'crp-raised', 'esr-raised', 'wbc-raised', 'diabetes-or-immunosuppression'],
        urgency: 'urgent',
        basis: toolLogic(
          'Fever is often absent in post-operative discitis (evidence.md C10); escalating pain after a good early ' +
            'result with rest pain or raised markers is the typical picture',
          'spine-1988-discitis',
        ),
      },
      {
        description: 'CRP and ESR both raised one to two weeks or more after surgery, with rest pain or screw loosening.',
        allOf: ['crp-and-esr-both-raised'],
        anyOf: ['rest-or-night-pain', 'screw-lucency-on-ct'],
        urgency: 'urgent',
        basis: toolLogic(
          'Combined markers: computed LR+ 4.5 for post-procedure discitis (sensitivity 79.4%, specificity 82.5%); ' +
            'fires with a second clinical or imaging feature',
          'esr-crp-postprocedure-discitis',
        ),
      },
    ],
    actions: [
      'MRI with gadolinium of the operated region.',
      'CRP and ESR (serial values), white cell count; blood cultures.',
      'Urgent spinal surgical review; image-guided biopsy before antibiotics if the patient is stable (unverified advice).',
    ],
    timeFrames: {
      urgent: 'Specialist review within 24-48 h (tool logic).',
      emergency: 'Immediately when there is a neurological deficit or sepsis (tool logic).',
    },
    tests: ['mri-gadolinium', 'crp-esr', 'blood-culture-biopsy'],
    causes: ['spinal-infection'],
    notes: [
      'Fever is often absent.',
      'CRP normally peaks about day 2 and normalises by about day 6 after discectomy; ESR can stay raised for up to 12 weeks, so an early raised ESR alone is expected.',
      'Late infection after instrumentation occurs even years later (about 1.9%): after instrumentation, any fever with back pain needs review.',
      'Early post-operative MRI cannot reliably separate septic from aseptic discitis.',
      'Cultures are positive in only 42-73%; taking biopsy before antibiotics when stable is unverified advice.',
      'Consider Cutibacterium acnes (late, indolent) and tuberculosis.',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: [
      'spine-1988-discitis',
      'crp-esr-c3d-discectomy',
      'esr-crp-postprocedure-discitis',
      'acta-radiol-1998-discitis',
      'ejns-2022-late-infection',
      'neurosurgerywiki-spondylodiscitis',
      'nice-ng59',
    ],
  },
  {
    id: 'progressive-neurological-deficit',
    code: 'RF04',
    name: 'Progressive or new neurological deficit (motor loss, foot drop, myelopathy)',
    triggers: [
      {
        description: 'Motor deficit worsening over hours to days.',
        allOf: ['rapidly-progressive-motor-deficit'],
        urgency: 'emergency',
        basis: toolLogic('evidence.md §3: same day for a rapidly progressive deficit; rapid RF04 is in the emergency class ([derived])'),
      },
      {
        description: 'Severe weakness (MRC grade 3 or less, e.g. foot drop) that is new or progressive.',
        allOf: ['severe-motor-weakness', 'new-or-progressive-motor-deficit'],
        urgency: 'emergency',
        basis: toolLogic(
          'evidence.md §3: same day for a severe deficit ([derived]); the MRC threshold is an expert threshold ' +
            '(docs/knowledge-base.md). Requires "new or progressive" so a stable pre-operative foot drop does not fire',
        ),
      },
      {
        description: 'New or progressive motor deficit (slowly progressive).',
        allOf: ['new-or-progressive-motor-deficit'],
        urgency: 'urgent',
        basis: toolLogic(
          'evidence.md §3: within days for a slowly progressive deficit ([derived]); a profound or progressive ' +
            'deficit is the exception to non-operative care (Phillips 2002)',
          'phillips-2002',
        ),
      },
      {
        description: 'New myelopathy signs (hyperreflexia, Hoffmann sign, gait disturbance, hand clumsiness).',
        allOf: ['myelopathy-signs'],
        urgency: 'urgent',
        basis: toolLogic('Myelopathy is named in RF04 (evidence.md §3); urgency as for a slowly progressive deficit ([derived])'),
      },
      {
        description: 'Severe weakness recorded without a statement that it is new: needs prompt review to establish whether it is new.',
        allOf: ['severe-motor-weakness'],
        urgency: 'urgent',
        basis: toolLogic(
          'Conservative fallback: severe weakness is an emergency when new; when its course is not recorded it still ' +
            'warrants spinal review within days',
        ),
      },
    ],
    actions: [
      'Urgent MRI (CT, or CT myelography when implants degrade MRI) of the relevant region.',
      'Same-day spinal surgical referral for rapidly progressive or severe weakness; urgent spinal review for slowly progressive deficits.',
      'Document power by myotome (MRC grade) at each examination to judge progression.',
    ],
    timeFrames: {
      emergency: 'Same day for rapidly progressive or severe new weakness (tool logic).',
      urgent: 'Spinal surgical review within days for a slowly progressive deficit (tool logic).',
    },
    tests: ['mri-gadolinium', 'ct-thin-slice'],
    testsWithImplant: ['ct-thin-slice', 'ct-myelogram'],
    testsWithImplantBasis: toolLogic(
      'evidence.md §3 RF04: "Urgent MRI/CT (CT myelogram with hardware)"; D05: CT myelography when metal degrades MRI. ' +
        'CT first shows screw and cage position; CT myelography then shows neural compression',
      'mallepally-2024',
    ),
    causes: ['epidural-hematoma', 'malpositioned-hardware', 'recurrent-disc-herniation', 'incomplete-decompression', 'spinal-infection'],
    notes: [
      'A deficit present and unchanged since before surgery is not RF04; record new-or-progressive only when new since surgery or worsening.',
      'A misplaced screw can cause a delayed deficit years after surgery.',
      'With fever or other signs of infection, RF02/RF03 apply as emergencies.',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: ['phillips-2002', 'spine-deformity-2025-screw-case', 'mallepally-2024', 'nice-ng59'],
  },
  {
    id: 'hardware-failure',
    code: 'RF05',
    name: 'Hardware failure or malposition with neural risk',
    triggers: [
      {
        description: 'Broken rod or screw, or a disconnected screw head.',
        allOf: ['implant-fracture-or-disconnection'],
        urgency: 'urgent',
        basis: toolLogic('Rod or screw breakage is a listed RF05 finding; urgent class per ' + TRIAGE_RULE),
      },
      {
        description:
          'Screw or cage breach into the canal or foramen together with radicular pain, a new dermatome, a new sensory or motor deficit.',
        allOf: ['screw-or-cage-breach-on-imaging'],
        anyOf: [
          'dermatomal-radiating-pain',
          'new-dermatome-involved',
          'dermatomal-sensory-deficit',
          'myotomal-weakness',
          'new-or-progressive-motor-deficit',
          'new-pain-immediately-after-surgery',
          'positive-straight-leg-raise',
        ],
        urgency: 'urgent',
        basis: toolLogic(
          'Screw breach on CT with new radicular pain is a listed RF05 finding; small breaches are common without ' +
            'symptoms, so a radicular finding is required; early revision relieves clear cases (Mallepally 2024)',
          'mallepally-2024',
        ),
      },
      {
        description: 'Cage subsidence or migration together with a new neurological deficit or new dermatome.',
        allOf: ['cage-subsidence-or-migration'],
        anyOf: ['new-or-progressive-motor-deficit', 'dermatomal-sensory-deficit', 'myotomal-weakness', 'new-dermatome-involved'],
        urgency: 'urgent',
        basis: toolLogic('Displaced cage with neural signs = malposition with neural risk (' + TRIAGE_RULE + ')'),
      },
      {
        description: 'Spondylolisthesis larger than on earlier films (progressive deformity) with implants in place.',
        allOf: ['slip-progression-on-radiographs', 'spinal-implant-in-place'],
        urgency: 'urgent',
        basis: toolLogic(
          'Progressive deformity is a listed RF05 finding; RF05 concerns hardware, so the trigger needs implants ' +
            '(slip progression after decompression without implants is scored as instability, C13); urgent class per ' +
            TRIAGE_RULE,
        ),
      },
      {
        description:
          'New radicular pain immediately after an instrumented operation, with a radicular sign or a new dermatome (possible misplaced screw or cage).',
        allOf: ['spinal-implant-in-place', 'new-pain-immediately-after-surgery'],
        anyOf: ['new-dermatome-involved', 'dermatomal-radiating-pain', 'dermatomal-sensory-deficit', 'myotomal-weakness', 'new-or-progressive-motor-deficit'],
        urgency: 'urgent',
        basis: toolLogic(
          '"New severe radicular pain immediately post-op" is a listed RF05 finding (evidence.md §3); a radicular finding ' +
            'is required so that ordinary post-operative pain does not fire it; urgent class per ' + TRIAGE_RULE,
          'mallepally-2024',
        ),
      },
    ],
    actions: [
      'Thin-slice CT of the instrumented levels.',
      'Urgent spinal surgical review; revision when a breach matches the symptoms.',
      'Consider low-grade infection when screws are loose (unverified in evidence.md).',
    ],
    timeFrames: { urgent: 'Spinal surgical review within 24-48 h (tool logic).' },
    tests: ['ct-thin-slice'],
    causes: ['malpositioned-hardware', 'implant-related-pain', 'pseudarthrosis', 'instability'],
    notes: [
      'Small screw breaches are common without symptoms; act when the breach is at the symptomatic root.',
      'Early revision of screw trajectory or length gives immediate relief in clear cases (Mallepally 2024).',
      'Implant fatigue failure suggests persistent motion: look for non-union (expert estimate).',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: ['mallepally-2024', 'neupsykey-screw-case', 'boraymedical-hardware-case', 'nice-ng59'],
  },
  {
    id: 'malignancy',
    code: 'RF06',
    name: 'Suspected malignancy (primary or metastatic) or missed tumour',
    triggers: [
      {
        description: 'Tumour or unexpected mass on imaging with a new neurological deficit (cord or cauda equina compression).',
        allOf: ['mass-lesion-on-imaging'],
        anyOf: NEW_DEFICIT,
        urgency: 'emergency',
        basis: toolLogic('evidence.md §3: immediate if cord or cauda compression ([derived])'),
      },
      {
        description: 'Tumour or unexpected mass on imaging.',
        allOf: ['mass-lesion-on-imaging'],
        urgency: 'urgent',
        basis: toolLogic('evidence.md §3: urgent (days) ([derived]); schwannoma and cord tumour cases are cited in evidence.md C12'),
      },
      {
        description: 'History of cancer with rest or night pain or unexplained weight loss.',
        allOf: ['history-of-cancer'],
        anyOf: ['rest-or-night-pain', 'unexplained-weight-loss'],
        urgency: 'urgent',
        basis: unverified(
          'Listed suspicion features in evidence.md §3 RF06; their thresholds are [unverified]. Combination and ' +
            'urgency are tool logic; NICE NG59 1.1.1 asks to exclude cancer',
          'nice-ng59',
        ),
      },
      {
        description: 'Unexplained weight loss with rest or night pain (no known cancer).',
        allOf: ['unexplained-weight-loss', 'rest-or-night-pain'],
        urgency: 'urgent',
        basis: unverified(
          'As above; the weight-loss threshold (> 5% in 6 months) is an expert threshold; combination is tool logic',
          'nice-ng59',
        ),
      },
    ],
    actions: [
      'Contrast-enhanced MRI of the lumbar spine, and of the thoracic spine when lumbar imaging does not explain the symptoms.',
      'Urgent oncology and spinal referral.',
    ],
    timeFrames: {
      urgent: 'Within days (tool logic).',
      emergency: 'Immediately if there is cord or cauda equina compression (tool logic).',
    },
    tests: ['mri-gadolinium'],
    causes: ['wrong-diagnosis'],
    notes: [
      'NICE NG59 1.1.1: consider alternative diagnoses; exclude cancer, infection, trauma and inflammatory disease.',
      'Age over 50 and other thresholds for this flag are unverified.',
      'Tumours can coexist with a disc at the operated level (schwannoma) or lie higher (thoracic cord tumour with sciatica-like pain).',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: ['nice-ng59'],
  },
  {
    id: 'fracture',
    code: 'RF07',
    name: 'Fracture (vertebral, pedicle or sacral insufficiency)',
    triggers: [
      {
        description: 'Fracture on imaging with neurological signs.',
        allOf: ['fracture-on-imaging'],
        anyOf: NEURO_SIGNS,
        urgency: 'urgent',
        basis: toolLogic('evidence.md §3: urgent if neurological signs ([derived])'),
      },
      {
        description: 'Fall or trauma with new spinal pain, and neurological signs.',
        allOf: ['significant-trauma-or-fall'],
        anyOf: NEURO_SIGNS,
        urgency: 'urgent',
        basis: toolLogic('Suspected fracture with neurological signs; the risk list of evidence.md §3 RF07 is [unverified]'),
      },
      {
        description: 'Fracture on imaging without neurological signs.',
        allOf: ['fracture-on-imaging'],
        urgency: 'routine',
        basis: toolLogic('Without neurological signs the flag is not urgent (evidence.md §3, [derived]); still needs spinal and bone-health review'),
      },
      {
        description: 'Fall or trauma followed by new spinal pain.',
        allOf: ['significant-trauma-or-fall'],
        urgency: 'routine',
        basis: unverified('Trauma and sudden pain after a fall are in the [unverified] risk list of evidence.md §3 RF07; imaging before attributing the pain to PSPS-T2', 'nice-ng59'),
      },
      {
        description: 'Osteoporosis or long-term steroids with sudden new pain (new severe pain within days, or after a fall).',
        allOf: ['osteoporosis-or-long-term-steroids'],
        anyOf: ['new-severe-pain-within-days', 'significant-trauma-or-fall'],
        urgency: 'routine',
        basis: unverified(
          'Osteoporosis, steroid use and sudden pain after a fall are in the [unverified] risk list of evidence.md §3 RF07; ' +
            'the combination is tool logic. Gradual new pain (new-different-pain) is not enough: it is the usual course of ' +
            'adjacent segment disease and would fire the flag in most older patients after fusion',
          'nice-ng59',
        ),
      },
    ],
    actions: [
      'Radiograph or CT of the painful region; MRI with STIR sequences to show acute fracture oedema.',
      'Spinal surgical review (urgent with neurological signs).',
    ],
    timeFrames: {
      urgent: 'Spinal review within 24-48 h when there are neurological signs (tool logic).',
      routine: 'Imaging before the pain is attributed to PSPS-T2; routine spinal and bone-health review (tool logic).',
    },
    tests: ['ct-thin-slice', 'mri-gadolinium'],
    causes: ['wrong-diagnosis'],
    notes: [
      'NICE NG59 1.1.1: exclude trauma (fracture) as an alternative diagnosis.',
      'The risk-factor list (trauma, osteoporosis, steroids, sudden pain after a fall) is unverified.',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: ['nice-ng59'],
  },
  {
    id: 'csf-leak',
    code: 'RF08',
    name: 'CSF leak or symptomatic pseudomeningocele with meningitis risk',
    triggers: [
      {
        description: 'Neck stiffness or photophobia suggesting meningitis.',
        allOf: ['neck-stiffness-or-meningism'],
        urgency: 'emergency',
        basis: toolLogic(
          'evidence.md §3: emergency if meningitis signs ([derived]); E. coli meningitis after a CSF leak is reported',
          'everydayebm-csf-leak-case',
        ),
      },
      {
        description: 'Fever with clear watery wound discharge (open CSF fistula).',
        allOf: ['fever', 'clear-wound-fluid'],
        urgency: 'emergency',
        basis: toolLogic(
          'Fever with an open fistula is treated as early meningitis (evidence.md §3 lists fever and neck stiffness ' +
            'together); conservative choice',
          'everydayebm-csf-leak-case',
        ),
      },
      {
        description: 'Clear watery wound discharge (possible CSF).',
        allOf: ['clear-wound-fluid'],
        urgency: 'urgent',
        basis: toolLogic('Clear wound drainage is a listed RF08 finding; urgent class per ' + TRIAGE_RULE, 'rapm-1995-pseudomeningocele'),
      },
      {
        description: 'CSF collection on imaging with orthostatic headache, a fluctuant mass under the scar or fever.',
        allOf: ['csf-collection-on-imaging'],
        anyOf: ['orthostatic-headache', 'fluctuant-mass-under-scar', 'fever'],
        urgency: 'urgent',
        basis: toolLogic(
          'Symptomatic pseudomeningocele (evidence.md C15, §3 RF08); many small asymptomatic collections resolve, so ' +
            'the image fires only with a symptom',
          'rapm-1995-pseudomeningocele',
        ),
      },
      {
        description: 'Orthostatic headache with a fluctuant mass under the scar (imaging not yet done).',
        allOf: ['orthostatic-headache', 'fluctuant-mass-under-scar'],
        urgency: 'urgent',
        basis: toolLogic('Clinical picture of a symptomatic pseudomeningocele (evidence.md C15); MRI needed'),
      },
    ],
    actions: [
      'MRI of the operated region.',
      'Urgent spinal surgical review (dural repair for fistula, infection or persistent intracranial hypotension).',
      'Infection work-up (CRP, ESR, blood cultures); with meningism, emergency medical assessment for meningitis.',
    ],
    timeFrames: {
      urgent: 'Spinal surgical review within 24-48 h (tool logic).',
      emergency: 'Immediately when there are signs of meningitis (tool logic).',
    },
    tests: ['mri-gadolinium', 'crp-esr'],
    causes: ['pseudomeningocele', 'spinal-infection'],
    notes: [
      'E. coli meningitis has been reported after a CSF leak.',
      'Many small pseudomeningoceles resolve without surgery.',
      'Warn interventionalists: needles can puncture the sac.',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: ['rapm-1995-pseudomeningocele', 'everydayebm-csf-leak-case', 'nice-ng59'],
  },
  {
    id: 'inflammatory-disease',
    code: 'RF09',
    name: 'Inflammatory disease (axial spondyloarthritis)',
    triggers: [
      {
        description: 'Inflammatory back pain pattern (morning stiffness over 30 minutes, better with exercise, late-night pain).',
        allOf: ['inflammatory-back-pain-pattern'],
        urgency: 'routine',
        basis: unverified(
          'The inflammatory back pain criteria are [unverified] in evidence.md §3; NICE NG59 1.1.1 asks to exclude ' +
            'inflammatory disease; evidence.md gives "routine-urgent", routine chosen (tool logic)',
          'nice-ng59',
        ),
      },
    ],
    actions: ['Rheumatology referral to assess for axial spondyloarthritis.'],
    timeFrames: { routine: 'Routine rheumatology referral (evidence.md: routine to urgent; tool logic).' },
    tests: [],
    causes: ['wrong-diagnosis'],
    notes: [
      'NICE NG59 1.1.1: exclude inflammatory disease such as spondyloarthritis.',
      'The criteria defining the inflammatory pattern are unverified.',
      'Re-screen red flags at every visit (NICE NG59).',
    ],
    sources: ['nice-ng59'],
  },
];

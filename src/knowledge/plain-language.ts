/**
 * Plain-language text for the patient version (about a grade-8 reading level; checked by a Flesch-Kincaid test in
 * src/engine/patient/readability.test.ts). Written for SpinePath from the clinical descriptions of evidence.md; it
 * explains, it does not add clinical facts. Numbers appear only where the treatment entries give them with a source.
 */

/** Causes: a short name and one or two sentences. */
export const plainCauses: Record<string, { name: string; text: string }> = {
  'implant-related-pain': { name: 'Pain from the screws or rods', text: 'The metal parts from your operation may rub, stick out or work loose, and that can hurt.' },
  'epidural-fibrosis': { name: 'Scar tissue near a nerve', text: 'Scar tissue forms after every back operation. Sometimes it wraps around a nerve and keeps it sore.' },
  'facet-joint-pain': { name: 'Pain from the small joints of the spine', text: 'Each bone in the spine has small joints at the back. They can wear and become a source of back pain.' },
  'sacroiliac-joint-pain': { name: 'Pain from the joint between the spine and the pelvis', text: 'This joint sits low in the back on each side. It takes more strain after a fusion down to the pelvis.' },
  'recurrent-disc-herniation': { name: 'A new disc bulge', text: 'Part of the disc may have bulged out again and may press on a nerve. This often brings back leg pain.' },
  'adjacent-segment-disease': { name: 'Wear next to the operated level', text: 'The part of the spine next to a fused level works harder and can wear faster. It may press on nerves.' },
  pseudarthrosis: { name: 'The fusion has not fully healed', text: 'The bones that were meant to grow together may not have joined. Movement there can cause pain.' },
  'malpositioned-hardware': { name: 'A screw or spacer out of place', text: 'A screw or spacer may sit too close to a nerve and irritate it.' },
  'incomplete-decompression': { name: 'Narrowing still pressing on a nerve', text: 'The space for a nerve may still be too tight, or it may have narrowed again.' },
  'spinal-infection': { name: 'Infection', text: 'An infection in the wound, the disc or around the spine. This needs prompt care.' },
  'nerve-root-injury': { name: 'A sore or damaged nerve', text: 'A nerve root may have been stretched or hurt before or during the operation. Nerve pain often burns, tingles or shoots.' },
  'wrong-diagnosis': { name: 'Pain from somewhere else', text: 'The pain may come from another place, such as the hip, or from another illness.' },
  instability: { name: 'Too much movement between two bones', text: 'Two bones of the spine may move more than they should. This can hurt when you move or lift.' },
  arachnoiditis: { name: 'Inflamed lining around the nerves', text: 'The thin lining around the nerves inside the spine may be inflamed and scarred. This can cause burning pain in both legs.' },
  pseudomeningocele: { name: 'A pocket of spinal fluid', text: 'Some spinal fluid may have leaked into a pocket under the scar. It can cause headaches when you stand up.' },
  'myofascial-pain': { name: 'Tired, tight or weak back muscles', text: 'The back muscles may be sore, tight or weak after surgery and time off.' },
  'nociplastic-pain': { name: 'An overactive pain system', text: 'After long pain, the nerves and brain can become more sensitive. Pain then spreads and feels bigger than the damage.' },
  'discogenic-pain': { name: 'A painful disc', text: 'A disc may be worn and painful, often next to a fused level.' },
  'cluneal-nerve-entrapment': { name: 'A trapped skin nerve over the hip bone', text: 'Small skin nerves cross the top of the hip bone. One may be trapped and cause pain low in the back and buttock.' },
  'sagittal-imbalance': { name: 'The spine is out of balance', text: 'The spine may lean forward, so the muscles work hard all day to keep you upright.' },
  'epidural-hematoma': { name: 'Bleeding near the nerves', text: 'Blood may have collected near the nerves soon after the operation. This needs urgent care.' },
};

/** Tests: a plain name and what it can show. */
export const plainTests: Record<string, { name: string; why: string }> = {
  'mri-gadolinium': { name: 'MRI scan with a dye injection', why: 'It shows nerves, discs, scar tissue and fluid, and can tell scar tissue from a new disc bulge.' },
  'ct-thin-slice': { name: 'CT scan', why: 'It shows the bones and the metal parts, and whether the fusion has healed.' },
  'flexion-extension-xray': { name: 'X-rays while bending forward and back', why: 'They show whether two bones move too much.' },
  'standing-full-spine-xray': { name: 'X-ray of the whole spine while standing', why: 'It shows the balance and shape of the whole spine.' },
  'ct-myelogram': { name: 'CT scan with dye in the spinal fluid', why: 'It shows pressure on nerves when an MRI is not possible or not clear.' },
  'crp-esr': { name: 'Blood tests for inflammation', why: 'They help show whether there is an infection.' },
  'blood-culture-biopsy': { name: 'Blood cultures or a sample taken with a needle', why: 'They find the germ if there is an infection.' },
  'medial-branch-blocks': { name: 'Two test injections to the small spine joints', why: 'If they take the pain away for a few hours, the small joints are likely the source.' },
  'sij-block': { name: 'Test injection into the joint between the spine and pelvis', why: 'If it takes the pain away for a while, that joint is likely the source.' },
  'selective-nerve-root-block': { name: 'Test injection next to one nerve', why: 'It shows which nerve causes the leg pain.' },
  'cluneal-nerve-block': { name: 'Test injection over the hip bone', why: 'It shows whether a trapped skin nerve causes the pain.' },
  'emg-ncs': { name: 'Nerve tests (EMG)', why: 'They measure how well the nerves and muscles work.' },
  'hip-examination-imaging': { name: 'Hip check and hip X-ray', why: 'They show whether the hip, not the back, causes the pain.' },
  'neuropathic-screening': { name: 'Short nerve-pain questionnaire', why: 'It shows whether the pain has the features of nerve pain.' },
  'start-back-screening': { name: 'Short questionnaire about how pain affects you', why: 'It helps choose how much support you need.' },
  'bladder-scan': { name: 'Bladder scan after passing urine', why: 'It shows whether the bladder empties fully.' },
  discography: { name: 'Disc test injection', why: 'It checks whether a disc is the source of the pain.' },
  'hardware-anaesthetic-block': { name: 'Numbing injection around the metal parts', why: 'If it takes the pain away, the metal parts may be the cause.' },
};

/** Active red flags: what they mean for the patient right now. */
export const plainRedFlags: Record<string, string> = {
  'cauda-equina-syndrome': 'The nerves that control your bladder, bowel and legs may be squeezed.',
  'epidural-abscess': 'There may be an infection pressing on the nerves.',
  'postoperative-infection': 'There may be an infection after your operation.',
  'progressive-neurological-deficit': 'A nerve problem is getting worse.',
  'hardware-failure': 'A screw or rod may have broken or moved.',
  malignancy: 'We need to rule out a growth in or near the spine.',
  fracture: 'A bone in the spine may be broken.',
  'csf-leak': 'Spinal fluid may be leaking.',
  'inflammatory-disease': 'An inflammatory illness of the spine needs to be checked.',
};

/** When to seek urgent help: the warning signs of evidence.md §3 in plain words (always shown). */
export const urgentSigns: string[] = [
  'You cannot pass urine, or you lose control of your bladder or bowel.',
  'You feel numb around your bottom or genitals.',
  'Your leg or arm gets weaker, or you start to trip or drop things.',
  'You have a fever and feel very unwell, or your wound is red, hot or leaking.',
  'You have a bad headache when you sit up, with a stiff neck or clear fluid from the wound.',
  'You get sudden, severe new pain, for example after a fall.',
];

/** Goals and preferences as the patient would say them. */
export const plainGoals: Record<string, string> = {
  'return-to-work': 'get back to work',
  'reduce-leg-pain': 'have less leg pain',
  'reduce-back-pain': 'have less back pain',
  'walk-further': 'walk further',
  'sleep-better': 'sleep better',
  'reduce-medicines': 'take fewer medicines',
  'stay-active': 'stay active',
};
export const plainPreferences: Record<string, string> = {
  'avoid-further-surgery': 'you would rather not have more surgery',
  'no-implanted-device': 'you would rather not have a device put in',
  'fear-of-needles': 'you find needles hard',
  'avoid-opioids': 'you would rather not take opioids',
  'prefers-non-drug-treatment': 'you would rather not take medicines',
};

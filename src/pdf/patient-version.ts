/**
 * A plain-language version built from a STORED assessment output, for outputs that do not carry the plan engine's
 * own patient version (older engines, or until that stage lands): the treatment texts come from the knowledge base's
 * `patient` entries (name, what, benefits, risks), the rest is kept deliberately short and generic. Numbers are given
 * as natural frequencies ("about 48 in 100").
 */
import type { PatientVersion } from './patient-plan.js';
import { arr, obj, planItems, safetyItems, str, strs, type Obj } from './read.js';

export interface TreatmentPatientText {
  name: string;
  what: string;
  benefits: string;
  risks: string;
}

/** When to get urgent help, per red flag of the knowledge base (plain words; shown for the flags below always). */
export const RED_FLAG_PATIENT_TEXT: Record<string, string> = {
  'cauda-equina-syndrome':
    'Numbness between your legs or around your bottom, new trouble passing urine or holding your bladder or bowels, or new sexual problems: go to an emergency department now.',
  'progressive-neurological-deficit': 'New or worsening weakness in your legs (or arms after neck surgery), such as a foot that drags or gives way: get help the same day.',
  'epidural-abscess': 'Fever, chills or feeling very unwell together with back or neck pain: get help the same day.',
  'postoperative-infection': 'A wound that is red, hot, swollen or leaking, or a fever in the weeks after your operation: contact your surgical team the same day.',
  fracture: 'Sudden severe back pain after a fall or an injury: get checked the same day.',
  'csf-leak': 'A headache that is worse when you sit or stand and better when you lie down, or clear fluid leaking from your wound: contact your surgical team the same day.',
  malignancy: 'Weight loss you cannot explain, or pain that is worse at night and does not ease with rest: tell your care team soon.',
  'hardware-failure': 'A new click or grinding, or a sudden change in pain, near the screws or rods of your operation: tell your surgical team soon.',
  'inflammatory-disease': 'Back stiffness in the morning that lasts more than half an hour and eases when you move: mention it at your next visit.',
};

const ALWAYS_SHOWN = ['cauda-equina-syndrome', 'progressive-neurological-deficit', 'epidural-abscess', 'postoperative-infection', 'fracture'];

const ADVICE: Record<string, string> = {
  recommended: 'Your care team suggests this',
  consider: 'You could consider this with your care team',
  'not-recommended': 'Not suggested for you now',
  contraindicated: 'Not safe for you at the moment',
};
const STEP: Record<string, string> = { now: 'now', next: 'next, if the first steps have not helped enough', later: 'later, if needed' };

/** "about 48 in 100" */
const inHundred = (p: number | undefined) => (p === undefined ? 'unknown' : p < 0.01 ? 'fewer than 1 in 100' : `about ${Math.round(p * 100)} in 100`);

export function patientVersionFromOutput(output: unknown, treatmentText: (id: string) => TreatmentPatientText | undefined): PatientVersion {
  const out: Obj = obj(output);
  const triage = obj(out.triage);
  const flags = arr(triage.redFlags);
  const active = flags.filter((f) => !str(obj(f.review).date));
  const alerts = arr(obj(out.outcomes).alerts);

  const actNow: string[] = [];
  for (const f of active) actNow.push(RED_FLAG_PATIENT_TEXT[str(f.id)] ?? `Your care team needs to check for ${str(f.name, str(f.id)).toLowerCase()} urgently: follow their advice today.`);
  if (active.length) actNow.push('Your care team has found signs that need to be checked first. Other treatments wait until this is done.');
  for (const a of alerts) actNow.push(str(a.patientMessage, 'Your answers to a questionnaire suggest you may be going through a very hard time. Please talk to someone today.'));
  const helpContacts = alerts.flatMap((a) => arr(a.resources).map((r) => `${str(r.name)} (${str(r.region)}): ${str(r.contact)}`));

  const whatIsGoingOn: string[] = [];
  const psps = obj(obj(out.classification).psps);
  const months = obj(out.context).monthsSinceSurgery;
  if (str(psps.chronic) === 'met') {
    whatIsGoingOn.push('You have pain that has lasted, or got worse, for 3 months or more after your spine operation. Doctors call this persistent spinal pain syndrome after surgery (PSPS type 2). It is common, and there are many ways to help.');
  } else if (typeof months === 'number' && months < 3) {
    whatIsGoingOn.push('Your operation was less than 3 months ago. Pain often settles over this time, so your team will keep checking how you are doing.');
  } else {
    whatIsGoingOn.push('You have pain after your spine operation. Your care team is working out where it comes from.');
  }
  const causes = arr(out.causes).slice(0, 3);
  if (causes.length) {
    whatIsGoingOn.push(
      `From what we know so far, the most likely explanations are: ${causes.map((c) => `${str(c.name, str(c.id))} (${inHundred(typeof c.probability === 'number' ? c.probability : undefined)})`).join('; ')}. These are estimates, not certainties: more than one can be true, and tests can change them.`,
    );
  }

  const tests = arr(out.workup).map((t) => {
    const causeNames = [...new Set([...arr(t.confirms), ...arr(t.excludes)].map((x) => str(x.cause)))]
      .map((id) => str(arr(out.causes).find((c) => str(c.id) === id)?.name, id))
      .slice(0, 3);
    return {
      name: str(t.name, str(t.test)),
      why: str(t.redFlag) ? 'To check urgently for the problem your care team is worried about.' : causeNames.length ? `To find out whether your pain comes from: ${causeNames.join('; ')}.` : 'To find out more about the cause of your pain.',
    };
  });

  const options: PatientVersion['options'] = [];
  const notSuggested: PatientVersion['notSuggested'] = [];
  for (const it of planItems(out)) {
    const id = str(it.treatment, str(it.id));
    const text = treatmentText(id);
    const name = text?.name ?? str(it.name, id);
    const rec = str(it.recommendation);
    if (rec === 'not-recommended' || rec === 'contraindicated') {
      notSuggested.push({ name, why: rec === 'contraindicated' ? 'it is not safe for you at the moment; your care team can explain why' : 'the evidence or your situation does not support it now' });
      continue;
    }
    const goals = obj(it.goals);
    const supports = strs(goals.supports).map((g) => g.replace(/-/g, ' '));
    const conflicts = strs(goals.conflicts).map((g) => g.replace(/-/g, ' '));
    const step = STEP[str(it.step)];
    options.push({
      name,
      advice: `${ADVICE[rec] ?? rec}${step ? `, ${step}` : ''}${str(it.suppressed) ? ' (after the urgent checks)' : ''}`,
      what: text?.what ?? str(it.name, id),
      benefits: text?.benefits ?? 'Your care team can tell you what the studies show.',
      risks: text?.risks ?? 'Your care team can tell you about the risks.',
      ...(supports.length || conflicts.length
        ? { fit: `${supports.length ? `It fits your goals: ${supports.join(', ')}.` : ''}${conflicts.length ? ` It goes against what you would rather avoid: ${conflicts.join(', ')}.` : ''}`.trim() }
        : {}),
      ...(str(it.review) ? { review: str(it.review) } : {}),
    });
  }

  const whatYouCanDo = [
    'Keep moving as much as you comfortably can; gentle, regular activity helps most people.',
    'Record your pain in the SpinePath diary and fill in the questionnaires when they are due, so your team can see what is working.',
    'Bring a list of all your medicines to each visit. Do not stop or change pain medicines on your own: some must be reduced slowly.',
    'Write down what matters most to you (for example work, sleep or walking further) and tell your team.',
  ];
  const opioids = safetyItems(out).some((s) => str(s.category) === 'opioid');
  if (opioids) whatYouCanDo.push('If you take strong painkillers (opioids), ask your team about naloxone, a medicine that reverses an overdose, and do not drink alcohol or take sleeping pills with them unless your doctor agrees.');

  const urgentIds = [...new Set([...active.map((f) => str(f.id)), ...ALWAYS_SHOWN])];
  const urgentHelp = urgentIds.map((id) => RED_FLAG_PATIENT_TEXT[id]).filter((t): t is string => !!t);
  urgentHelp.push('Thoughts of harming yourself: call your local emergency number or a crisis line now.');
  return { actNow, helpContacts, whatIsGoingOn, tests, options, notSuggested, whatYouCanDo, urgentHelp };
}

/**
 * The patient plan: the plain-language version of a stored assessment for the patient to keep. Sections: anything to
 * act on now, what we think is going on, tests and why, the options with their benefits and risks (and where each
 * stands in the care plan), what you can do, and when to get urgent help. The words come from the plan engine's
 * patient version (`PatientVersion`); this file only lays them out. docs/letters.md.
 */
import { COLORS, PdfWriter, type Run } from './layout.js';

/** The plain-language version of an assessment (the plan engine's patient version, in the shape this file prints). */
export interface PatientVersion {
  /** Things to act on today (active red flags, questionnaire alerts), each a sentence. */
  actNow: string[];
  /** Where to get help now (crisis lines from questionnaire alerts): "Samaritans (UK): 116 123". */
  helpContacts: string[];
  /** What we think is going on: short paragraphs. */
  whatIsGoingOn: string[];
  tests: { name: string; why: string }[];
  options: {
    name: string;
    /** "We suggest this now", "You could consider this", "Not suggested for you now"... */
    advice: string;
    what: string;
    benefits: string;
    risks: string;
    /** Why this fits (or does not fit) the patient's goals and preferences. */
    fit?: string;
    /** When to judge whether it is working. */
    review?: string;
  }[];
  /** Options the care team does not suggest now, with the reason in plain words. */
  notSuggested: { name: string; why: string }[];
  whatYouCanDo: string[];
  /** When to get urgent help, each a sentence naming the symptom and what to do. */
  urgentHelp: string[];
}

export interface PatientPlanInput {
  patient: { familyName: string; givenName: string; birthDate: string };
  assessment: { id: string; assessmentDate: string; createdAt: string; knowledgeBase: { version: string; hash: string } };
  version: PatientVersion;
  /** Where each option stands in the care plan, by option name: "agreed", "started"... */
  stepStatus?: Record<string, string>;
  compress?: boolean;
}

export async function renderPatientPlan(input: PatientPlanInput): Promise<Buffer> {
  const { patient: p, assessment: a, version: v } = input;
  const name = `${p.givenName} ${p.familyName}`;
  const w = new PdfWriter({
    title: `Your care plan: ${name} (${a.assessmentDate})`,
    subject: `SpinePath patient plan from the assessment of ${a.assessmentDate}`,
    keywords: 'SpinePath, patient plan',
    createdAt: new Date(a.createdAt),
    footer: `${name} - your care plan from ${a.assessmentDate}`,
    ...(input.compress !== undefined ? { compress: input.compress } : {}),
  });
  const body = 11;

  w.heading('Your care plan', 1);
  w.fields([
    ['For', `${name}, born ${p.birthDate}`],
    ['Made on', `${a.assessmentDate}, with your care team`],
  ]);
  w.para('This plan explains what your care team found and the choices you have. It was made with SpinePath, a computer tool your team uses to check the evidence. Your team decides with you: please talk to them before you change or stop anything, especially medicines.', {
    size: body,
    gap: 8,
  });

  if (v.actNow.length) {
    const runs: Run[] = v.actNow.map((t) => ({ text: t, bullet: true, size: body, font: 'bold' as const, gap: 3 }));
    if (v.helpContacts.length) runs.push({ text: 'Where to get help now:', size: body, font: 'bold', gap: 2 }, ...v.helpContacts.map((t) => ({ text: t, bullet: true, size: body, gap: 2 })));
    w.box('Please act on this today', runs, { stroke: COLORS.danger, fill: COLORS.dangerFill });
  }

  w.heading('What we think is going on', 2);
  for (const t of v.whatIsGoingOn) w.para(t, { size: body, gap: 5 });

  w.heading('Tests and why', 2);
  if (!v.tests.length) w.para('No new test is needed at the moment.', { size: body });
  for (const t of v.tests) w.block([{ text: t.name, font: 'bold', size: body, gap: 1 }, { text: t.why, size: body, gap: 6 }], { keepTogether: true });

  w.heading('Your options', 2);
  if (!v.options.length) w.para('Your care team will talk with you about the options once the urgent checks are done.', { size: body });
  for (const o of v.options) {
    const status = input.stepStatus?.[o.name];
    const runs: Run[] = [
      { text: o.name, font: 'bold', size: 12, color: COLORS.heading, gap: 1 },
      { text: `${o.advice}${status ? ` (${status})` : ''}`, font: 'italic', size: body, gap: 3 },
      { text: `What it is: ${o.what}`, size: body, gap: 2 },
      { text: `How it may help: ${o.benefits}`, size: body, gap: 2 },
      { text: `Risks and downsides: ${o.risks}`, size: body, gap: 2 },
    ];
    if (o.fit) runs.push({ text: o.fit, size: body, gap: 2 });
    if (o.review) runs.push({ text: `When we check it is working: ${o.review}`, size: body, gap: 2 });
    runs[runs.length - 1]!.gap = 9;
    w.block(runs, { keepTogether: true });
  }
  if (v.notSuggested.length) {
    w.heading('Not suggested for you now', 3, 30);
    w.bullets(v.notSuggested.map((n) => `${n.name}: ${n.why}`), { size: body });
  }

  w.heading('What you can do', 2);
  w.bullets(v.whatYouCanDo, { size: body, gap: 3 });

  w.heading('When to get urgent help', 2);
  w.box('Get help straight away if you notice', v.urgentHelp.map((t) => ({ text: t, bullet: true, size: body, gap: 3 })), { stroke: COLORS.danger, fill: COLORS.dangerFill });

  w.para(`Made from your assessment of ${a.assessmentDate} (reference ${a.id}; SpinePath knowledge base ${a.knowledgeBase.version}).`, { size: 8, color: COLORS.muted });
  return w.finish();
}

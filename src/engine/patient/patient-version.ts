/**
 * The patient version of an assessment: the plan in plain language (about a grade-8 reading level), in five parts:
 * what we think is going on, which tests and why, the options with their benefits and risks (numbers as natural
 * frequencies where the evidence gives them), what you can do, and when to get urgent help. Pure; built from the
 * assessment and the plain-language text in src/knowledge (plain-language.ts and each treatment's `patient` text).
 */
import { plainCauses, plainGoals, plainPreferences, plainRedFlags, plainTests, urgentSigns } from '../../knowledge/plain-language.js';
import type { Assessment } from '../assess.js';
import { compiledPlanKb } from '../plan/compiled.js';
import type { PlanItem } from '../plan/types.js';

export interface PatientSection {
  id: 'urgent-now' | 'going-on' | 'tests' | 'options' | 'you-can-do' | 'urgent-help';
  heading: string;
  paragraphs: string[];
}

export interface PatientVersion {
  title: string;
  sections: PatientSection[];
  /** A closing line: decision support, to be talked through with the care team. */
  note: string;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const LIKELY = 0.5;
const POSSIBLE = 0.2;

function goalLine(i: PlanItem): string[] {
  const out: string[] = [];
  if (i.goals?.supports.length) out.push(`This fits your goal to ${i.goals.supports.map((g) => plainGoals[g] ?? g).join(' and to ')}.`);
  if (i.goals?.conflicts.length) out.push(`You told us ${i.goals.conflicts.map((p) => plainPreferences[p] ?? p).join(', and ')}. We can talk about this.`);
  return out;
}

function optionText(i: PlanItem): string[] {
  const t = compiledPlanKb().byId.get(i.treatment)?.t;
  if (!t) return [];
  const lead = i.recommendation === 'recommended' ? 'We advise' : 'You could think about';
  const out = [`${lead}: ${t.patient.name}. ${t.patient.what}`, `What it may do: ${t.patient.benefits}`, `Risks and downsides: ${t.patient.risks}`];
  out.push(...goalLine(i));
  if (i.treatment === 'revision-surgery' && i.recommendation === 'consider') out.push('First we need scans or tests that show the problem matches your symptoms.');
  if (i.notImproving) out.push('You tried this before and it did not help enough, so we are moving on.');
  return out;
}

export function patientVersion(a: Assessment): PatientVersion {
  const sections: PatientSection[] = [];
  const active = a.triage.redFlags.filter((f) => !f.review);

  // 0. Urgent now.
  if (a.triage.urgency === 'emergency' || a.triage.urgency === 'urgent') {
    const now = a.triage.urgency === 'emergency';
    sections.push({
      id: 'urgent-now',
      heading: now ? 'You need urgent care today' : 'You need to be seen soon',
      paragraphs: [
        ...active.map((f) => plainRedFlags[f.id] ?? 'A warning sign needs checking.'),
        now
          ? 'Please go to the emergency department now, or call for an ambulance. Other treatment can wait until this is sorted out.'
          : 'A doctor needs to check this in the next day or two. Injections and other procedures wait until then.',
      ],
    });
  }

  // 1. What we think is going on.
  const top = a.causes.filter((c) => c.probability >= POSSIBLE).slice(0, 3);
  const going: string[] = [];
  if (top.length === 0) {
    going.push('We do not yet have a clear cause for your pain. The tests below should help.');
  } else {
    for (const c of top) {
      const p = plainCauses[c.id];
      if (!p) continue;
      going.push(`${c.probability >= LIKELY ? 'Likely' : 'Possible'}: ${lowerFirst(p.name)}. ${p.text}`);
    }
    going.push('More than one thing can add to the pain at the same time. These are our best guesses from what we know now, and tests can change them.');
  }
  const ph = a.classification.phenotype.phenotype;
  if (ph === 'neuropathic') going.push('Your pain has the features of nerve pain.');
  else if (ph === 'nociplastic') going.push('Your pain system seems to have become more sensitive over time. This is real pain, and it can get better.');
  else if (ph === 'mixed') going.push('Your pain seems to have more than one kind: part nerve pain and part pain from the back itself.');
  sections.push({ id: 'going-on', heading: 'What we think is going on', paragraphs: going });

  // 2. Tests and why.
  const tests = a.workup.slice(0, 4);
  sections.push({
    id: 'tests',
    heading: 'Tests and why',
    paragraphs: tests.length
      ? tests.map((w) => {
          const t = plainTests[w.test];
          return t ? `${t.name}: ${t.why}` : w.name;
        })
      : ['We do not need more tests right now.'],
  });

  // 3. Options.
  const options: string[] = [];
  const held = a.plan.filter((i) => i.suppressed);
  const act = (step: PlanItem['step']) => a.plan.filter((i) => !i.suppressed && i.step === step && (i.recommendation === 'recommended' || i.recommendation === 'consider'));
  const groups: [PlanItem['step'], string][] = [
    ['now', 'To start now:'],
    ['next', 'If things are not better by your review:'],
    ['later', 'Later, if needed:'],
  ];
  for (const [step, label] of groups) {
    const list = act(step);
    if (!list.length) continue;
    if (step === 'later') {
      // Later options are named only: the details come if and when they are needed.
      options.push(`${label} ${list.map((i) => lowerFirst(compiledPlanKb().byId.get(i.treatment)?.t.patient.name ?? i.name)).join('; ')}. We will explain these if they are needed.`);
      continue;
    }
    options.push(label);
    for (const i of list) {
      options.push(...optionText(i));
      if (i.review && step === 'now') options.push(`We will check how it is going at about ${reviewWeeks(i.review)}.`);
    }
  }
  if (held.length && a.triage.urgency !== 'routine') options.push('Planned treatments wait until the urgent problem has been checked.');
  const notNow = a.plan.filter((i) => i.code !== 'T15' && (i.recommendation === 'contraindicated'));
  if (notNow.length) options.push(`Not safe for you right now: ${notNow.map((i) => lowerFirst(compiledPlanKb().byId.get(i.treatment)?.t.patient.name ?? i.name)).join(', ')}.`);
  if (a.plan.some((i) => i.code === 'T15')) {
    options.push('UK guidance advises against some treatments for back pain and sciatica, such as acupuncture, TENS machines, traction and back belts.');
  }
  if (!options.length) options.push('Your care team will talk with you about the options once the urgent problem is dealt with.');
  sections.push({ id: 'options', heading: 'Your options', paragraphs: options });

  // 4. What you can do.
  const can: string[] = [
    'Keep moving as much as you can, little and often. Rest in bed makes back pain worse over time.',
    'Pace yourself: do a bit more each week rather than a lot on a good day.',
    'Write down your pain and what you can do each week. This helps us see what works.',
    'Never stop or change a pain medicine on your own. Some must be reduced slowly.',
  ];
  if (a.medications.entries.some((m) => m.classes.includes('opioid'))) {
    can.push('You take an opioid pain medicine. Ask us about naloxone, a rescue medicine for an overdose, and show your family how to use it.');
  }
  if (a.planSummary.goals.length) can.push(`You told us you want to ${a.planSummary.goals.map((g) => plainGoals[g] ?? g).join(', ')}. We will keep this in mind at each step.`);
  sections.push({ id: 'you-can-do', heading: 'What you can do', paragraphs: can });

  // 5. When to get urgent help.
  sections.push({ id: 'urgent-help', heading: 'When to get help right away', paragraphs: ['Go to the emergency department or call for help if:', ...urgentSigns.map((s) => `- ${s}`)] });

  return {
    title: 'Your back pain plan',
    sections,
    note: 'This plan is a guide to talk through with your care team. It does not replace their advice.',
  };
}

function reviewWeeks(review: string): string {
  const m = /\((\d+) weeks\)/.exec(review);
  return m ? `${m[1]} weeks` : 'your next visit';
}

export function renderPatientVersion(p: PatientVersion): string {
  const out = [p.title.toUpperCase(), ''];
  for (const s of p.sections) {
    out.push(s.heading, '-'.repeat(s.heading.length));
    for (const para of s.paragraphs) out.push(para);
    out.push('');
  }
  out.push(p.note);
  return out.join('\n') + '\n';
}

/** All the patient text in one string (for the readability check). */
export function patientText(p: PatientVersion): string {
  return [p.title + '.', ...p.sections.flatMap((s) => [s.heading + '.', ...s.paragraphs.map((x) => (/[.!?:]$/.test(x) ? x : `${x}.`))]), p.note].join(' ');
}

/** Patient-side server calls (all act on the signed-in patient's own record). */
import { api } from '../api/client';
import type { DiaryEntry, Questionnaire } from '../api/types';

export interface Due {
  instrument: string;
  name: string;
  everyDays: number;
  lastAnswered: string | null;
  dueSince: string;
}

export interface SubmissionResult {
  id: string;
  instrument: string;
  date: string;
  score: number | null;
  display: string | null;
  band: string | null;
  interpretation: string | null;
  alerts: { id: string; level: string; message: string; resources: { region: string; name: string; contact: string }[] }[];
}

export interface PatientPlanView {
  id: string;
  createdAt: string;
  steps: { id: string; title: string; text: string | null; status: string; updatedAt: string }[];
}

/** The plain-language version of the latest assessment (the words of the patient plan PDF). */
export interface PlainPlan {
  assessmentId: string;
  assessmentDate: string;
  version: {
    actNow: string[];
    helpContacts: string[];
    whatIsGoingOn: string[];
    tests: { name: string; why: string }[];
    options: { name: string; advice: string; what: string; benefits: string; risks: string; fit?: string; review?: string }[];
    notSuggested: { name: string; why: string }[];
    whatYouCanDo: string[];
    urgentHelp: string[];
  };
  stepStatus: Record<string, string>;
}

export const patientApi = {
  due: () => api.get<{ today: string; due: Due[] }>('/api/me/questionnaires/due'),
  questionnaire: (instrument: string) => api.get<Questionnaire>(`/api/instruments/${encodeURIComponent(instrument)}`),
  submit: (body: { instrument: string; answers: Record<string, number | string | null>; date?: string }) => api.post<SubmissionResult>('/api/me/questionnaires', body),
  diary: () => api.get<{ entries: DiaryEntry[] }>('/api/me/diary'),
  addDiary: (body: { nrs: number; note?: string }) => api.post<DiaryEntry>('/api/me/diary', body),
  plan: () => api.get<{ plan: PatientPlanView | null }>('/api/me/plan'),
  plainPlan: () => api.get<{ plan: PlainPlan | null }>('/api/me/plain-plan'),
};

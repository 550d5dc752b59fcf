/** Clinician-side server calls and their query keys. */
import { api, qs } from '../api/client';
import type { CarePlan, CasePart, CaseloadRow, DiaryEntry, KnowledgeEntry, Patient, StoredAssessment } from '../api/types';

export const PART_SEGMENTS = ['episodes', 'encounters', 'findings', 'test-results', 'red-flag-reviews', 'treatments', 'medications', 'comorbidities', 'devices'] as const;
export type PartSegment = (typeof PART_SEGMENTS)[number];

export interface ResponseRecord {
  id: string;
  instrument: string;
  date: string;
  source: string;
  total: number | null;
  enteredScore: number | null;
  result: { score?: number | null; display?: string | null; band?: { id?: string; label?: string } | null; subscores?: Record<string, { score?: number | null }> | { id: string; score: number | null }[] } | null;
  createdAt: string;
}

export interface CareProfile {
  goals: string[];
  preferences: string[];
  scsAssessment?: {
    conventionalManagementTried?: boolean;
    mdtAssessment?: boolean;
    psychologyAssessment?: boolean;
    trial?: { date: string; reliefPercent: number };
  };
}

export interface SignOffStatus {
  recommendations: { key: string; kind: string; title: string; decision: { decision: 'accept' | 'override'; reason: string | null; createdAt: string } | null }[];
  open: number;
}

export interface Knowledge {
  version?: string;
  findings: KnowledgeEntry[];
  causes: KnowledgeEntry[];
  tests: KnowledgeEntry[];
  redFlags: KnowledgeEntry[];
  treatments: KnowledgeEntry[];
  drugs?: KnowledgeEntry[];
  references: KnowledgeEntry[];
}

const p = (id: string) => `/api/patients/${encodeURIComponent(id)}`;

export const clinicianApi = {
  caseload: () => api.get<{ rows: CaseloadRow[]; total: number }>('/api/caseload'),
  patients: (search?: string) => api.get<{ patients: Patient[] }>(`/api/patients${qs({ search, limit: 500 })}`),
  patient: (id: string) => api.get<Patient>(p(id)),
  createPatient: (body: Record<string, unknown>) => api.post<Patient>('/api/patients', body),
  updatePatient: (id: string, body: Record<string, unknown>) => api.patch<Patient>(p(id), body),
  parts: <T>(id: string, seg: PartSegment) => api.get<{ items: CasePart<T>[] }>(`${p(id)}/${seg}`),
  addPart: (id: string, seg: PartSegment, data: unknown) => api.post<CasePart>(`${p(id)}/${seg}`, { data }),
  retractPart: (id: string, seg: PartSegment, recordId: string, reason: string) => api.delete<void>(`${p(id)}/${seg}/${encodeURIComponent(recordId)}${qs({ reason })}`),
  assessments: (id: string) => api.get<{ assessments: StoredAssessment[] }>(`${p(id)}/assessments`),
  assessment: (id: string, aid: string) => api.get<StoredAssessment>(`${p(id)}/assessments/${encodeURIComponent(aid)}`),
  assess: (id: string, assessmentDate?: string) =>
    api.post<{ assessment: StoredAssessment; warnings: { path: string; message: string }[]; planId: string | null }>(`${p(id)}/assessments`, assessmentDate ? { assessmentDate } : {}),
  signOffs: (id: string, aid: string) => api.get<SignOffStatus>(`${p(id)}/assessments/${encodeURIComponent(aid)}/sign-offs`),
  signOff: (id: string, aid: string, decisions: { recommendation: string; decision: 'accept' | 'override'; reason?: string }[]) =>
    api.post<SignOffStatus>(`${p(id)}/assessments/${encodeURIComponent(aid)}/sign-offs`, { decisions }),
  responses: (id: string) => api.get<{ responses: ResponseRecord[] }>(`${p(id)}/questionnaires`),
  enterScore: (id: string, body: { instrument: string; date?: string; score?: number; answers?: Record<string, number | string> }) => api.post<unknown>(`${p(id)}/questionnaires`, body),
  diary: (id: string) => api.get<{ entries: DiaryEntry[] }>(`${p(id)}/diary`),
  schedule: (id: string) => api.get<{ schedules: { instrument: string; everyDays: number }[] }>(`${p(id)}/questionnaire-schedule`),
  setSchedule: (id: string, schedules: { instrument: string; everyDays: number }[]) => api.put<unknown>(`${p(id)}/questionnaire-schedule`, { schedules }),
  plans: (id: string) => api.get<{ plans: CarePlan[] }>(`${p(id)}/plans`),
  updateStep: (id: string, planId: string, stepId: string, body: { status: string; note?: string | null }) =>
    api.patch<unknown>(`${p(id)}/plans/${encodeURIComponent(planId)}/steps/${encodeURIComponent(stepId)}`, body),
  knowledge: () => api.get<Knowledge>('/api/knowledge'),
  careProfile: (id: string) => api.get<{ profile: CareProfile; updatedAt: string | null }>(`${p(id)}/care-profile`),
  setCareProfile: (id: string, profile: CareProfile) => api.put<{ profile: CareProfile; updatedAt: string | null }>(`${p(id)}/care-profile`, profile),
  instruments: () => api.get<{ instruments: { id: string; name: string; shortName: string; licenceClass: string; shipsText: boolean }[] }>('/api/instruments'),
};

export const keys = {
  caseload: ['caseload'] as const,
  patient: (id: string) => ['patient', id] as const,
  parts: (id: string, seg: string) => ['patient', id, 'parts', seg] as const,
  assessments: (id: string) => ['patient', id, 'assessments'] as const,
  assessment: (id: string, aid: string) => ['patient', id, 'assessment', aid] as const,
  signOffs: (id: string, aid: string) => ['patient', id, 'assessment', aid, 'sign-offs'] as const,
  responses: (id: string) => ['patient', id, 'responses'] as const,
  diary: (id: string) => ['patient', id, 'diary'] as const,
  plans: (id: string) => ['patient', id, 'plans'] as const,
  schedule: (id: string) => ['patient', id, 'schedule'] as const,
  careProfile: (id: string) => ['patient', id, 'care-profile'] as const,
  knowledge: ['knowledge'] as const,
};

/** PDF documents of an assessment (server endpoints of the PDF feature). */
export const pdfUrls = (patientId: string, assessmentId: string) => ({
  letter: `${p(patientId)}/assessments/${encodeURIComponent(assessmentId)}/letter.pdf`,
  patientPlan: `${p(patientId)}/assessments/${encodeURIComponent(assessmentId)}/patient-plan.pdf`,
});

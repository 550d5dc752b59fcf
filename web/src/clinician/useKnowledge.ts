/** The knowledge-base index (findings vocabulary, tests, causes, red flags, treatments, drugs, measures), loaded once. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export interface KFinding {
  id: string;
  label: string;
  definition: string;
  category: string;
  regions?: string[];
  localisable: boolean;
  derivedFrom?: string;
  exclusiveWith?: string[];
}
export interface KTest {
  id: string;
  code: string;
  name: string;
  purpose: string;
  resultFindings: string[];
  invasiveness: string;
}
export interface KMeasure {
  id: string;
  label: string;
  instrument: string;
  subscore?: string;
  unit: string;
  range: { min: number; max: number };
  direction: 'higher-is-worse' | 'higher-is-better';
  painIntensity: boolean;
  mic?: { kind: string; points?: number; percent?: number; text: string };
  pass?: { max: number; text: string };
  note?: string;
}
export interface KnowledgeIndex {
  version: string;
  hash: string;
  findings: KFinding[];
  causes: { id: string; code: string; name: string; painTypes: string[]; hallmarks: string }[];
  tests: KTest[];
  redFlags: { id: string; code: string; name: string }[];
  treatments: { id: string; code: string; name: string; kind: string; summary: string }[];
  doNotOffer: { id: string; code: string; name: string; statement: string }[];
  drugs: { id: string; name: string; classes: string[]; brands: string[]; synonyms: string[] }[];
  measures: KMeasure[];
  immpact: { moderate: number; substantial: number; text: string };
  references: { id: string; short: string; citation: string }[];
}

export function useKnowledge() {
  return useQuery({ queryKey: ['knowledge'], queryFn: () => api.get<KnowledgeIndex>('/api/knowledge'), staleTime: Infinity, gcTime: Infinity });
}

/** Label of a finding id (falls back to the id in words). */
export function findingLabel(k: KnowledgeIndex | undefined, id: string): string {
  return k?.findings.find((f) => f.id === id)?.label ?? id.replace(/-/g, ' ');
}

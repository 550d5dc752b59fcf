/**
 * From the EHR's FHIR resources to what the cards say, without I/O: the resources are imported with src/fhir (one
 * collection Bundle), the context patient's draft becomes a case as of today (toCaseDraft), and
 * - a valid case is assessed by the engine (red flags, causes, work-up);
 * - otherwise (typically no spine operation recorded) nothing is ranked, but the red-flag triggers are still checked
 *   against the findings the record does hold, and the cards say plainly what is missing.
 */
import type { Case } from '../../case/schema.js';
import type { ValidationIssue } from '../../case/validate.js';
import { assess, type Assessment } from '../../engine/assess.js';
import { compiledKb } from '../../engine/compiled-kb.js';
import type { Observation, ObservationSet } from '../../engine/observations.js';
import { triage, type Triage } from '../../engine/triage.js';
import { importBundle, relativeReference, toCaseDraft } from '../../fhir/index.js';
import type { DraftCondition, ImportIssue, ImportResult, PatientDraft } from '../../fhir/index.js';

type Json = Record<string, unknown>;

/** One resource handed to the import, and where it came from in the request (for error paths). */
export interface SourcedResource {
  resource: Json;
  fullUrl?: string;
  /** `body.prefetch.conditions.entry[3].resource`, or `(fhirServer) Condition?patient=123 entry[3].resource`. */
  path: string;
  /** From the request's prefetch (errors are the caller's: 400) or fetched by SpinePath (errors are reported). */
  origin: 'prefetch' | 'fetched';
}

/** Every resource in the prefetch values: single resources as they are, Bundles by their entries. */
export function resourcesOf(values: Record<string, unknown>, origin: SourcedResource['origin'], pathOf: (key: string) => string): SourcedResource[] {
  const out: SourcedResource[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!value || typeof value !== 'object') continue;
    const v = value as Json;
    if (v.resourceType === 'Bundle') {
      const entries = Array.isArray(v.entry) ? (v.entry as unknown[]) : [];
      entries.forEach((e, i) => {
        if (!e || typeof e !== 'object') return;
        const entry = e as { resource?: unknown; fullUrl?: unknown; search?: { mode?: unknown } };
        if (entry.search?.mode === 'outcome' || !entry.resource || typeof entry.resource !== 'object') return;
        out.push({ resource: entry.resource as Json, ...(typeof entry.fullUrl === 'string' ? { fullUrl: entry.fullUrl } : {}), path: `${pathOf(key)}.entry[${i}].resource`, origin });
      });
    } else if (typeof v.resourceType === 'string') {
      out.push({ resource: v, path: pathOf(key), origin });
    }
  }
  return out;
}

/**
 * Keeps the resources about the context patient (and those about no patient, such as Medication); sets aside those
 * whose subject or patient is someone else. (The importer attributes a resource whose patient is not in the bundle
 * to the bundle's only patient, which is right for a file about one person, not for data an EHR sends about one.)
 */
export function aboutPatient(resources: SourcedResource[], patientId: string): { kept: SourcedResource[]; others: Set<string> } {
  const me = `Patient/${patientId}`;
  const kept: SourcedResource[] = [];
  const others = new Set<string>();
  for (const r of resources) {
    const res = r.resource;
    if (res.resourceType === 'Patient') {
      if (res.id === patientId || res.id === undefined) kept.push(r);
      else others.add(`Patient/${String(res.id)}`);
      continue;
    }
    const ref = [res.subject, res.patient].map((x) => (x && typeof x === 'object' ? (x as { reference?: unknown }).reference : undefined)).find((x) => typeof x === 'string') as string | undefined;
    if (ref === undefined) {
      kept.push(r);
      continue;
    }
    const rel = relativeReference(ref);
    if (rel === me) kept.push(r);
    else others.add(rel ?? ref);
  }
  return { kept, others };
}

export interface Imported {
  result: ImportResult;
  resources: SourcedResource[];
}

export function importResources(resources: SourcedResource[], today: string): Imported {
  const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((r) => (r.fullUrl ? { fullUrl: r.fullUrl, resource: r.resource } : { resource: r.resource })) };
  return { result: importBundle(bundle, { referenceDate: today }), resources };
}

/** An import issue with its path in the request (`body.prefetch.item1.birthDate`) and where the resource came from. */
export function locateIssue(i: ImportIssue, resources: SourcedResource[]): { path: string; message: string; severity: ImportIssue['severity']; origin: SourcedResource['origin'] | 'bundle' } {
  const m = /^entry\[(\d+)\]\.resource(.*)$/.exec(i.path);
  const r = m ? resources[Number(m[1])] : undefined;
  if (!m || !r) return { path: i.path, message: i.message, severity: i.severity, origin: 'bundle' };
  return { path: `${r.path}${m[2]}`, message: i.message, severity: i.severity, origin: r.origin };
}

/** The context patient's draft (by `Patient/{id}`), and how many other patients the resources were about. */
export function patientDraftOf(result: ImportResult, patientId: string): { draft: PatientDraft; others: number } {
  const key = `Patient/${patientId}`;
  const draft = result.patients.find((p) => p.aliases.includes(key) || p.aliases.some((a) => a.endsWith(`/${key}`)));
  return { draft: draft ?? emptyDraft(key), others: result.patients.length - (draft ? 1 : 0) };
}

function emptyDraft(identity: string): PatientDraft {
  return { identity, aliases: [identity], identifiers: [], hasPatientResource: false, sex: 'unknown', surgeries: [], conditions: [], findings: [], questionnaires: [], painScores: [], medications: [], mme: [], resources: [] };
}

export type Evaluation =
  | { kind: 'assessed'; assessment: Assessment; case: Case; draft: PatientDraft }
  | {
      kind: 'not-assessable';
      /** Why, in one phrase ("no spine operation recorded"). */
      reason: string;
      missing: ValidationIssue[];
      triage: Triage;
      draft: PatientDraft;
      /** A PSPS condition (e.g. post-laminectomy syndrome) that implies an operation the record does not hold. */
      pspsCondition?: DraftCondition;
    };

export function evaluateDraft(draft: PatientDraft, today: string): Evaluation {
  const d = toCaseDraft(draft, { assessmentDate: today });
  if (d.validated) return { kind: 'assessed', assessment: assess(d.validated), case: d.validated, draft };
  const noOperation = (d.case.surgeries as unknown[]).length === 0;
  const missing = d.missing.filter((m, i, all) => all.findIndex((x) => x.path === m.path) === i);
  const psps = draft.conditions.find((c) => c.meaning === 'psps-t2');
  return {
    kind: 'not-assessable',
    reason: noOperation ? 'no spine operation recorded' : `the record lacks ${missing.map((m) => m.path).join(', ') || 'data the assessment needs'}`,
    missing,
    triage: triageFindings(draft, today),
    draft,
    ...(psps ? { pspsCondition: psps } : {}),
  };
}

/**
 * Red-flag triage on the findings alone (no operation, so no clinical context): the engine's triage over an
 * observation set built from the draft's findings as of today. Triage reads only the observations, the assessment
 * date and red-flag reviews (none come from FHIR).
 */
export function triageFindings(draft: PatientDraft, today: string): Triage {
  const kb = compiledKb();
  const byFinding = new Map<string, Observation[]>();
  const present = new Set<string>();
  const absentOnly = new Set<string>();
  draft.findings.forEach((f, i) => {
    if (f.status === 'unknown' || (f.date && f.date > today) || !kb.findingById.has(f.id)) return;
    const o: Observation = { id: f.id, status: f.status, ...(f.date ? { date: f.date } : {}), origin: { kind: 'recorded', path: `findings[${i}]` } };
    const list = byFinding.get(f.id);
    if (list) list.push(o);
    else byFinding.set(f.id, [o]);
    if (f.status === 'present') present.add(f.id);
    else absentOnly.add(f.id);
  });
  for (const id of present) absentOnly.delete(id);
  const obs: ObservationSet = { byFinding, byIndex: [], present, absent: absentOnly, unusedTests: [], doneTests: new Map() };
  const minimalCase = { assessmentDate: today, redFlagReviews: [] } as unknown as Case;
  return triage(minimalCase, obs, kb);
}

/**
 * FHIR R4 Bundle (collection, transaction, batch, searchset, document, message) -> one draft per patient and an import
 * report. Pure: no I/O, no clock (ages need `options.referenceDate`). Never throws on bad input: problems come back as
 * issues naming their path, shaped as an OperationOutcome.
 */
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { jsonErrorMessage } from '../../case/validate.js';
import { resourceIdentity, relativeReference } from '../identity.js';
import { ageAt, ImportContext, isObject, type Json, readDate, readDay, str } from './context.js';
import { mapMedication } from './medication.js';
import { emptyFacts, mapObservation, type ObservationFacts } from './observation.js';
import { mapCondition, mapDiagnosticReport, mapProcedure, mapQuestionnaireResponse, mergeSurgeries } from './records.js';
import type { DraftQuestionnaire, DraftSurgery, ImportIssue, ImportOptions, ImportReport, ImportResult, PatientDraft, SourceRef } from './types.js';
import { deriveFindings } from './derive.js';

export const SUPPORTED_TYPES = [
  'Patient',
  'Condition',
  'Procedure',
  'Observation',
  'QuestionnaireResponse',
  'MedicationRequest',
  'MedicationStatement',
  'Medication',
  'DiagnosticReport',
] as const;
const SUPPORTED = new Set<string>(SUPPORTED_TYPES);
const BUNDLE_TYPES = new Set(['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection']);
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

interface Entry {
  index: number;
  fullUrl?: string;
  resource: Json;
  src: SourceRef;
  aliases: string[];
}

interface PatientAcc {
  draft: PatientDraft;
  surgeries: DraftSurgery[];
  questionnaires: DraftQuestionnaire[];
  facts: ObservationFacts;
}

/** Imports bundle JSON text. Malformed JSON is an error with its line and column. */
export function importBundleText(text: string, options: ImportOptions = {}): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const ctx = new ImportContext();
    ctx.issue('fatal', 'structure', '(file)', jsonErrorMessage(e, text));
    return finish(ctx, [], emptyReport(), undefined, 0);
  }
  return importBundle(data, options);
}

function emptyReport(): Pick<ImportReport, 'resourcesByType' | 'unsupported'> {
  return { resourcesByType: {}, unsupported: [] };
}

/** Imports a parsed Bundle. */
export function importBundle(data: unknown, options: ImportOptions = {}): ImportResult {
  const ctx = new ImportContext();
  if (options.referenceDate !== undefined && !(typeof options.referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate) && readDate(new ImportContext(), options.referenceDate, '')?.day)) {
    ctx.issue('fatal', 'value', '(options).referenceDate', `reference date ${JSON.stringify(options.referenceDate)} must be YYYY-MM-DD`);
    return finish(ctx, [], emptyReport(), undefined, 0);
  }
  if (!isObject(data)) {
    ctx.issue('fatal', 'structure', '(root)', `expected a FHIR Bundle object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}`);
    return finish(ctx, [], emptyReport(), undefined, 0);
  }
  if (data.resourceType !== 'Bundle') {
    const rt = typeof data.resourceType === 'string' ? data.resourceType : undefined;
    ctx.issue('fatal', 'structure', 'resourceType', rt ? `expected resourceType "Bundle", got "${rt}": wrap single resources in a Bundle of type collection` : 'no resourceType: not a FHIR resource');
    return finish(ctx, [], emptyReport(), undefined, 0);
  }
  const bundleType = str(data.type);
  if (!bundleType) ctx.error('type', 'Bundle.type is required', 'required');
  else if (!BUNDLE_TYPES.has(bundleType)) ctx.error('type', `unknown Bundle.type "${bundleType}"`, 'code-invalid');
  if (data.entry !== undefined && !Array.isArray(data.entry)) {
    ctx.issue('fatal', 'structure', 'entry', 'Bundle.entry must be an array');
    return finish(ctx, [], emptyReport(), bundleType, 0);
  }
  const rawEntries = (data.entry as unknown[] | undefined) ?? [];
  if (rawEntries.length === 0) ctx.warn('entry', 'the bundle has no entries', 'required');

  // Pass 1: structure, identities, lookup table.
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const byType: Record<string, number> = {};
  const unsupported = new Map<string, string[]>();
  rawEntries.forEach((e, index) => {
    const base = `entry[${index}]`;
    if (!isObject(e)) {
      ctx.error(base, 'entry is not an object', 'structure');
      return;
    }
    if (isObject(e.search) && e.search.mode === 'outcome') return; // searchset OperationOutcome entries
    const resource = e.resource;
    if (!isObject(resource)) {
      ctx.error(`${base}.resource`, e.resource === undefined ? 'entry without a resource' : 'entry.resource is not an object', 'required');
      return;
    }
    const rt = resource.resourceType;
    if (typeof rt !== 'string' || !RESOURCE_TYPE.test(rt)) {
      ctx.error(`${base}.resource.resourceType`, rt === undefined ? 'resource without a resourceType' : `invalid resourceType ${JSON.stringify(rt)}`, 'structure');
      return;
    }
    byType[rt] = (byType[rt] ?? 0) + 1;
    const fullUrl = str(e.fullUrl);
    const identity = resourceIdentity(resource as { resourceType: string }, fullUrl);
    const id = str(resource.id);
    const entry: Entry = {
      index,
      ...(fullUrl ? { fullUrl } : {}),
      resource,
      src: { resourceType: rt, ...(id ? { id } : {}), identity: identity.key, path: `${base}.resource` },
      aliases: identity.aliases,
    };
    if (!SUPPORTED.has(rt)) {
      const list = unsupported.get(rt) ?? [];
      list.push(id ?? fullUrl ?? base);
      unsupported.set(rt, list);
      return;
    }
    const dup = byKey.get(identity.key);
    if (dup && dup.resource.resourceType === rt) {
      ctx.issue('warning', 'duplicate', `${base}.resource`, `same ${rt} as ${dup.src.path} (${identity.key}): imported once`);
      return;
    }
    entries.push(entry);
    for (const a of identity.aliases) if (!byKey.has(a)) byKey.set(a, entry);
  });
  const lookup = (ref: string): Entry | undefined => byKey.get(ref) ?? (relativeReference(ref) ? byKey.get(relativeReference(ref)!) : undefined);

  // Pass 2: patients.
  const patients = new Map<string, PatientAcc>();
  const patientByAlias = new Map<string, PatientAcc>();
  for (const e of entries) {
    if (e.resource.resourceType !== 'Patient') continue;
    const acc = newPatient(e.src.identity, e.aliases, true);
    readPatient(ctx, e.resource, e.src, acc.draft, options);
    acc.draft.resources.push({ resourceType: 'Patient', identity: e.src.identity });
    patients.set(e.src.identity, acc);
    for (const a of e.aliases) patientByAlias.set(a, acc);
  }

  const patientOf = (e: Entry): PatientAcc | undefined => {
    const r = e.resource;
    const refObj = isObject(r.subject) ? r.subject : isObject(r.patient) ? r.patient : undefined;
    const refField = isObject(r.subject) ? 'subject' : 'patient';
    const ref = refObj ? str(refObj.reference) : undefined;
    if (ref) {
      const rel = relativeReference(ref);
      const hit = patientByAlias.get(ref) ?? (rel ? patientByAlias.get(rel) : undefined);
      if (hit) return hit;
      if (rel && !rel.startsWith('Patient/')) {
        ctx.warn(`${e.src.path}.${refField}.reference`, `subject ${ref} is not a Patient: not imported`, 'not-supported');
        return undefined;
      }
      if (patients.size === 1 && [...patients.values()][0]!.draft.hasPatientResource) {
        const only = [...patients.values()][0]!;
        ctx.warn(`${e.src.path}.${refField}.reference`, `subject ${ref} is not in the bundle: attributed to the bundle's only patient`, 'informational');
        return only;
      }
      // A patient known only by reference (e.g. a CDS Hooks prefetch bundle without the Patient).
      const key = rel ?? ref;
      let acc = patientByAlias.get(key);
      if (!acc) {
        acc = newPatient(key, [key], false);
        patients.set(key, acc);
        patientByAlias.set(key, acc);
        if (ref !== key) patientByAlias.set(ref, acc);
      }
      return acc;
    }
    if (patients.size === 1) return [...patients.values()][0]!;
    ctx.warn(`${e.src.path}.subject`, patients.size === 0 ? 'no subject and no Patient in the bundle: not imported' : 'no subject and several patients in the bundle: not imported', 'required');
    return undefined;
  };

  // Pass 3: clinical resources.
  const lookupResource = (ref: string): Json | undefined => {
    const hit = lookup(ref);
    return hit && hit.resource.resourceType === 'Medication' ? hit.resource : undefined;
  };
  for (const e of entries) {
    const rt = e.resource.resourceType as string;
    if (rt === 'Patient' || rt === 'Medication') continue;
    const acc = patientOf(e);
    if (!acc) continue;
    acc.draft.resources.push({ resourceType: rt, identity: e.src.identity });
    const r = e.resource;
    switch (rt) {
      case 'Condition':
        acc.draft.conditions.push(...mapCondition(ctx, r, e.src));
        break;
      case 'Procedure': {
        const s = mapProcedure(ctx, r, e.src);
        if (s) acc.surgeries.push(s);
        break;
      }
      case 'Observation':
        mapObservation(ctx, r, e.src, acc.facts);
        break;
      case 'QuestionnaireResponse': {
        const q = mapQuestionnaireResponse(ctx, r, e.src);
        if (q) acc.questionnaires.push(q);
        break;
      }
      case 'MedicationRequest':
      case 'MedicationStatement': {
        const m = mapMedication(ctx, r, e.src, lookupResource);
        if (m) acc.draft.medications.push(m);
        break;
      }
      case 'DiagnosticReport':
        mapDiagnosticReport(ctx, r, e.src);
        break;
    }
  }
  // Medication resources are read through the requests and statements that reference them.
  for (const e of entries) {
    if (e.resource.resourceType !== 'Medication') continue;
    const owner = [...patients.values()][0];
    if (patients.size === 1 && owner) owner.draft.resources.push({ resourceType: 'Medication', identity: e.src.identity });
  }

  // Finalise each patient.
  const drafts: PatientDraft[] = [];
  for (const acc of patients.values()) {
    const d = acc.draft;
    d.surgeries = mergeSurgeries(acc.surgeries);
    d.questionnaires = mergeQuestionnaires(acc.questionnaires, acc.facts);
    d.painScores = acc.facts.painScores;
    d.mme = acc.facts.mme;
    const derived = deriveFindings(d, acc.facts, ctx, options.referenceDate);
    d.findings = derived.findings;
    d.testResults = derived.testResults;
    drafts.push(d);
  }
  const report = {
    resourcesByType: byType,
    unsupported: [...unsupported.entries()].map(([resourceType, ids]) => ({ resourceType, count: ids.length, ids })).sort((a, b) => a.resourceType.localeCompare(b.resourceType)),
  };
  for (const u of report.unsupported) {
    ctx.issue('information', 'not-supported', 'entry', `${u.count} ${u.resourceType} resource(s) not read: SpinePath does not use this resource type`);
  }
  return finish(ctx, drafts, report, bundleType, rawEntries.length);
}

function newPatient(identity: string, aliases: string[], hasPatientResource: boolean): PatientAcc {
  return {
    draft: {
      identity,
      aliases: [...aliases],
      identifiers: [],
      hasPatientResource,
      sex: 'unknown',
      surgeries: [],
      conditions: [],
      findings: [],
      testResults: [],
      questionnaires: [],
      painScores: [],
      medications: [],
      mme: [],
      resources: [],
    },
    surgeries: [],
    questionnaires: [],
    facts: emptyFacts(),
  };
}

const GENDERS = new Set(['female', 'male', 'other', 'unknown']);

function readPatient(ctx: ImportContext, r: Json, src: SourceRef, d: PatientDraft, options: ImportOptions): void {
  const path = src.path;
  if (Array.isArray(r.identifier)) {
    for (const i of r.identifier) {
      if (isObject(i) && str(i.value)) d.identifiers.push({ ...(str(i.system) ? { system: i.system as string } : {}), value: i.value as string });
    }
  }
  const gender = r.gender;
  if (gender === undefined) ctx.warn(`${path}.gender`, 'no gender: sex recorded as unknown', 'required');
  else if (typeof gender === 'string' && GENDERS.has(gender)) d.sex = gender as PatientDraft['sex'];
  else ctx.error(`${path}.gender`, `invalid gender ${JSON.stringify(gender)}: expected male, female, other or unknown`, 'code-invalid');
  const birth = readDay(ctx, r.birthDate, `${path}.birthDate`);
  if (r.birthDate === undefined) ctx.warn(`${path}.birthDate`, 'no birth date: age unknown', 'required');
  if (birth) {
    d.birthDate = birth;
    if (options.referenceDate) {
      if (birth > options.referenceDate) ctx.error(`${path}.birthDate`, `birth date ${birth} is after the reference date ${options.referenceDate}`, 'value');
      else d.age = ageAt(birth, options.referenceDate);
    }
  }
  if (typeof r.deceasedBoolean === 'boolean' && r.deceasedBoolean) d.deceased = true;
  if (r.deceasedDateTime !== undefined) {
    const dd = readDay(ctx, r.deceasedDateTime, `${path}.deceasedDateTime`);
    if (dd) d.deceased = dd;
  }
  if (d.deceased) ctx.warn(`${path}.deceased[x]`, `the patient is recorded as deceased${typeof d.deceased === 'string' ? ` on ${d.deceased}` : ''}`, 'informational');
}

/** Item observations and score observations of the same instrument and day become one questionnaire entry. */
function mergeQuestionnaires(fromQr: DraftQuestionnaire[], facts: ObservationFacts): DraftQuestionnaire[] {
  const byKey = new Map<string, DraftQuestionnaire>();
  const out: DraftQuestionnaire[] = [];
  for (const q of fromQr) {
    const key = `${q.instrument}|${q.date ?? `?${q.sources[0]?.identity}`}`;
    const same = byKey.get(key);
    if (same) {
      same.answers = { ...(same.answers ?? {}), ...(q.answers ?? {}) };
      same.sources.push(...q.sources);
    } else {
      byKey.set(key, q);
      out.push(q);
    }
  }
  const get = (instrument: string, date: string | undefined, src: SourceRef): DraftQuestionnaire => {
    const key = `${instrument}|${date ?? `?${src.identity}`}`;
    let q = byKey.get(key);
    if (!q) {
      q = { instrument, ...(date ? { date } : {}), sources: [] };
      byKey.set(key, q);
      out.push(q);
    }
    if (!q.sources.some((s) => s.identity === src.identity)) q.sources.push(src);
    return q;
  };
  for (const s of facts.scores) get(s.instrument, s.date, s.source).score = s.score;
  for (const i of facts.items) {
    const q = get(i.instrument, i.date, i.source);
    q.answers = { ...(q.answers ?? {}), [i.linkId]: i.value };
  }
  return out.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.instrument.localeCompare(b.instrument));
}

/** Entry index of a path (`entry[12]...` -> 12); other paths sort first. Sorting is stable within an entry. */
function entryIndex(path: string): number {
  const m = /^entry\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : -1;
}

const SEVERITY_RANK: Record<ImportIssue['severity'], number> = { fatal: 0, error: 1, warning: 2, information: 3 };

function finish(
  ctx: ImportContext,
  patients: PatientDraft[],
  partial: Pick<ImportReport, 'resourcesByType' | 'unsupported'>,
  bundleType: string | undefined,
  entries: number,
): ImportResult {
  const issues = [...ctx.issues].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || entryIndex(a.path) - entryIndex(b.path));
  const ok = !issues.some((i) => i.severity === 'fatal' || i.severity === 'error');
  const outcomeIssues: OperationOutcomeIssue[] = issues.map((i) => ({
    severity: i.severity,
    code: i.code,
    diagnostics: i.message,
    ...(i.path.startsWith('(') ? {} : { expression: [`Bundle.${i.path}`] }),
  }));
  if (outcomeIssues.length === 0) outcomeIssues.push({ severity: 'information', code: 'informational', diagnostics: 'imported without issues' });
  const outcome: OperationOutcome = { resourceType: 'OperationOutcome', issue: outcomeIssues };
  return {
    ok,
    outcome,
    patients,
    report: {
      ...(bundleType ? { bundleType } : {}),
      entries,
      resourcesByType: partial.resourcesByType,
      unsupported: partial.unsupported,
      mapped: ctx.mapped,
      unmapped: ctx.unmapped,
      issues,
    },
  };
}


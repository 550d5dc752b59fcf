/**
 * A SpinePath patient (case, and optionally its assessment and plan) -> FHIR R4 Bundle: Patient; Condition PSPS-T2
 * (ICD-10-CM M96.1 and ICD-11 MG30.21); Procedure per operation; QuestionnaireResponse and score Observations (LOINC,
 * through src/instruments); RiskAssessment (the differential) and ClinicalImpression (classification, findings, red
 * flags); CarePlan (plan steps, else the proposed work-up). Pure and deterministic: ids are name-based UUIDs.
 */
import { createHash } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  ClinicalImpression,
  CodeableConcept,
  Condition,
  Observation,
  Patient,
  Procedure,
  QuestionnaireResponse,
  Reference,
  Resource,
  RiskAssessment,
} from '@medplum/fhirtypes';
import type { Case } from '../../case/schema.js';
import type { Assessment, Citation } from '../../engine/assess.js';
import { compiledKb } from '../../engine/compiled-kb.js';
import { DEFINITIONS } from '../../instruments/registry.js';
import { isInstrumentId, score, toObservations, toQuestionnaireResponse } from '../../instruments/index.js';
import { SYSTEM } from '../codes.js';
import { SPINEPATH_CODES } from '../spinepath-codes.js';
import { planActivities, type PlanForExport } from './plan.js';

export interface ExportInput {
  readonly case: Case;
  /** assess() or assessWithCitations() output for this case. */
  readonly assessment?: Assessment & { citations?: Citation[] };
  /** Plan steps, when the plan engine has produced them (else the CarePlan lists the work-up). */
  readonly plan?: PlanForExport;
  /** What the store knows about the patient beyond the case. */
  readonly patient?: { readonly key?: string; readonly birthDate?: string; readonly identifiers?: readonly { system?: string; value: string }[] };
  readonly bundleType?: 'collection' | 'transaction';
}

export interface ExportResult {
  readonly bundle: Bundle;
  /** What could not be exported, in words (e.g. invalid stored answers). */
  readonly issues: string[];
}

/** Name-based UUID (SHA-1, RFC 4122 version 5 layout) so that the same input always gives the same ids. */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const text = (t: string): CodeableConcept => ({ text: t });
const spCode = (system: string, code: string, display: string): CodeableConcept => ({ coding: [{ system, code, display }], text: display });

export function exportPatientBundle(input: ExportInput): ExportResult {
  const c = input.case;
  const a = input.assessment;
  const issues: string[] = [];
  const seed = `spinepath|${input.patient?.key ?? c.id ?? 'case'}|${c.assessmentDate}`;
  let n = 0;
  const entries: BundleEntry[] = [];
  const add = <T extends Resource>(r: T): { ref: Reference<T>; resource: T } => {
    const id = nameUuid(`${seed}|${r.resourceType}|${n++}`);
    (r as { id?: string }).id = id;
    const fullUrl = `urn:uuid:${id}`;
    entries.push({
      fullUrl,
      resource: r,
      ...(input.bundleType === 'transaction' ? { request: { method: 'POST' as const, url: r.resourceType } } : {}),
    });
    return { ref: { reference: fullUrl } as Reference<T>, resource: r };
  };

  // Patient.
  const patient: Patient = {
    resourceType: 'Patient',
    ...(input.patient?.identifiers?.length ? { identifier: input.patient.identifiers.map((i) => ({ ...(i.system ? { system: i.system } : {}), value: i.value })) } : {}),
    gender: c.patient.sex,
    ...(input.patient?.birthDate ? { birthDate: input.patient.birthDate } : {}),
  };
  const subject = add(patient).ref;

  // Condition: PSPS-T2.
  const icd11Status = a?.classification.icd11.status;
  const verification = icd11Status === 'met' ? 'confirmed' : icd11Status === 'not-met' ? 'unconfirmed' : 'provisional';
  const condition: Condition = {
    resourceType: 'Condition',
    clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: 'active' }] },
    verificationStatus: { coding: [{ system: SYSTEM.conditionVerStatus, code: verification }] },
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] }],
    code: {
      coding: [
        { system: SYSTEM.icd10cm, code: 'M96.1', display: a?.classification.icd10cm.display ?? 'Postlaminectomy syndrome, not elsewhere classified' },
        { system: SYSTEM.icd11, code: 'MG30.21', display: a?.classification.icd11.display ?? 'Chronic postsurgical pain' },
      ],
      text: 'Persistent spinal pain syndrome type 2 (PSPS-T2)',
    },
    subject,
    recordedDate: c.assessmentDate,
    ...(a ? { note: [{ text: `ICD-11 MG30.21 criteria: ${a.classification.icd11.criteria.map((k) => `${k.id} ${k.status}`).join('; ')}` }] } : {}),
  };
  const conditionRef = add(condition).ref;

  // Procedures: one per operation, with SpinePath's own procedure code (no CPT/SNOMED code is claimed).
  const procedureRefs: Reference[] = [];
  for (const s of c.surgeries) {
    const proc: Procedure = {
      resourceType: 'Procedure',
      status: 'completed',
      category: spCode(SPINEPATH_CODES.surgeryRegion, s.region, `${s.region} spine surgery`),
      code: spCode(SPINEPATH_CODES.procedure, s.procedure, s.procedure.replace(/-/g, ' ')),
      subject,
      performedDateTime: s.date,
      bodySite: s.levels.map((l) => text(s.side ? `${l} ${s.side}` : l)),
      ...(s.instrumented ? { usedCode: [spCode(SPINEPATH_CODES.surgeryFlag, 'instrumented', 'implants left in place')] } : {}),
      ...(s.note ? { note: [{ text: s.note }] } : {}),
    };
    procedureRefs.push(add(proc).ref);
  }

  // Questionnaires: QuestionnaireResponse + Observation(s) when answers are stored; an Observation for a bare total.
  const scoreRefs: Reference[] = [];
  c.questionnaires.forEach((q, i) => {
    if (!isInstrumentId(q.instrument)) {
      issues.push(`questionnaires[${i}]: unknown instrument ${q.instrument}`);
      return;
    }
    const def = DEFINITIONS[q.instrument];
    if (q.answers) {
      const answerSet = { instrument: q.instrument, date: q.date, answers: q.answers };
      let qr: QuestionnaireResponse;
      try {
        qr = toQuestionnaireResponse(answerSet, { subject });
      } catch (e) {
        issues.push(`questionnaires[${i}]: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      const qrRef = add(qr).ref;
      const result = score(q.instrument, answerSet);
      for (const o of toObservations(result, { subject, questionnaireResponse: qrRef, effectiveDateTime: q.date })) scoreRefs.push(add(o).ref);
      return;
    }
    if (q.score === undefined) return;
    const loinc = def.loinc.score;
    const obs: Observation = {
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }] }],
      code: loinc
        ? { coding: [{ system: SYSTEM.loinc, code: loinc, ...(def.loinc.scoreDisplay ? { display: def.loinc.scoreDisplay } : {}) }], text: `${def.shortName} ${def.scoreName}` }
        : spCode(`${SPINEPATH_CODES.base}/CodeSystem/instrument-scores`, `${def.id}-${def.scoreName.replace(/\s+/g, '-')}`, `${def.shortName} ${def.scoreName}`),
      subject,
      effectiveDateTime: q.date,
      valueQuantity: { value: q.score, unit: '{score}', system: SYSTEM.ucum, code: '{score}' },
      note: [{ text: 'Total entered without item answers.' }],
    };
    scoreRefs.push(add(obs).ref);
  });

  if (a) {
    const kb = compiledKb();
    const method = `SpinePath ${a.engine.version}, knowledge base ${a.knowledgeBase.version} (${a.knowledgeBase.hash.slice(0, 12)})`;
    // RiskAssessment: the differential.
    const risk: RiskAssessment = {
      resourceType: 'RiskAssessment',
      status: 'final',
      method: text(`${method}: per-cause posterior from prior x likelihood ratios with capped evidence groups (docs/differential-method.md)`),
      subject,
      occurrenceDateTime: c.assessmentDate,
      condition: conditionRef,
      basis: [...procedureRefs, ...scoreRefs],
      prediction: a.causes.map((cause) => ({
        outcome: spCode(SPINEPATH_CODES.cause, cause.id, cause.name),
        probabilityDecimal: cause.probability,
        qualitativeRisk: spCode(SPINEPATH_CODES.band, cause.band, cause.band.replace(/-/g, ' ')),
        rationale: rationaleOf(cause),
      })),
      note: [
        {
          text:
            `Uncertainty ranges: ${a.causes.map((x) => `${x.code} ${pct(x.range.low)}-${pct(x.range.high)}`).join('; ')}.` +
            (a.excludedCauses.length ? ` Excluded: ${a.excludedCauses.map((x) => `${x.name} (${x.reason})`).join('; ')}.` : '') +
            (a.citations?.length ? ` Sources: ${a.citations.map((x) => x.short).join('; ')}.` : ''),
        },
      ],
    };
    add(risk);

    // ClinicalImpression: classification, present findings, red flags.
    const present = [...c.findings.filter((f) => f.status === 'present').map((f) => f.id), ...c.testResults.flatMap((t) => t.results.filter((r) => r.status === 'present').map((r) => r.id))];
    const impression: ClinicalImpression = {
      resourceType: 'ClinicalImpression',
      status: 'completed',
      code: text('SpinePath assessment of persistent spinal pain after spine surgery'),
      subject,
      effectiveDateTime: c.assessmentDate,
      date: c.assessmentDate,
      problem: [conditionRef],
      protocol: ['https://spinepath.org/docs/differential-method'],
      summary: summaryOf(a),
      finding: [...new Set(present)].map((id) => ({
        itemCodeableConcept: spCode(SPINEPATH_CODES.finding, id, kb.findingById.get(id)?.label ?? id),
      })),
      ...(a.triage.redFlags.length
        ? { prognosisCodeableConcept: a.triage.redFlags.map((f) => spCode(SPINEPATH_CODES.redFlag, f.id, `${f.name} (${f.urgency})`)) }
        : {}),
      note: [{ text: method }],
    };
    add(impression);
  }

  // CarePlan.
  const activities: CarePlanActivity[] = planActivities(input.plan, a);
  if (activities.length > 0) {
    const plan: CarePlan = {
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'proposal',
      title: input.plan ? 'SpinePath care plan' : 'SpinePath proposed work-up',
      subject,
      created: c.assessmentDate,
      addresses: [conditionRef],
      activity: activities,
    };
    add(plan);
  }

  const bundle: Bundle = { resourceType: 'Bundle', type: input.bundleType ?? 'collection', entry: entries };
  return { bundle, issues };
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

function rationaleOf(cause: Assessment['causes'][number]): string {
  const ev = cause.evidence
    .filter((e) => Math.abs(e.logLr) > 0)
    .map((e) => `${e.finding} ${e.status} (LR ${round2(e.likelihoodRatio)}, ${e.direction}${e.basis.refs.length ? `; ${e.basis.refs.join(', ')}` : `; ${e.basis.kind}`})`);
  return (
    `Prior ${pct(cause.prior.probability)} (${cause.prior.operation}, ${cause.prior.window}); posterior ${pct(cause.probability)} ` +
    `(range ${pct(cause.range.low)}-${pct(cause.range.high)}).` +
    (ev.length ? ` Evidence: ${ev.join('; ')}.` : ' No scored evidence.')
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function summaryOf(a: Assessment): string {
  const top = a.causes.slice(0, 3).map((x) => `${x.name} ${pct(x.probability)} (${x.band})`);
  const flags = a.triage.redFlags.map((f) => `${f.name} [${f.urgency}]`);
  return (
    `${a.classification.psps.label}; ICD-11 MG30.21 ${a.classification.icd11.status}; phenotype ${a.classification.phenotype.phenotype}. ` +
    (flags.length ? `Red flags: ${flags.join(', ')}. ` : 'No red flag fired. ') +
    `Leading causes: ${top.join('; ') || 'none'}. ` +
    (a.workup.length ? `Next tests: ${a.workup.slice(0, 3).map((w) => w.name).join(', ')}.` : '')
  );
}

/**
 * Running the engine for a stored patient from the API: the assessment date comes from the request or is today in the
 * clinic's time zone (the engine itself has no clock); everything is stored in one transaction with the audit event.
 */
import type { FastifyRequest } from 'fastify';
import { auditedWrite } from '../audit/record.js';
import { assessAndStore, type AssessmentRun } from './assess-and-store.js';

export type { AssessmentRun } from './assess-and-store.js';

export async function runAssessment(req: FastifyRequest, patientId: string, assessmentDate: string): Promise<AssessmentRun> {
  const { clock, config } = req.server.ctx;
  return auditedWrite(req, 201, async (trx) => {
    const run = await assessAndStore(trx, { patientId, assessmentDate, by: req.principal?.userId ?? null, timeZone: config.timeZone, now: clock.now().toISOString() });
    const o = run.assessment;
    return {
      result: run,
      resourceId: o.id,
      detail: { assessmentDate, knowledgeBase: o.knowledgeBase.version, urgency: o.urgency, planId: run.planId },
    };
  });
}

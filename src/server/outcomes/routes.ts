/**
 * Outcomes over time: every stored score as a series per instrument and measure, the pain diary, and the outcome
 * assessment of the latest stored assessment (`outcomes`, when the engine's outcome stage provides it).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAssessment, listAssessments } from '../../store/assessments.js';
import { listDiary } from '../../store/diary.js';
import { listScores } from '../../store/questionnaires.js';
import { errorResponses, json, patientParams } from '../schemas.js';

const point = z.object({ date: z.string(), value: z.number(), display: z.string().nullable(), band: z.string().nullable(), responseId: z.string() });

export const outcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;
  app.get(
    '/api/patients/:patientId/outcomes',
    {
      config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'read', resource: 'Outcomes' } },
      schema: {
        tags: ['outcomes'],
        summary: 'Score series per instrument, the pain diary, and the latest assessment outcomes',
        params: patientParams,
        response: {
          200: z.object({
            series: z.array(z.object({ instrument: z.string(), measure: z.string(), points: z.array(point) })),
            diary: z.array(z.object({ date: z.string(), nrs: z.number(), note: z.string().nullable() })),
            latestAssessment: z.object({ id: z.string(), assessmentDate: z.string(), outcomes: json }).nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const id = req.params.patientId;
      const scores = await listScores(db(), id);
      const byKey = new Map<string, { instrument: string; measure: string; points: z.infer<typeof point>[] }>();
      for (const s of scores) {
        const key = `${s.instrument} ${s.measure}`;
        const entry = byKey.get(key) ?? { instrument: s.instrument, measure: s.measure, points: [] };
        entry.points.push({ date: s.date, value: s.value, display: s.display, band: s.band, responseId: s.responseId });
        byKey.set(key, entry);
      }
      const [latest] = await listAssessments(db(), id);
      const full = latest ? await getAssessment(db(), id, latest.id) : undefined;
      const outcomes = full && typeof full.output === 'object' && full.output !== null ? ((full.output as Record<string, unknown>).outcomes ?? null) : null;
      return {
        series: [...byKey.values()],
        diary: (await listDiary(db(), id)).map((d) => ({ date: d.date, nrs: d.nrs, note: d.note })),
        latestAssessment: full ? { id: full.id, assessmentDate: full.assessmentDate, outcomes } : null,
      };
    },
  );
};

/** Liveness and readiness (for load balancers) and the OpenAPI document. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { compiledKb } from '../../engine/compiled-kb.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { SERVER_VERSION } from '../version.js';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: { public: true }, audit: false, rateLimit: false },
      schema: { tags: ['system'], summary: 'Liveness: the process answers', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { access: { public: true }, audit: false, rateLimit: false },
      schema: {
        tags: ['system'],
        summary: 'Readiness: the database answers; versions of the server, engine and knowledge base',
        response: {
          200: z.object({ status: z.literal('ready'), database: z.string(), server: z.string(), engine: z.string(), knowledgeBase: z.object({ version: z.string(), hash: z.string() }) }),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(app.ctx.store.db);
      const kb = compiledKb();
      return { status: 'ready' as const, database: app.ctx.store.dialect, server: SERVER_VERSION, engine: ENGINE_VERSION, knowledgeBase: { version: kb.kb.version, hash: kb.hash } };
    },
  );

  app.get(
    '/openapi.json',
    { config: { access: { public: true }, audit: false }, schema: { hide: true } },
    async () => app.swagger(),
  );
};

/**
 * Serves the web app (web/dist, built by `npm run build:web`) with @fastify/static: files under /assets/ carry a
 * content hash in their name and are cached for a year (immutable); index.html is revalidated on every load. Any other
 * GET path without a file extension gets index.html, so the app's own routes (/patients/..., /diary) survive a reload
 * (SPA fallback) — except the server's own prefixes (/api, /fhir, /cds-services, /docs), which keep their JSON 404.
 * When the app has not been built, those paths answer 503 with the command that builds it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { notFound } from '../errors.js';

/** web/dist from this file, both in src/server/web (tsx) and in dist/server/web (built). */
export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');

/** Paths the app never owns: unknown ones stay JSON 404s. */
const SERVER_PREFIXES = ['/api', '/fhir', '/cds-services', '/docs', '/openapi.json', '/health', '/ready'];

const ownedByServer = (path: string) => SERVER_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`));

const IMMUTABLE = 'public, max-age=31536000, immutable';

export const webRoutes: FastifyPluginAsync = async (app) => {
  const root = WEB_DIST;
  const built = existsSync(join(root, 'index.html'));
  if (built) await app.register(fastifyStatic, { root, serve: false, index: false, cacheControl: false, dotfiles: 'deny' });

  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');

  app.get(
    '/*',
    { config: { access: { public: true }, audit: false, rateLimit: false }, schema: { hide: true } },
    async (req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (ownedByServer(path)) throw notFound(`route GET ${path}`);
      if (!built) {
        return reply.code(503).type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build:web` (npm start does it), then reload.\n');
      }
      const last = path.slice(path.lastIndexOf('/') + 1);
      if (!last.includes('.')) return sendIndex(reply);
      if (path === '/index.html') return sendIndex(reply);
      reply.header('cache-control', path.startsWith('/assets/') ? IMMUTABLE : 'public, max-age=3600');
      let file: string;
      try {
        file = decodeURIComponent(path.slice(1));
      } catch {
        throw notFound(`file ${path}`);
      }
      return reply.sendFile(file);
    },
  );
};

/**
 * Builds the Fastify application: error model, zod validation, security headers, cookies and CSRF, database-backed
 * rate limiting, the route guard and the audit hook, OpenAPI at /openapi.json and /docs, then every feature plugin
 * (features.ts). No I/O at import time; `buildApp` is what tests call with an in-memory store.
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { jsonErrorMessage } from '../case/validate.js';
import { systemClock, type Clock } from '../store/clock.js';
import type { Store } from '../store/connect.js';
import { registerAuditHook } from './audit/record.js';
import { baseCookieOptions, csrfCookieName } from './auth/cookies.js';
import { registerAuthHooks } from './auth/hooks.js';
import type { ServerConfig } from './config.js';
import type { RouteEntry } from './context.js';
import { ApiError, notFound, sendApiError, toApiError, tooManyRequests } from './errors.js';
import { FEATURES } from './features.js';
import { dbRateLimitStore } from './rate-limit/db-store.js';
import { zodValidatorCompiler } from './validation.js';
import { SERVER_VERSION } from './version.js';

export interface BuildOptions {
  config: ServerConfig;
  store: Store;
  secret: string;
  clock?: Clock;
  /** A pino logger or options (default: by config.logLevel, with patient data redacted). */
  logger?: FastifyServerOptions['logger'];
}

/** Where the interactive API documentation lives. */
export const DOCS_PREFIX = '/docs';

/** Log fields that may carry patient data or credentials. */
export const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'body', 'req.body'];

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config, store, secret } = opts;
  const serverOptions: FastifyServerOptions = {
    logger: opts.logger ?? { level: config.logLevel, redact: REDACT },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy as FastifyServerOptions['trustProxy'],
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  };
  const app = Fastify(serverOptions);
  app.decorate('ctx', { config, store, clock: opts.clock ?? systemClock, secret });
  app.decorate('routeTable', [] as RouteEntry[]);

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, req, reply) => sendApiError(reply, toApiError(err as Error, req)));
  app.setNotFoundHandler((req, reply) => sendApiError(reply, notFound(`route ${req.method} ${req.url.split('?')[0]}`)));

  // JSON bodies: Fastify's parser (prototype-poisoning protection), with the line and column of a syntax error.
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    defaultJson(req, body as string, (err, value) => {
      if (err && (err as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
        try {
          JSON.parse(body as string);
        } catch (e) {
          return done(new ApiError(400, [{ path: '(body)', message: jsonErrorMessage(e, body as string) }]), undefined);
        }
      }
      done(err, value);
    });
  });

  // Every route states who may call it; the documentation routes are public and not audited.
  app.addHook('onRoute', (route) => {
    route.config ??= {};
    if (route.url === DOCS_PREFIX || route.url.startsWith(`${DOCS_PREFIX}/`)) {
      route.config.access ??= { public: true };
      route.config.audit ??= false;
    }
    if (!route.config.access) throw new Error(`route ${String(route.method)} ${route.url} has no access rule (config.access)`);
    if (route.config.audit === undefined) throw new Error(`route ${String(route.method)} ${route.url} does not say what it audits (config.audit)`);
    for (const method of [route.method].flat()) app.routeTable.push({ method, url: route.url, access: route.config.access, audit: route.config.audit });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: config.mode === 'production',
  });
  await app.register(cookie, { secret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: csrfCookieName(config),
    cookieOpts: { ...baseCookieOptions(config), signed: true },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
    getUserInfo: (req) => req.principal?.sessionIdHash ?? '',
    csrfOpts: { hmacKey: secret, userInfo: true },
  });
  await app.register(rateLimit, {
    global: config.rateLimitPerMinute > 0,
    max: config.rateLimitPerMinute || 1,
    timeWindow: 60_000,
    store: dbRateLimitStore(store, opts.clock ?? systemClock),
    keyGenerator: (req) => req.ip,
    errorResponseBuilder: (_req, ctx) => tooManyRequests(`too many requests: at most ${ctx.max} a minute; try again in ${ctx.after}`, ctx.ttl / 1000),
  });

  registerAuthHooks(app);
  registerAuditHook(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'SpinePath API', version: SERVER_VERSION, description: 'Clinical decision support for persistent spinal pain after spine surgery. Errors: `{ errors: [{ path, message }] }`. Cookie sessions need the `x-csrf-token` header on writes; API clients use `Authorization: Bearer <token>`.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sp_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: true });

  for (const feature of FEATURES) await app.register(feature);
  return app;
}

/**
 * CDS Hooks 2.0 (docs/cds-hooks.md):
 * - `GET /cds-services`: discovery (public: it holds no patient data);
 * - `POST /cds-services/spinepath-patient-view`: the patient-view service; cards from prefetch, or from the EHR's
 *   FHIR server (allowlisted) when prefetch is missing; 412 when nothing about the patient can be obtained;
 * - `POST /cds-services/spinepath-patient-view/feedback`: accepted and overridden cards, stored and audited.
 * The EHR is authenticated by its signed JWT (jwt.ts), checked before the body is read; SpinePath accounts (sessions,
 * API tokens) play no part here, so for the route guard these routes are public and the JWT check is their guard.
 */
import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compiledKb } from '../../engine/compiled-kb.js';
import { cdsPreflight } from '../../store/cds-calls.js';
import { recordCdsFeedback } from '../../store/cds-feedback.js';
import type { Executor } from '../../store/executor.js';
import type { Database } from '../../store/schema.js';
import { auditedWrite } from '../audit/record.js';
import type { ServerConfig } from '../config.js';
import { ApiError, type FieldError } from '../errors.js';
import { errorBody } from '../schemas.js';
import { today } from '../today.js';
import { cardsFor, SUMMARY_MAX, type CardContext } from './cards.js';
import { normaliseBase } from './config.js';
import { aboutPatient, evaluateDraft, importResources, locateIssue, patientDraftOf, resourcesOf } from './evaluate.js';
import { fetchPrefetch, FhirFetchError, fillTemplate, isAllowedFhirServer } from './fhir-fetch.js';
import { CdsJwtVerifier, consume, jtiKey, replayed, type CdsCaller, type JtiRecord } from './jwt.js';
import { countCall, countFailure, issuerKey, refuse, WINDOW_MS } from './limits.js';
import { patientLink } from './patient-link.js';
import { bodyErrors, feedbackSchema, patientViewRequestSchema } from './request.js';
import { DISCOVERY, PREFETCH, PREFETCH_KEYS, SERVICE_ID, type PrefetchKey } from './service.js';

/** The base URL EHRs call (JWT audience): SPINEPATH_PUBLIC_URL, or http://localhost:PORT in development and tests. */
export const cdsBaseUrl = (c: ServerConfig): string => c.publicUrl ?? `http://localhost:${c.port}`;
export const SERVICE_PATH = `/cds-services/${SERVICE_ID}`;

const tags = ['cds-hooks'];
const coding = z.object({ system: z.string(), code: z.string(), display: z.string() });
const cardSchema = z.object({
  uuid: z.string(),
  summary: z.string().min(1).max(SUMMARY_MAX),
  indicator: z.enum(['info', 'warning', 'critical']),
  detail: z.string(),
  source: z.object({ label: z.string(), url: z.string().optional(), topic: coding.optional() }),
  links: z.array(z.object({ label: z.string(), url: z.string(), type: z.enum(['absolute', 'smart']) })).optional(),
  overrideReasons: z.array(coding).optional(),
});
const discoverySchema = z.object({
  services: z.array(z.object({ hook: z.string(), title: z.string(), description: z.string(), id: z.string(), prefetch: z.record(z.string(), z.string()), usageRequirements: z.string() })),
});
const cdsErrors = { 400: errorBody, 401: errorBody, 412: errorBody, 413: errorBody, 429: errorBody };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export const cdsHooksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.ctx;
  const cds = config.cds;
  const base = cdsBaseUrl(config);
  const verifier = new CdsJwtVerifier(cds);
  const callers = new WeakMap<FastifyRequest, CdsCaller>();
  /** Checked calls whose jti and count are not written yet: with the audit event on success, by onSend otherwise. */
  const pending = new WeakMap<FastifyRequest, { token?: JtiRecord; key: string }>();
  // Discovery: the server's per-address limit. The service and feedback: per EHR (limits.ts), with no write up front.
  const rateLimit = { max: cds.rateLimitPerMinute, timeWindow: 60_000 };

  /**
   * The EHR's JWT, checked before the body is read (the audience is the full URL of the endpoint called), then the
   * EHR's call limit; only reads, so that a call costs one commit (its audit event, jti and count: `commit`).
   */
  const requireEhr = async (req: FastifyRequest): Promise<void> => {
    const db = app.ctx.store.db;
    const now = app.ctx.clock.now();
    const nowMs = now.getTime();
    let verified: Awaited<ReturnType<CdsJwtVerifier['verifyToken']>>;
    try {
      verified = await verifier.verifyToken(req.headers.authorization, `${base}${req.routeOptions.url}`, now);
      // One read: is the jti in the replay cache, and how many calls has this EHR made this minute?
      const key = issuerKey(verified.iss, req.ip);
      const pre = await cdsPreflight(db, { jtiKey: verified.token ? jtiKey(verified.token.issuer, verified.token.jti) : null, counterKey: key, windowMs: WINDOW_MS, nowMs });
      if (pre.jtiExpiresAt && pre.jtiExpiresAt >= now.toISOString()) throw replayed(verified.token!.jti);
      if (pre.count >= cds.rateLimitPerMinute) throw refuse(verified.iss ? `from ${verified.iss}` : 'without a JWT from this address', cds.rateLimitPerMinute, pre.ttl);
    } catch (e) {
      if (e instanceof ApiError && e.statusCode === 401) throw (await countFailure(db, req.ip, cds.rateLimitPerMinute, nowMs)) ?? e;
      throw e;
    }
    const { token, ...caller } = verified;
    callers.set(req, caller);
    pending.set(req, { token, key: issuerKey(caller.iss, req.ip) });
    req.auditNote.actorId = caller.iss ? `ehr:${caller.iss}` : 'ehr:unsigned';
  };
  /** Consumes the call's jti and counts it against its EHR's limit, in the caller's transaction. */
  const settle = async (db: Executor, p: { token?: JtiRecord; key: string }): Promise<void> => {
    const now = app.ctx.clock.now();
    if (p.token) await consume(db, p.token, now);
    await countCall(db, p.key, now.getTime());
  };
  /** Writes the call's audit event, consumes its jti and counts the call: one transaction. */
  const commit = async <T>(req: FastifyRequest, result: T, extra: { resourceId?: string; patientId?: string; detail?: Record<string, unknown> } = {}, write?: (trx: Transaction<Database>) => Promise<void>): Promise<T> => {
    const p = pending.get(req);
    const out = await auditedWrite(req, 200, async (trx) => {
      if (p) await settle(trx, p);
      if (write) await write(trx);
      return { result, ...extra };
    });
    pending.delete(req);
    return out;
  };
  // Whatever the answer (400, 412, an error), a token that was checked is used up and the call counted.
  app.addHook('onSend', async (req, _reply, payload) => {
    const p = pending.get(req);
    if (p) {
      pending.delete(req);
      await app.ctx.store.db.transaction().execute((trx) => settle(trx, p)).catch((e: unknown) => req.log.warn({ err: e }, 'CDS Hooks: could not record the jti of a refused call'));
    }
    return payload;
  });

  app.get(
    '/cds-services',
    {
      config: { access: { public: true }, audit: false, rateLimit },
      schema: { tags, summary: 'CDS Hooks discovery: the services SpinePath offers and their prefetch templates', response: { 200: discoverySchema } },
    },
    async () => DISCOVERY,
  );

  app.post(
    SERVICE_PATH,
    {
      onRequest: requireEhr,
      bodyLimit: cds.bodyLimit,
      // Validated in the handler, so that envelope errors and errors in the prefetched FHIR data come back together.
      validatorCompiler: () => (data: unknown) => ({ value: data }),
      config: { access: { public: true }, audit: { action: 'execute', resource: 'CdsHooksService' }, rateLimit: false },
      schema: {
        tags,
        summary: 'The patient-view service: red flags, likely causes of PSPS-T2 and next tests as CDS Hooks cards',
        description: 'Authorization: Bearer <JWT signed by an allowlisted EHR>. 412 when neither prefetch nor an allowlisted FHIR server gives anything about the patient.',
        body: patientViewRequestSchema,
        response: { 200: z.object({ cards: z.array(cardSchema) }), ...cdsErrors },
      },
    },
    async (req) => {
      const t = today(app.ctx);
      const body = req.body as unknown;
      const parsed = patientViewRequestSchema.safeParse(body);

      // The prefetched FHIR data is checked even when the envelope is wrong, so one answer names every problem.
      const rawPrefetch = isObject(body) && isObject(body.prefetch) ? body.prefetch : {};
      const usable = Object.fromEntries(Object.entries(rawPrefetch).filter(([, v]) => isObject(v) && typeof v.resourceType === 'string'));
      const all = resourcesOf(usable, 'prefetch', (k) => `body.prefetch.${k}`);
      const contextId = isObject(body) && isObject(body.context) && typeof body.context.patientId === 'string' ? body.context.patientId : '';
      const { kept: prefetched, others } = aboutPatient(all, contextId);
      // Every resource in the request is checked (also those about someone else); the evaluation reads only the patient's.
      const checked = importResources(all, t);
      let imported = prefetched.length === all.length ? checked : importResources(prefetched, t);
      const dataErrors: FieldError[] = checked.result.report.issues
        .filter((i) => i.severity === 'error' || i.severity === 'fatal')
        .map((i) => locateIssue(i, all))
        .filter((i) => i.origin === 'prefetch')
        .map((i) => ({ path: i.path, message: i.message }));
      if (!parsed.success || dataErrors.length) throw new ApiError(400, [...(parsed.success ? [] : bodyErrors(parsed.error)), ...dataErrors]);
      const r = parsed.data;
      const patientId = r.context.patientId;
      const prefetch = r.prefetch ?? {};

      // Which templates the EHR did not satisfy (a key with null means "no data", which is an answer).
      let missingKeys: PrefetchKey[] = PREFETCH_KEYS.filter((k) => !(k in prefetch));
      if (missingKeys.includes('patient') && prefetched.some((x) => x.resource.resourceType === 'Patient' && x.resource.id === patientId)) {
        missingKeys = missingKeys.filter((k) => k !== 'patient');
      }
      const missing: CardContext['missing'] = [];
      const notes: string[] = [];
      let fetchedKeys: PrefetchKey[] = [];
      if (missingKeys.length) {
        const allowed = r.fhirServer ? isAllowedFhirServer(cds.fhirServers, r.fhirServer) : false;
        if (r.fhirServer && r.fhirAuthorization && allowed) {
          let fetched: Awaited<ReturnType<typeof fetchPrefetch>>;
          try {
            fetched = await fetchPrefetch({ fhirServer: r.fhirServer, accessToken: r.fhirAuthorization.access_token, patientId, keys: missingKeys, timeoutMs: cds.fetchTimeoutMs });
          } catch (e) {
            if (!(e instanceof FhirFetchError)) throw e;
            req.log.warn({ fhirServer: r.fhirServer, query: e.query }, 'CDS Hooks: FHIR fetch failed');
            throw new ApiError(412, [{ path: 'body.fhirServer', message: `SpinePath could not read the data it needs from ${r.fhirServer}: ${e.message}` }]);
          }
          fetchedKeys = missingKeys;
          const base = normaliseBase(r.fhirServer);
          const fromServer = aboutPatient(resourcesOf(fetched as Record<string, unknown>, 'fetched', (k) => `(fhirServer) ${base}/${fillTemplate(PREFETCH[k as PrefetchKey].template, { patientId })}`), patientId);
          for (const o of fromServer.others) others.add(o);
          imported = importResources([...prefetched, ...fromServer.kept], t);
          const problems = imported.result.report.issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => locateIssue(i, imported.resources));
          if (problems.length) notes.push(`Data read from the FHIR server had ${problems.length} problem(s), ignored: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}${problems.length > 3 ? '; …' : ''}.`);
        } else {
          const why = !r.fhirServer
            ? 'not prefetched, and no fhirServer to read it from'
            : !r.fhirAuthorization
              ? 'not prefetched, and no fhirAuthorization to read it with'
              : `not prefetched, and ${r.fhirServer} is not on SpinePath's FHIR server allowlist`;
          for (const key of missingKeys) missing.push({ key, reason: why });
        }
      }

      const { draft } = patientDraftOf(imported.result, patientId);
      if (missing.length && draft.resources.length === 0) {
        throw new ApiError(412, [{ path: 'body.prefetch', message: `nothing about Patient/${patientId} was prefetched (${missing.map((m) => m.key).join(', ')} ${missing[0]!.reason}): SpinePath has no data to decide on` }]);
      }
      if (others.size) notes.push(`Data about ${others.size} other patient(s) was set aside: these cards are about Patient/${escape(patientId)} only.`);

      // The link query runs while the engine works (a round trip saved on PostgreSQL).
      const linkQuery = patientLink(app.ctx.store.db, base, draft.aliases, r.fhirServer);
      const evaluation = evaluateDraft(draft, t);
      const link = await linkQuery;
      const kb = evaluation.kind === 'assessed' ? evaluation.assessment.knowledgeBase : kbVersion();
      const cards = cardsFor(evaluation, { appUrl: base, patientUrl: link.url, patientKnown: !!link.patientId, kb, missing, notes });

      const caller = callers.get(req);
      return commit(req, { cards }, {
        resourceId: r.hookInstance,
        ...(link.patientId ? { patientId: link.patientId } : {}),
        detail: {
        iss: caller?.iss ?? null,
        ...(caller?.tenant ? { tenant: caller.tenant } : {}),
        hookInstance: r.hookInstance,
        userId: r.context.userId,
        ehrPatientId: patientId,
        ...(r.fhirServer ? { fhirServer: r.fhirServer } : {}),
        ...(fetchedKeys.length ? { fetched: fetchedKeys } : {}),
        ...(missing.length ? { notReceived: missing.map((m) => m.key) } : {}),
          assessed: evaluation.kind === 'assessed',
          cards: cards.map((c) => ({ uuid: c.uuid, indicator: c.indicator, topic: c.source.topic?.code })),
        },
      });
    },
  );

  app.post(
    `${SERVICE_PATH}/feedback`,
    {
      onRequest: requireEhr,
      config: { access: { public: true }, audit: { action: 'create', resource: 'CdsFeedback' }, rateLimit: false },
      schema: {
        tags,
        summary: 'CDS Hooks feedback: cards the clinician accepted or overrode (with the reason), as the EHR reports them',
        body: feedbackSchema,
        response: { 200: z.object({ recorded: z.number().int() }), ...cdsErrors },
      },
    },
    async (req) => {
      const caller = callers.get(req);
      const receivedAt = app.ctx.clock.now().toISOString();
      const items = req.body.feedback;
      const detail = { iss: caller?.iss ?? null, feedback: items.map((f) => ({ card: f.card, outcome: f.outcome, ...(f.overrideReason?.reason?.code ? { reason: f.overrideReason.reason.code } : {}) })) };
      return commit(req, { recorded: items.length }, { detail }, async (trx) => {
        const ids = await recordCdsFeedback(
          trx,
          items.map((f) => ({
            serviceId: SERVICE_ID,
            cardUuid: f.card,
            outcome: f.outcome,
            ...(f.overrideReason ? { overrideReason: f.overrideReason } : {}),
            ...(f.acceptedSuggestions ? { acceptedSuggestions: f.acceptedSuggestions.map((s) => ({ id: s.id })) } : {}),
            outcomeTimestamp: f.outcomeTimestamp,
            issuer: caller?.iss ?? null,
            tenant: caller?.tenant ?? null,
            receivedAt,
          })),
        );
        req.auditNote.resourceId = ids[0]!;
      });
    },
  );
};

const escape = (s: string): string => s.replace(/[^A-Za-z0-9\-.]/g, '');

function kbVersion(): { version: string; hash: string } {
  const { kb, hash } = compiledKb();
  return { version: kb.version, hash };
}

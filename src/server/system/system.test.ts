import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/harness.js';

describe('health, readiness, OpenAPI and /docs', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers health and readiness with versions', async () => {
    expect((await t.call(t.callers.anonymous, 'GET', '/health')).json()).toEqual({ status: 'ok' });
    const r = (await t.call(t.callers.anonymous, 'GET', '/ready')).json();
    expect(r).toMatchObject({ status: 'ready', database: 'sqlite', knowledgeBase: { version: expect.any(String), hash: expect.any(String) } });
  });

  it('documents every API route in /openapi.json, with request schemas', async () => {
    const doc = (await t.call(t.callers.anonymous, 'GET', '/openapi.json')).json() as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>> };
    expect(doc.openapi).toBe('3.0.3');
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`)));
    const api = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
    expect(api.filter((r) => !documented.has(r))).toEqual([]);
    expect(doc.paths['/api/patients/{patientId}/findings']!.post!.requestBody).toBeDefined();
  });

  it('serves the browsable documentation at /docs', async () => {
    const r = await t.call(t.callers.anonymous, 'GET', '/docs');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Swagger UI');
  });
});

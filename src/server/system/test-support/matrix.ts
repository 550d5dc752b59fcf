/** Authorisation matrix rows: health, readiness, the OpenAPI document and the documentation UI (all public). */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /health': { request: () => ({ url: '/health' }), expect: expect.public(200) },
  'GET /ready': { request: () => ({ url: '/ready' }), expect: expect.public(200) },
  'GET /openapi.json': { request: () => ({ url: '/openapi.json' }), expect: expect.public(200) },
  'GET /docs': { request: () => ({ url: '/docs' }), expect: expect.public(200) },
  'GET /docs/static/index.html': { request: () => ({ url: '/docs/static/index.html' }), expect: expect.public(302) },
  'GET /docs/static/swagger-initializer.js': { request: () => ({ url: '/docs/static/swagger-initializer.js' }), expect: expect.public(200) },
  'GET /docs/json': { request: () => ({ url: '/docs/json' }), expect: expect.public(200) },
  'GET /docs/yaml': { request: () => ({ url: '/docs/yaml' }), expect: expect.public(200) },
  'GET /docs/static/*': { request: () => ({ url: '/docs/static/swagger-ui.css' }), expect: expect.public(200) },
};

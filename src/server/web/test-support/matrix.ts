/**
 * Authorisation matrix rows: the web app. `GET /*` serves the app's files to anyone (whether built or not is not an
 * authorisation question), so the row checks what must hold for every caller: an unknown path under a server prefix
 * stays a JSON 404 with an errors list, never the app's index.html.
 */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /*': { request: () => ({ url: '/api/no-such-route' }), expect: expect.public(404) },
};

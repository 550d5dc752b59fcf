/**
 * The authorisation matrix: for every route of the server, the exact status each of six callers gets. Each feature
 * folder keeps its rows in `<feature>/test-support/matrix.ts` (export `matrix`), next to its routes;
 * `authorization-matrix.test.ts` finds them all, builds the route table from the running app and fails for any route
 * without a row, so a new route cannot escape it.
 *
 * Outcomes chosen (docs/server.md, "Authorisation"): not signed in 401; signed in with the wrong role 403; the right
 * role but somebody else's patient (another patient, or a clinician outside the patient's care team) 404, the same
 * as for a patient that does not exist.
 */
import type { Caller, TestServer } from './harness.js';

export const PRINCIPALS = ['anonymous', 'patientA', 'patientB', 'clinicianOut', 'clinicianIn', 'admin'] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

/** Records the matrix requests act on (patient A's record), made once before the matrix runs. */
export interface MatrixFixtures {
  patientId: string;
  assessmentId: string;
  /** A recommendation key of that assessment. */
  recommendation: string;
  planId: string;
  stepId: string;
  responseId: string;
}

export interface CellContext {
  t: TestServer;
  name: PrincipalName;
  caller: Caller;
  f: MatrixFixtures;
}

export interface CellRequest {
  url: string;
  body?: unknown;
  /** Use another caller for this cell (e.g. a fresh session for sign-out). */
  caller?: Caller;
  /** Undo what the request changed, so later cells see the same world. */
  after?: () => Promise<void>;
}

export interface MatrixEntry {
  request: (ctx: CellContext) => CellRequest | Promise<CellRequest>;
  expect: Record<PrincipalName, number>;
}

/** Rows keyed "METHOD /url" exactly as the route is registered. */
export type MatrixTable = Record<string, MatrixEntry>;

const row = (anonymous: number, patientA: number, patientB: number, clinicianOut: number, clinicianIn: number, admin: number) => ({ anonymous, patientA, patientB, clinicianOut, clinicianIn, admin });

/** Expected outcomes by access rule; `ok` is the success status (200, 201, 204). */
export const expect = {
  /** Anyone, signed in or not. */
  public: (ok: number) => row(ok, ok, ok, ok, ok, ok),
  /** Any signed-in user. */
  signedIn: (ok: number) => row(401, ok, ok, ok, ok, ok),
  /** Patients, on their own record (/api/me/...). */
  patientOnly: (ok: number) => row(401, ok, ok, 403, 403, 403),
  /** Clinicians, not tied to one record (lists, create). */
  clinicianOnly: (ok: number) => row(401, 403, 403, ok, ok, 403),
  adminOnly: (ok: number) => row(401, 403, 403, 403, 403, ok),
  /** Patient A's record, readable by patient A and clinicians of A's care team. */
  record: (ok: number) => row(401, ok, 404, 404, ok, 403),
  /** Patient A's record, clinicians of A's care team only. */
  clinicianRecord: (ok: number) => row(401, 403, 403, 404, ok, 403),
  /** Clinicians and admins, not tied to a record (reference data). */
  clinicianOrAdmin: (ok: number) => row(401, 403, 403, ok, ok, ok),
  custom: row,
};

/** `/api/patients/:patientId/...` for patient A. */
export const pa = (c: CellContext, rest = ''): string => `/api/patients/${c.f.patientId}${rest}`;

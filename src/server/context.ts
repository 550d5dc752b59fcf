/**
 * What every route can reach: configuration, the store, the clock, and the per-request principal and audit note.
 * Route options carry `config.access` (who may call it) and `config.audit` (what it records): a route without an
 * access rule is refused at start-up (app.ts), and the authorisation matrix test covers every route.
 */
import type { Role } from '../store/schema.js';
import type { Clock } from '../store/clock.js';
import type { Store } from '../store/connect.js';
import type { ServerConfig } from './config.js';

export interface AppContext {
  config: ServerConfig;
  store: Store;
  clock: Clock;
  /** The secret that signs cookies and CSRF tokens (configured, or generated and kept in the database in development). */
  secret: string;
}

export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** For patients: their own record. */
  patientId: string | null;
  /** For clinicians: the care teams they belong to. */
  teamIds: string[];
  via: 'session' | 'token';
  sessionIdHash?: string;
  tokenId?: string;
}

/**
 * Who may call a route.
 * - `public`: anyone (sign-in, health, API documents).
 * - `roles`: signed in with one of these roles (403 otherwise).
 * - `roles` + `patientParam`: and the patient in that path parameter must be theirs: the patient's own record, or a
 *   patient of one of the clinician's care teams. Anything else is 404, the same answer as for a patient that does
 *   not exist, so a record's existence never leaks across care teams.
 */
export type Access = { public: true } | { roles: readonly Role[]; patientParam?: string };

export type AuditAction = 'read' | 'search' | 'create' | 'update' | 'delete' | 'export' | 'execute' | 'login' | 'logout';

export interface AuditSpec {
  action: AuditAction;
  /** What kind of thing: Patient, Finding, Assessment, Session, User, AuditEvent... */
  resource: string;
}

export interface AuditNote {
  recorded: boolean;
  resourceId?: string;
  patientId?: string;
  actorId?: string;
  detail?: Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Audit every call (patient data, sign-in, administration); false: nothing worth recording (health, docs). */
    audit?: AuditSpec | false;
  }
  interface FastifyInstance {
    ctx: AppContext;
    /** Every route as registered (method, URL, access rule, audit): the authorisation matrix is generated from it. */
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    principal: Principal | null;
    auditNote: AuditNote;
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
  audit: AuditSpec | false;
}

export const ALL_ROLES: readonly Role[] = ['patient', 'clinician', 'admin'];

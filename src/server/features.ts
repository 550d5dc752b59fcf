/**
 * The feature plugins, in registration order. Each lives in src/server/<feature>/routes.ts and declares on every
 * route who may call it (`config.access`) and what it audits (`config.audit`). A new feature (CDS Hooks, PDF
 * letters, FHIR) adds one line here; the authorisation matrix test then requires an entry for each of its routes.
 */
import type { FastifyPluginAsync } from 'fastify';
import { adminRoutes } from './admin/routes.js';
import { assessmentRoutes } from './assessments/routes.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { caseloadRoutes } from './caseload/routes.js';
import { fhirRoutes } from './fhir/routes.js';
import { cdsHooksRoutes } from './cds-hooks/routes.js';
import { careProfileRoutes } from './care-profile/routes.js';
import { casePartRoutes } from './case-parts/routes.js';
import { knowledgeRoutes } from './knowledge/routes.js';
import { letterRoutes } from './letters/routes.js';
import { meRoutes } from './me/routes.js';
import { myPlanRoutes } from './my-plan/routes.js';
import { outcomeRoutes } from './outcomes/routes.js';
import { patientRoutes } from './patients/routes.js';
import { planRoutes } from './plans/routes.js';
import { questionnaireRoutes } from './questionnaires/routes.js';
import { signOffRoutes } from './sign-off/routes.js';
import { systemRoutes } from './system/routes.js';
import { webRoutes } from './web/routes.js';

export const FEATURES: FastifyPluginAsync[] = [
  systemRoutes,
  authRoutes,
  meRoutes,
  patientRoutes,
  casePartRoutes,
  careProfileRoutes,
  questionnaireRoutes,
  assessmentRoutes,
  signOffRoutes,
  planRoutes,
  outcomeRoutes,
  adminRoutes,
  auditRoutes,
  caseloadRoutes,
  knowledgeRoutes,
  myPlanRoutes,
  cdsHooksRoutes,
  fhirRoutes,
  letterRoutes,
  // Last: the web app and its fallback for every other GET path.
  webRoutes,
];

/**
 * Administration (role admin): accounts, care teams and their clinicians, and which care team a patient belongs to.
 * Admins see patients only by id, record number and team: no names, no clinical data.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../store/schema.js';
import { getPatient, updatePatient } from '../../store/patients.js';
import { deleteSessionsOfUser } from '../../store/sessions.js';
import { addMember, createTeam, findTeamByName, getTeam, listTeams, removeMember } from '../../store/teams.js';
import { createUser, findUserRowByEmail, getUser, listUsers, updateUser } from '../../store/users.js';
import { auditedWrite } from '../audit/record.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { conflict, notFound, unprocessable, type FieldError } from '../errors.js';
import { errorResponses, idParam, paging, userSchema } from '../schemas.js';

const ADMIN = ['admin'] as const;
const tags = ['admin'];
const teamSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), members: z.array(z.string()) });

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;
  const now = () => app.ctx.clock.now().toISOString();

  app.get(
    '/api/admin/users',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'search', resource: 'User' } },
      schema: { tags, summary: 'Accounts', querystring: z.object({ role: z.enum(ROLES).optional() }).strict(), response: { 200: z.object({ users: z.array(userSchema) }), ...errorResponses } },
    },
    async (req) => ({ users: await listUsers(db(), { role: req.query.role }) }),
  );

  app.post(
    '/api/admin/users',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'create', resource: 'User' } },
      schema: {
        tags,
        summary: 'Create an account (a patient account is linked to its record; clinicians can be put in care teams)',
        body: z
          .object({
            email: z.email().max(320),
            displayName: z.string().trim().min(1).max(200),
            role: z.enum(ROLES),
            password: z.string().min(1).max(256),
            patientId: idParam.optional(),
            careTeamIds: z.array(idParam).max(50).optional(),
          })
          .strict(),
        response: { 201: userSchema, ...errorResponses, 409: errorResponses[400] },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const errors: FieldError[] = [];
      const problem = passwordProblem(b.password, b.email);
      if (problem) errors.push({ path: 'body.password', message: problem });
      if (b.role === 'patient' && !b.patientId) errors.push({ path: 'body.patientId', message: 'a patient account needs the patient record it may see' });
      if (b.role !== 'patient' && b.patientId) errors.push({ path: 'body.patientId', message: 'only patient accounts are linked to a record' });
      if (b.patientId && !(await getPatient(db(), b.patientId))) errors.push({ path: 'body.patientId', message: 'no such patient' });
      if (b.careTeamIds?.length && b.role !== 'clinician') errors.push({ path: 'body.careTeamIds', message: 'only clinicians belong to care teams' });
      for (const [i, t] of (b.careTeamIds ?? []).entries()) if (!(await getTeam(db(), t))) errors.push({ path: `body.careTeamIds[${i}]`, message: 'no such care team' });
      if (errors.length) throw unprocessable(errors);
      const hash = await hashPassword(b.password, app.ctx.config.passwordHash);
      const user = await auditedWrite(req, 201, async (trx) => {
        if (await findUserRowByEmail(trx, b.email)) throw conflict('body.email', 'an account with this e-mail exists');
        const u = await createUser(trx, { email: b.email, displayName: b.displayName, role: b.role, passwordHash: hash, patientId: b.patientId ?? null }, now());
        for (const t of b.careTeamIds ?? []) await addMember(trx, t, u.id, now());
        return { result: u, resourceId: u.id, detail: { role: u.role } };
      });
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/api/admin/users/:userId',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'update', resource: 'User' } },
      schema: {
        tags,
        summary: 'Rename, disable or enable, unlock, or set a new password (disabling or a new password ends its sessions)',
        params: z.object({ userId: idParam }).strict(),
        body: z
          .object({ displayName: z.string().trim().min(1).max(200).optional(), disabled: z.boolean().optional(), unlock: z.literal(true).optional(), password: z.string().min(1).max(256).optional() })
          .strict()
          .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' }),
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (req) => {
      const b = req.body;
      const existing = await getUser(db(), req.params.userId);
      if (!existing) throw notFound('user', 'params.userId');
      if (b.disabled && existing.id === req.principal!.userId) throw unprocessable([{ path: 'body.disabled', message: 'you cannot disable your own account' }]);
      const problem = b.password !== undefined ? passwordProblem(b.password, existing.email) : undefined;
      if (problem) throw unprocessable([{ path: 'body.password', message: problem }]);
      const hash = b.password !== undefined ? await hashPassword(b.password, app.ctx.config.passwordHash) : undefined;
      return auditedWrite(req, 200, async (trx) => {
        await updateUser(
          trx,
          existing.id,
          {
            ...(b.displayName !== undefined ? { displayName: b.displayName } : {}),
            ...(b.disabled !== undefined ? { disabled: b.disabled } : {}),
            ...(b.unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
            ...(hash ? { passwordHash: hash } : {}),
          },
          now(),
        );
        if (b.disabled || hash) await deleteSessionsOfUser(trx, existing.id);
        return { result: (await getUser(trx, existing.id))!, detail: { fields: Object.keys(b) } };
      });
    },
  );

  app.get(
    '/api/admin/care-teams',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'search', resource: 'CareTeam' } },
      schema: { tags, summary: 'Care teams with their clinicians', response: { 200: z.object({ careTeams: z.array(teamSchema) }), ...errorResponses } },
    },
    async () => ({ careTeams: await listTeams(db()) }),
  );

  app.post(
    '/api/admin/care-teams',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'create', resource: 'CareTeam' } },
      schema: { tags, summary: 'Create a care team', body: z.object({ name: z.string().trim().min(1).max(200) }).strict(), response: { 201: teamSchema, ...errorResponses, 409: errorResponses[400] } },
    },
    async (req, reply) => {
      const team = await auditedWrite(req, 201, async (trx) => {
        if (await findTeamByName(trx, req.body.name)) throw conflict('body.name', 'a care team with this name exists');
        const t = await createTeam(trx, req.body.name, now());
        return { result: { ...t, members: [] as string[] }, resourceId: t.id };
      });
      return reply.code(201).send(team);
    },
  );

  const memberParams = z.object({ teamId: idParam, userId: idParam }).strict();

  app.put(
    '/api/admin/care-teams/:teamId/members/:userId',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'update', resource: 'CareTeam' } },
      schema: { tags, summary: 'Add a clinician to a care team', params: memberParams, response: { 204: z.undefined(), ...errorResponses } },
    },
    async (req, reply) => {
      if (!(await getTeam(db(), req.params.teamId))) throw notFound('care team', 'params.teamId');
      const u = await getUser(db(), req.params.userId);
      if (!u) throw notFound('user', 'params.userId');
      if (u.role !== 'clinician') throw unprocessable([{ path: 'params.userId', message: `only clinicians belong to care teams (this account is ${u.role})` }]);
      await auditedWrite(req, 204, async (trx) => {
        await addMember(trx, req.params.teamId, u.id, now());
        return { result: null, resourceId: req.params.teamId, detail: { added: u.id } };
      });
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/admin/care-teams/:teamId/members/:userId',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'update', resource: 'CareTeam' } },
      schema: { tags, summary: 'Remove a clinician from a care team', params: memberParams, response: { 204: z.undefined(), ...errorResponses } },
    },
    async (req, reply) => {
      await auditedWrite(req, 204, async (trx) => {
        if (!(await removeMember(trx, req.params.teamId, req.params.userId))) throw notFound('membership', 'params.userId');
        return { result: null, resourceId: req.params.teamId, detail: { removed: req.params.userId } };
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/admin/patients',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'search', resource: 'Patient' } },
      schema: {
        tags,
        summary: 'Patients by id, record number and care team only',
        querystring: z.object(paging).strict(),
        response: { 200: z.object({ patients: z.array(z.object({ id: z.string(), mrn: z.string().nullable(), careTeamId: z.string(), createdAt: z.string() })) }), ...errorResponses },
      },
    },
    async (req) => {
      const rows = await db().selectFrom('patients').select(['id', 'mrn', 'care_team_id', 'created_at']).orderBy('created_at').orderBy('id').limit(req.query.limit).offset(req.query.offset).execute();
      return { patients: rows.map((r) => ({ id: r.id, mrn: r.mrn, careTeamId: r.care_team_id, createdAt: r.created_at })) };
    },
  );

  app.put(
    '/api/admin/patients/:patientId/care-team',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'update', resource: 'Patient' } },
      schema: {
        tags,
        summary: "Move a patient to another care team (the old team's clinicians lose access)",
        params: z.object({ patientId: idParam }).strict(),
        body: z.object({ careTeamId: idParam }).strict(),
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (req, reply) => {
      if (!(await getTeam(db(), req.body.careTeamId))) throw unprocessable([{ path: 'body.careTeamId', message: 'no such care team' }]);
      await auditedWrite(req, 204, async (trx) => {
        const p = await getPatient(trx, req.params.patientId);
        if (!p) throw notFound('patient', 'params.patientId');
        await updatePatient(trx, p.id, { careTeamId: req.body.careTeamId }, now());
        return { result: null, patientId: p.id, detail: { from: p.careTeamId, to: req.body.careTeamId } };
      });
      return reply.code(204).send();
    },
  );
};

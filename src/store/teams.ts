/** Care teams and their clinicians. A patient belongs to one care team; a clinician may belong to several. */
import type { Executor } from './executor.js';
import { newId } from './ids.js';

export interface CareTeam {
  id: string;
  name: string;
  createdAt: string;
}

export async function createTeam(db: Executor, name: string, now: string): Promise<CareTeam> {
  const t = { id: newId(), name, created_at: now };
  await db.insertInto('care_teams').values(t).execute();
  return { id: t.id, name, createdAt: now };
}

export async function getTeam(db: Executor, id: string): Promise<CareTeam | undefined> {
  const r = await db.selectFrom('care_teams').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, name: r.name, createdAt: r.created_at };
}

export async function findTeamByName(db: Executor, name: string): Promise<CareTeam | undefined> {
  const r = await db.selectFrom('care_teams').selectAll().where('name', '=', name).executeTakeFirst();
  return r && { id: r.id, name: r.name, createdAt: r.created_at };
}

export async function listTeams(db: Executor): Promise<(CareTeam & { members: string[] })[]> {
  const teams = await db.selectFrom('care_teams').selectAll().orderBy('name').execute();
  const members = await db.selectFrom('care_team_members').select(['team_id', 'user_id']).execute();
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.created_at,
    members: members.filter((m) => m.team_id === t.id).map((m) => m.user_id).sort(),
  }));
}

export async function addMember(db: Executor, teamId: string, userId: string, now: string): Promise<void> {
  await db
    .insertInto('care_team_members')
    .values({ team_id: teamId, user_id: userId, created_at: now })
    .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
    .execute();
}

export async function removeMember(db: Executor, teamId: string, userId: string): Promise<boolean> {
  const r = await db.deleteFrom('care_team_members').where('team_id', '=', teamId).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function teamIdsOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('care_team_members').select('team_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.team_id).sort();
}

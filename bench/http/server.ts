/**
 * Child process of bench/http/run.ts: the real SpinePath server started the way `npm start` starts it
 * (startServer: configuration from the environment, production refusals, migrations, listen), plus the fixtures the
 * import benchmark needs, written straight into the database: a care team, a clinician with an API token, and
 * patients with the AHRQ test patient's demographics. Prints one line `READY {json}` on stdout.
 */
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/server/auth/password.js';
import { startServer } from '../../src/server/main.js';
import { createPatient } from '../../src/store/patients.js';
import { addMember, createTeam } from '../../src/store/teams.js';
import { createApiToken } from '../../src/store/tokens.js';
import { createUser } from '../../src/store/users.js';

const patients = Number(process.env.BENCH_PATIENTS ?? '0');
const running = await startServer({ print: () => undefined });
const db = running.store.db;
const now = new Date().toISOString();
const team = await createTeam(db, `Bench ${randomBytes(4).toString('hex')}`, now);
const user = await createUser(db, { email: `bench.${randomBytes(4).toString('hex')}@example.org`, displayName: 'Bench clinician', role: 'clinician', passwordHash: await hashPassword(randomBytes(24).toString('base64'), running.config.passwordHash) }, now);
await addMember(db, team.id, user.id, now);
const { token } = await createApiToken(db, { userId: user.id, name: 'bench', now, expiresAt: null });
const ids: string[] = [];
await db.transaction().execute(async (trx) => {
  for (let i = 0; i < patients; i++) ids.push((await createPatient(trx, { careTeamId: team.id, familyName: 'Jackson', givenName: 'Brenda', birthDate: '1961-01-25', sex: 'female', mrn: null }, user.id, now)).id);
});
const ready = { url: running.url, token, patientIds: ids, database: running.store.location, mode: running.config.mode, logLevel: running.config.logLevel };
if (process.send) process.send({ ready });
else process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

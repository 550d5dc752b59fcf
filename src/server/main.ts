/**
 * Starting the server (`npm start`): read the configuration, refuse an unsafe production configuration, open and
 * migrate the database, settle the secret, create the first admin (SPINEPATH_ADMIN_EMAIL/PASSWORD) or the demo data
 * (development), listen, and shut down gracefully on SIGTERM/SIGINT (stop accepting, finish requests in flight,
 * close the database).
 */
import type { FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '../store/clock.js';
import { openStore, type Store } from '../store/connect.js';
import { randomToken } from '../store/ids.js';
import { migrateToLatest } from '../store/migrate.js';
import { deleteExpiredSessions } from '../store/sessions.js';
import { purgeCounters } from '../store/rate-limits.js';
import { purgeExpiredJti } from '../store/cds-jti.js';
import { setSettingOnce } from '../store/settings.js';
import { countUsers, createUser, findUserRowByEmail } from '../store/users.js';
import { buildApp } from './app.js';
import { hashPassword } from './auth/password.js';
import { loadConfig, unsafeProductionSettings, type ServerConfig } from './config.js';
import { formatCredentials, seedDemo } from './seed/demo.js';

export class StartupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface Running {
  app: FastifyInstance;
  store: Store;
  config: ServerConfig;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  print?: (s: string) => void;
}

async function resolveSecret(store: Store, config: ServerConfig): Promise<string> {
  if (config.secret) return config.secret;
  // Development only (production refuses to start without SPINEPATH_SECRET): one generated secret kept in the database,
  // so sessions survive restarts and several development servers on one database agree.
  return setSettingOnce(store.db, 'development-secret', randomToken(48));
}

async function productionDataProblems(store: Store): Promise<string[]> {
  const demoUsers = await countUsers(store.db, { demo: true });
  const demoPatients = Number((await store.db.selectFrom('patients').select((eb) => eb.fn.countAll<number>().as('n')).where('demo', '=', 1).executeTakeFirstOrThrow()).n);
  return demoUsers || demoPatients
    ? [`the database holds demo data (${demoUsers} demo accounts, ${demoPatients} demo patients): production needs a database without it (docs/operations.md)`]
    : [];
}

async function bootstrapAdmin(store: Store, config: ServerConfig, now: Date, print: (s: string) => void): Promise<void> {
  const b = config.bootstrapAdmin;
  if (!b || (await findUserRowByEmail(store.db, b.email))) return;
  const hash = await hashPassword(b.password, config.passwordHash);
  await createUser(store.db, { email: b.email, displayName: 'Administrator', role: 'admin', passwordHash: hash }, now.toISOString());
  print(`created the admin account ${b.email} (from SPINEPATH_ADMIN_EMAIL)\n`);
}

function housekeeping(store: Store, clock: Clock, log: FastifyInstance['log']): NodeJS.Timeout {
  const t = setInterval(() => {
    const now = clock.now();
    Promise.all([deleteExpiredSessions(store.db, now.toISOString()), purgeCounters(store.db, now.getTime() - 24 * 3600_000), purgeExpiredJti(store.db, now.toISOString())]).catch((e: unknown) =>
      log.warn({ err: e }, 'housekeeping failed'),
    );
  }, 10 * 60_000);
  t.unref();
  return t;
}

export async function startServer(opts: StartOptions = {}): Promise<Running> {
  const env = opts.env ?? process.env;
  const print = opts.print ?? ((s: string) => process.stdout.write(s));
  const clock = opts.clock ?? systemClock;
  const { config, errors } = loadConfig(env);
  if (errors.length) throw new StartupError(errors);
  const unsafe = unsafeProductionSettings(config);
  if (unsafe.length) throw new StartupError(unsafe.map((u) => `unsafe production configuration: ${u}`));

  const store = await openStore({ databaseUrl: config.databaseUrl, pgSchema: config.pgSchema, sqliteFile: config.sqliteFile, sqliteSynchronous: config.sqliteSynchronous });
  try {
    const applied = await migrateToLatest(store);
    if (applied.length) print(`database ${store.location}: applied ${applied.join(', ')}\n`);
    if (config.mode === 'production') {
      const problems = await productionDataProblems(store);
      if (problems.length) throw new StartupError(problems);
    }
    const secret = await resolveSecret(store, config);
    await bootstrapAdmin(store, config, clock.now(), print);
    if (config.demo && config.mode !== 'production') {
      const creds = await seedDemo(store, config, clock.now(), (m) => print(`${m}\n`));
      if (creds) print(`\n${formatCredentials(creds)}\n`);
    }
    const app = await buildApp({ config, store, secret, clock });
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    const timer = housekeeping(store, clock, app.log);
    print(`SpinePath (${config.mode}) on ${url}  (API docs ${url}/docs, database ${store.location})\n`);
    let closing: Promise<void> | undefined;
    return {
      app,
      store,
      config,
      url,
      close: () =>
        (closing ??= (async () => {
          clearInterval(timer);
          await app.close();
          await store.close();
        })()),
    };
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
}

/**
 * Child process of bench/http/run.ts: the baseline. A bare Fastify server (no logger, no plugins, no audit, no rate
 * limit) whose routes do the same JWT verification as the CDS Hooks service and the same JSON parsing, and nothing
 * else: `POST /bare` verifies the token (ES384 signature, iss, jku, aud, exp, iat, jti) and records its jti in the
 * same replay cache in the same kind of database; `POST /bare-no-db` only checks signature and claims. Both answer
 * `{"ok":true}` once Fastify has parsed the body. Prints `READY {json}`.
 */
import Fastify from 'fastify';
import { loadConfig } from '../../src/server/config.js';
import { CdsJwtVerifier } from '../../src/server/cds-hooks/jwt.js';
import { openStore } from '../../src/store/connect.js';
import { migrateToLatest } from '../../src/store/migrate.js';

const { config, errors } = loadConfig(process.env);
if (errors.length) throw new Error(errors.join('\n'));
const store = await openStore({ databaseUrl: config.databaseUrl, pgSchema: config.pgSchema, sqliteFile: config.sqliteFile, sqliteSynchronous: config.sqliteSynchronous });
await migrateToLatest(store);
const verifier = new CdsJwtVerifier(config.cds);
const app = Fastify({ bodyLimit: config.cds.bodyLimit });
app.post('/bare', { onRequest: async (req) => void (await verifier.verifyAndRemember(store.db, req.headers.authorization, `${config.publicUrl}/bare`, new Date())) }, async () => ({ ok: true }));
app.post('/bare-no-db', { onRequest: async (req) => void (await verifier.verify(req.headers.authorization, `${config.publicUrl}/bare-no-db`, new Date())) }, async () => ({ ok: true }));
await app.listen({ host: config.host, port: config.port });
const ready = { url: `http://${config.host}:${config.port}`, database: store.location };
if (process.send) process.send({ ready });
else process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
const stop = () => void app.close().then(() => store.close()).then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

/**
 * HTTP benchmarks with autocannon against real listening servers in production settings (issue 5, "Tests and
 * measurements"), on SQLite and on PostgreSQL:
 *
 * 1. CDS Hooks: POST /cds-services/spinepath-patient-view with the AHRQ test patient as prefetch, each request with
 *    a fresh ES384 JWT (a pre-signed pool; the replay cache refuses any reuse), audit on, the database rate limiter
 *    on, request logging at the production level. Compared with a bare Fastify route doing the same JWT verification
 *    (with the jti written to the same replay cache) and the same JSON parsing and nothing else. Requests/s at
 *    saturation, then p99 at half the saturating rate.
 * 2. FHIR import: POST /api/patients/:patientId/fhir-import of the AHRQ bundle (a clinician's API token), each
 *    request into a patient the bundle has not been imported into yet (so every request writes its records), and
 *    again into the same patients (nothing new: the idempotent path); against JSON.parse of the same bundle.
 *
 * Servers run in child processes (bench/http/server.ts starts SpinePath with startServer, as `npm start` does;
 * bench/http/bare.ts the baseline); autocannon runs here. Loopback only.
 * Run: npx tsx bench/http/run.ts [--db=sqlite|postgres|both] [--only=cds|import] [--seconds=10] [--write]
 * (--only runs one half, for quick comparisons; --write needs both halves. BENCH_PROF=<dir>: the SpinePath server
 * child writes a V8 CPU profile there.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { writePerformanceSection } from '../harness.js';
import { SERVICE_PATH } from '../../src/server/cds-hooks/routes.js';
import { AHRQ_BUNDLE_URL, AHRQ_PATIENT_ID, ahrqPrefetch } from '../../src/server/cds-hooks/test-support/fhir-stand-in.js';
import { SANDBOX_ISSUER, signSandboxJwt } from '../../src/server/cds-hooks/test-support/sandbox-key.js';
import { PG_TEST_URL } from '../../src/store/test-support/databases.js';

const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? def;
const kinds = (arg('db', 'both') === 'both' ? ['sqlite', 'postgres'] : [arg('db', 'sqlite')]) as ('sqlite' | 'postgres')[];
const only = arg('only', 'both');
const write = process.argv.includes('--write');
if (write && only !== 'both') throw new Error('--write records both halves: drop --only');
const CONNECTIONS = 16;
const RUN_SECONDS = Number(arg('seconds', '10'));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

interface Child {
  proc: ChildProcess;
  ready: Record<string, unknown> & { url: string };
}

/** Starts a child (tsx loader) with `env`, its stdout (request logs) to /dev/null, and waits for its READY message. */
function start(script: string, env: NodeJS.ProcessEnv, profileDir?: string): Promise<Child> {
  const out = openSync('/dev/null', 'w');
  const execArgv = ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const proc = fork(new URL(script, import.meta.url).pathname, [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', out, 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    proc.on('message', (m: { ready?: Child['ready'] }) => m.ready && resolve({ proc, ready: m.ready }));
  });
}
const stop = (c: Child) => new Promise<void>((resolve) => (c.proc.exitCode !== null ? resolve() : (c.proc.once('exit', () => resolve()), c.proc.kill('SIGTERM'))));

async function tokens(aud: string, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i += 200) out.push(...(await Promise.all(Array.from({ length: Math.min(200, n - i) }, () => signSandboxJwt({ aud, lifetime: 900 })))));
  return out;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  bad: number;
}

async function load(url: string, paths: (i: number) => string, body: string, auth: (i: number) => string, amount: number, overallRate?: number): Promise<Load> {
  let i = 0;
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    timeout: 60,
    ...(overallRate ? { overallRate } : {}),
    requests: [
      {
        method: 'POST',
        body,
        setupRequest: (req) => {
          const n = i++;
          return { ...req, path: paths(n), headers: { 'content-type': 'application/json', authorization: auth(n) } };
        },
      },
    ],
  });
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad) console.warn(`  ${bad} of ${r.requests.total} requests failed: ${JSON.stringify(r.statusCodeStats)}`);
  return { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, bad };
}

/**
 * An open-loop run at a steady rate: request i is due at t0 + i/rate and its latency is counted from that moment
 * (so a stalled server cannot hide queued requests). autocannon's rate limit sends each connection's quota for the
 * second in a burst at the start of the second, which measures burst queueing rather than latency at a rate.
 */
async function paced(url: string, path: string, body: string, auth: (i: number) => string, rate: number, count: number): Promise<Load> {
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const payload = Buffer.from(body);
  const lat: number[] = [];
  let bad = 0;
  const done: Promise<void>[] = [];
  const t0 = performance.now() + 50;
  for (let i = 0; i < count; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0.5) await new Promise((r) => setTimeout(r, wait));
    done.push(
      new Promise<void>((resolve) => {
        const req = http.request(
          { host: u.hostname, port: u.port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, authorization: auth(i) } },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode !== 200) bad++;
              lat.push(performance.now() - due);
              resolve();
            });
          },
        );
        req.on('error', () => {
          bad++;
          resolve();
        });
        req.end(payload);
      }),
    );
  }
  await Promise.all(done);
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  lat.sort((a, b) => a - b);
  const q = (p: number) => Math.round(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]! * 10) / 10;
  if (bad) console.warn(`  ${bad} of ${count} paced requests failed`);
  return { rps: count / elapsed, p50: q(0.5), p99: q(0.99), requests: count, bad };
}

/** Saturating rate (after a probe sizes the run), then p99 at half that rate. */
async function saturateThenHalf(name: string, url: string, path: string, body: string, aud: string): Promise<{ sat: Load; half: Load }> {
  const probeTokens = await tokens(aud, 300);
  const probe = await load(url, () => path, body, (n) => `Bearer ${probeTokens[n]}`, 300);
  const amount = Math.max(500, Math.round(probe.rps * RUN_SECONDS));
  const satTokens = await tokens(aud, amount);
  const sat = await load(url, () => path, body, (n) => `Bearer ${satTokens[n]}`, amount);
  const rate = Math.max(1, Math.round(sat.rps / 2));
  const halfAmount = Math.max(200, rate * RUN_SECONDS);
  const halfTokens = await tokens(aud, halfAmount);
  const half = await paced(url, path, body, (n) => `Bearer ${halfTokens[n]}`, rate, halfAmount);
  console.log(`  ${name}: ${sat.rps.toFixed(0)} req/s saturated (p50 ${sat.p50} ms, p99 ${sat.p99} ms); at ${rate} req/s: p50 ${half.p50} ms, p99 ${half.p99} ms`);
  return { sat, half };
}

function measureParse(text: string, ms = 2000): number {
  for (let i = 0; i < 200; i++) JSON.parse(text);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    for (let i = 0; i < 50; i++) JSON.parse(text);
    n += 50;
  }
  return (n * 1000) / (performance.now() - t0);
}

const bundleText = readFileSync(AHRQ_BUNDLE_URL, 'utf8');
const cdsBody = JSON.stringify({ hook: 'patient-view', hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea', context: { userId: 'Practitioner/example', patientId: AHRQ_PATIENT_ID }, prefetch: ahrqPrefetch() });
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const date = new Date().toISOString().slice(0, 10);
console.log(`node ${process.version}; ${cpus().length} x ${cpu}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${date}`);
const parseRate = measureParse(bundleText);
console.log(`JSON.parse of the AHRQ bundle (${(bundleText.length / 1024).toFixed(0)} KB), in-process: ${parseRate.toFixed(0)}/s`);

const cdsRows: string[] = [];
const importRows: string[] = [];
const cdsResults = new Map<string, { ratio: number; cds: number; bare: number; bareNoDb: number; p99half: number }>();
const results: { kind: string; ratio: number; cds: number; bare: number; bareNoDb: number; p99half: number; importRate: number }[] = [];
for (const kind of kinds) {
  const dir = mkdtempSync(join(tmpdir(), `sp-bench-http-${kind}-`));
  const schemas: string[] = [];
  const dbEnv = (name: string): NodeJS.ProcessEnv => {
    if (kind === 'sqlite') return { SPINEPATH_DATA_DIR: join(dir, name) };
    const schema = `sp_bench_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
    schemas.push(schema);
    return { DATABASE_URL: PG_TEST_URL, SPINEPATH_PG_SCHEMA: schema };
  };
  const [p1, p2] = [await freePort(), await freePort()];
  const common: NodeJS.ProcessEnv = {
    SPINEPATH_MODE: 'production',
    SPINEPATH_SECRET: randomBytes(48).toString('base64'),
    SPINEPATH_DEMO: '0',
    HOST: '127.0.0.1',
    SPINEPATH_CDS_ISSUERS: JSON.stringify([SANDBOX_ISSUER]),
    // Limits stay on (a database counter per request); set high enough not to refuse the benchmark's own traffic.
    SPINEPATH_CDS_RATE_LIMIT: '10000000',
    SPINEPATH_RATE_LIMIT: '1000000',
  };
  const patients = kind === 'sqlite' ? 6000 : 12000;
  const server = await start('./server.ts', { ...common, ...dbEnv('server'), PORT: String(p1), SPINEPATH_PUBLIC_URL: `http://127.0.0.1:${p1}`, BENCH_PATIENTS: String(patients) }, process.env.BENCH_PROF);
  const bare = await start('./bare.ts', { ...common, ...dbEnv('bare'), PORT: String(p2), SPINEPATH_PUBLIC_URL: `http://127.0.0.1:${p2}` });
  console.log(`\n${kind}: SpinePath ${server.ready.url} (${String(server.ready.mode)}, log level ${String(server.ready.logLevel)}, ${String(server.ready.database)}); bare ${bare.ready.url}`);
  try {
    if (only !== 'import') {
      // CDS Hooks: warm both servers up, then measure.
      const warm = await tokens(`${server.ready.url}${SERVICE_PATH}`, 200);
      await load(server.ready.url, () => SERVICE_PATH, cdsBody, (n) => `Bearer ${warm[n]}`, 200);
      const cds = await saturateThenHalf('CDS Hooks patient-view', server.ready.url, SERVICE_PATH, cdsBody, `${server.ready.url}${SERVICE_PATH}`);
      const b = await saturateThenHalf('bare: JWT + replay cache + JSON parse', bare.ready.url, '/bare', cdsBody, `${bare.ready.url}/bare`);
      const b0 = await saturateThenHalf('bare: JWT signature and claims + JSON parse', bare.ready.url, '/bare-no-db', cdsBody, `${bare.ready.url}/bare-no-db`);
      const ratio = cds.sat.rps / b.sat.rps;
      console.log(`  ratio CDS / bare = ${ratio.toFixed(2)}x (target >= 0.5x); p99 at half rate ${cds.half.p99} ms (target < 20 ms)`);
      cdsRows.push(
        `| ${kind} | CDS Hooks patient-view (AHRQ prefetch) | ${cds.sat.rps.toFixed(0)} | ${cds.sat.p99} | ${Math.round(cds.sat.rps / 2)} | ${cds.half.p50} | **${cds.half.p99}** | **${ratio.toFixed(2)}x** |`,
        `| ${kind} | bare: same JWT verification with the replay cache + JSON parse | ${b.sat.rps.toFixed(0)} | ${b.sat.p99} | ${Math.round(b.sat.rps / 2)} | ${b.half.p50} | ${b.half.p99} | 1x |`,
        `| ${kind} | bare: JWT signature and claims only + JSON parse | ${b0.sat.rps.toFixed(0)} | ${b0.sat.p99} | ${Math.round(b0.sat.rps / 2)} | ${b0.half.p50} | ${b0.half.p99} | (${(cds.sat.rps / b0.sat.rps).toFixed(2)}x) |`,
      );
      cdsResults.set(kind, { ratio, cds: cds.sat.rps, bare: b.sat.rps, bareNoDb: b0.sat.rps, p99half: cds.half.p99 });
    }
    if (only !== 'cds') {
      // FHIR import: every request into a fresh patient (writes), then the same patients again (nothing to write).
      const ids = server.ready.patientIds as string[];
      const auth = `Bearer ${String(server.ready.token)}`;
      const path = (n: number) => `/api/patients/${ids[n % ids.length]}/fhir-import`;
      await load(server.ready.url, path, bundleText, () => auth, 100); // warm-up: the first 100 patients
      const probe = await load(server.ready.url, (n) => path(100 + n), bundleText, () => auth, 300);
      const amount = Math.min(ids.length - 400, Math.max(500, Math.round(probe.rps * RUN_SECONDS)));
      const first = await load(server.ready.url, (n) => path(400 + n), bundleText, () => auth, amount);
      const again = await load(server.ready.url, (n) => path(400 + n), bundleText, () => auth, amount);
      results.push({ kind, ...cdsResults.get(kind)!, importRate: first.rps });
      console.log(`  FHIR import: ${first.rps.toFixed(0)} bundles/s writing (p99 ${first.p99} ms), ${again.rps.toFixed(0)}/s re-imported (p99 ${again.p99} ms); JSON.parse ${parseRate.toFixed(0)}/s`);
      importRows.push(
        `| ${kind} | first import (every record written) | ${first.rps.toFixed(0)} | ${first.p50} | ${first.p99} | **${(first.rps / parseRate).toFixed(2)}x** |`,
        `| ${kind} | same bundle again (idempotent: nothing written) | ${again.rps.toFixed(0)} | ${again.p50} | ${again.p99} | ${(again.rps / parseRate).toFixed(2)}x |`,
      );
    }
  } finally {
    await stop(server);
    await stop(bare);
    rmSync(dir, { recursive: true, force: true });
    if (schemas.length) {
      const c = new pg.Client({ connectionString: PG_TEST_URL });
      await c.connect();
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await c.end();
    }
  }
}

const fmtList = (f: (r: (typeof results)[number]) => string) => results.map((r) => `${f(r)} on ${r.kind}`).join(', ');
const notes = (): string[] => [
  `- **CDS Hooks vs bare, target >= 0.5x**: ${fmtList((r) => `${r.ratio.toFixed(2)}x`)}. **p99 at half the saturating rate, target`,
  `  < 20 ms**: ${fmtList((r) => `${r.p99half} ms`)}.`,
  '- Each accepted CDS call costs one commit, as the bare route does (the jti, the EHR\'s call count and the',
  '  hash-chained audit event in one transaction; the replay check and the call count read in one statement first).',
  '  What is left is work the bare route does not do: mapping 64 FHIR resources, the assessment, the cards, eight SQL',
  '  statements through Kysely (better-sqlite3 is synchronous: statement execution and the commit\'s fsync block the',
  '  event loop; Kysely\'s SQLite driver prepares every statement anew), request logging, security headers and the',
  '  response schema. A CPU profile of the server under this load (2026-11-25): 21% waiting on the COMMIT fsync, 5%',
  '  preparing statements, 6% GC, 6% WebCrypto dispatch for the ES384 verification (also in the bare route), 6% the FHIR',
  '  import, 4% JSON parsing (also in the bare route), the engine and cards a few per cent.',
  '- The ratio moves with the disk: when fsync is slow (2-3 ms a commit while other work runs on the machine) both',
  '  servers wait on their one commit and the ratio rises (0.61x measured on SQLite in such a run); when fsync is fast',
  '  both are CPU-bound and the ratio falls (0.43x in a run with other work on the machine). For scale, the bare route',
  `  with and without the replay cache: ${fmtList((r) => `${r.bare.toFixed(0)} vs ${r.bareNoDb.toFixed(0)} req/s`)}. autocannon, the servers,`,
  '  the thread pool and PostgreSQL share two cores. No relaxed mode was measured: the figures are the production settings.',
  '- On PostgreSQL every statement is a round trip and every audited write takes the audit chain\'s head row lock',
  '  (`SELECT ... FOR UPDATE`, held to the commit), so audited calls commit one after another across all servers, while',
  '  the bare route\'s inserts commit in parallel (group commit). That lock is the price of one audit order for several',
  '  servers; the CDS route keeps its own statements outside it (the link lookup runs while the engine works).',
  `- **FHIR import, target >= 0.3x JSON.parse and >= 1,000 bundles/s on SQLite**: ${fmtList((r) => `${r.importRate.toFixed(0)} bundles/s`)}.`,
  `  Unreachable as built: 0.3x of JSON.parse of this bundle is about ${(0.3 * parseRate).toFixed(0)} bundles/s, ${(1000 / (0.3 * parseRate)).toFixed(2)} ms per bundle for HTTP,`,
  '  mapping, scoring nine questionnaires and a durable commit, while one commit with synchronous FULL costs 0.4-3 ms on',
  '  this disk. A CPU profile of the server importing (2026-11-25): 27% in the COMMIT fsync, about 25% executing the',
  '  per-record SQL statements (identity look-ups, inserts, retractions, import identities, each its own statement),',
  '  8% preparing statements, 6% the src/fhir mapping, 4% GC. Measured floor recorded; batching the record inserts and',
  '  caching prepared statements would be the next steps (src/server/fhir/import.ts, src/store/connect.ts).',
];

if (write) {
  writePerformanceSection('HTTP: CDS Hooks and FHIR import (bench/http)', [
    `\`npx tsx bench/http/run.ts --write\` (${process.version}, ${cpus().length} x ${cpu}, load average at the end ${loadavg()[0]!.toFixed(1)}, ${date}). autocannon 8, ${CONNECTIONS} connections,`,
    'loopback, servers in child processes, autocannon in the parent (all on the same 2 cores). SpinePath runs as `npm start`',
    'runs it (startServer, SPINEPATH_MODE=production: refusals checked, SQLite WAL with synchronous FULL, audit trail on,',
    'database rate-limit counters on with a limit above the load, request logging at the production level to /dev/null).',
    '',
    '### CDS Hooks patient-view against a bare route',
    '',
    'Body: the AHRQ test patient as prefetch (Patient and four searchset Bundles, 57 KB). Every request carries a fresh',
    'ES384 JWT signed with the CDS Hooks sandbox key (pre-signed pool); the bare route does the same verification',
    '(CdsJwtVerifier: signature, iss, jku, aud, exp, iat, jti written to the same replay-cache table) and Fastify\'s JSON',
    'parsing, nothing else. Saturated: autocannon, closed loop. "Half": an open-loop generator sending one request every',
    '1/rate seconds at half the saturating rate, latency counted from when each request was due (autocannon\'s own rate',
    'option sends each second\'s quota in a burst).',
    '',
    '| database | route | req/s saturated | p99 saturated (ms) | half rate (req/s) | p50 at half (ms) | p99 at half (ms) | vs bare |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...cdsRows,
    '',
    '### FHIR import of the AHRQ bundle',
    '',
    '`POST /api/patients/:patientId/fhir-import` with a clinician\'s API token, the AHRQ bundle as sent by a client, each',
    'request into a different patient with the bundle\'s demographics (so each one stores its records: operation-free',
    'record, 9 questionnaire results scored, findings, current medications, import identities, audit event, one',
    `transaction), then into the same patients again (idempotent: identities found, nothing written). JSON.parse of the same`,
    `text in-process: ${parseRate.toFixed(0)} bundles/s (one core).`,
    '',
    '| database | run | bundles/s | p50 (ms) | p99 (ms) | vs JSON.parse |',
    '|---|---|---:|---:|---:|---:|',
    ...importRows,
    '',
    '### Targets, floors and why',
    '',
    ...notes(),
    '',
  ]);
}

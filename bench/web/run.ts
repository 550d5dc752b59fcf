/**
 * bench/web (`npm run bench:web`): the web app served by the real server (built and started as `npm start` does,
 * fresh SQLite, demo seed), measured in headless Chromium.
 *
 * 1. JavaScript before the first usable screen, gzipped (every .js response from opening the sign-in page to the
 *    first screen being usable, lazy chunks included): patient (sign-in -> home with the questionnaires due) and
 *    clinician (sign-in -> caseload). Targets: patient <= 200 KB, clinician <= 400 KB.
 * 2. A caseload of 1,000 patients (plus the demo's), seeded through the REST API (each with an operation, a pain
 *    profile, two NRS and two ODI or NDI scores and a stored assessment; every 25th with a red flag): the time from
 *    navigation start to the caseload painted, plus the time from a search typed to the filtered list painted (the
 *    page's own performance marks, so the figure does not depend on how often the test polls). Target <= 1.5 s on
 *    localhost. Cold = first load after the server started (the caseload summary reads each stored assessment
 *    once); warm = median of the next runs.
 *
 * Options: --patients N (default 1000), --runs N (default 5), SPINEPATH_E2E_SKIP_BUILD=1 to reuse a build,
 * SPINEPATH_BENCH_DATA=<dir> to keep the seeded database between runs (the first run after a start is still cold).
 */
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DESKTOP, hasChromium, launch, PHONE, signIn } from '../../test/e2e/support/browser.js';
import { buildAll, startRealServer, type RealServer } from '../../test/e2e/support/server.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const N = arg('patients', 1000);
const RUNS = arg('runs', 5);

interface Session {
  cookie: string;
  csrf: string;
}

async function login(url: string, email: string, password: string): Promise<Session> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!r.ok) throw new Error(`login failed: ${r.status} ${await r.text()}`);
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await r.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

async function post<T>(url: string, s: Session, path: string, body: unknown): Promise<T> {
  const r = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

const pad = (n: number) => String(n).padStart(2, '0');
const FAMILY = ['Abbott', 'Baines', 'Croft', 'Dunmore', 'Ellery', 'Frost', 'Gould', 'Hale', 'Irwin', 'Jessop', 'Kerr', 'Lund', 'Moss', 'Nash', 'Orme', 'Pike', 'Quinn', 'Rudd', 'Shaw', 'Tate'];
const GIVEN = ['Ada', 'Ben', 'Cal', 'Dee', 'Eve', 'Fin', 'Gus', 'Hal', 'Ivy', 'Jon', 'Kit', 'Liv', 'Max', 'Nia', 'Oli', 'Pip'];

async function seedOne(url: string, s: Session, i: number): Promise<void> {
  const p = await post<{ id: string }>(url, s, '/api/patients', {
    familyName: `${FAMILY[i % FAMILY.length]}${Math.floor(i / FAMILY.length)}`,
    givenName: GIVEN[i % GIVEN.length],
    birthDate: `19${40 + (i % 50)}-${pad(1 + (i % 12))}-${pad(1 + (i % 27))}`,
    sex: i % 2 ? 'female' : 'male',
    mrn: `BENCH-${String(i).padStart(5, '0')}`,
  });
  const base = `/api/patients/${p.id}`;
  const lumbar = i % 5 !== 0;
  await post(url, s, `${base}/episodes`, {
    data: lumbar
      ? { date: '2025-03-10', region: 'lumbar', procedure: i % 3 ? 'discectomy' : 'decompression-and-fusion', levels: ['L5-S1'], side: 'left', instrumented: i % 3 === 0, fusion: i % 3 === 0 }
      : { date: '2025-03-10', region: 'cervical', procedure: 'acdf', levels: ['C5-C6'], instrumented: true, fusion: true },
  });
  await post(url, s, `${base}/encounters`, { data: { date: '2026-01-15', kind: 'clinic-visit', pain: lumbar ? { back: 3 + (i % 4), leg: 4 + (i % 5), durationMonths: 9 } : { neck: 5, arm: 6, durationMonths: 9 } } });
  if (i % 25 === 0) await post(url, s, `${base}/findings`, { data: { id: 'new-or-progressive-motor-deficit', status: 'present', date: '2026-01-15' } });
  const sites = lumbar ? ['back', 'leg'] : ['neck', 'arm'];
  for (const [k, date] of ['2025-12-01', '2026-01-15'].entries()) {
    await post(url, s, `${base}/questionnaires`, { instrument: 'nrs', date, answers: { [`nrs-${sites[0]}`]: 6 - k + (i % 3), [`nrs-${sites[1]}`]: 7 - 2 * k + (i % 2) } });
    await post(url, s, `${base}/questionnaires`, { instrument: lumbar ? 'odi' : 'ndi', date, score: 48 - 8 * k + (i % 7) });
  }
  await post(url, s, `${base}/assessments`, { assessmentDate: '2026-01-15' });
}

async function seed(server: RealServer): Promise<void> {
  const s = await login(server.url, server.clinician.email, server.clinician.password);
  const have = ((await (await fetch(`${server.url}/api/caseload`, { headers: { cookie: s.cookie } })).json()) as { total: number }).total;
  if (have >= N) {
    console.log(`reusing ${have} patients in ${server.dataDir}`);
    return;
  }
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < N; i = next++) await seedOne(server.url, s, i);
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  console.log(`seeded ${N} patients through the API in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

interface JsLoad {
  files: { url: string; raw: number; gzip: number }[];
  totalRaw: number;
  totalGzip: number;
  css: number;
}

/** Every JS (and CSS) response a page loads while `until` runs, gzipped at the default level. */
async function jsLoaded(page: Page, until: () => Promise<void>): Promise<JsLoad> {
  const seen = new Map<string, Promise<Buffer>>();
  const css = new Map<string, Promise<Buffer>>();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (r.status() !== 200) return;
    if (u.pathname.endsWith('.js') && !seen.has(u.pathname)) seen.set(u.pathname, r.body());
    if (u.pathname.endsWith('.css') && !css.has(u.pathname)) css.set(u.pathname, r.body());
  });
  await until();
  const files = await Promise.all([...seen].map(async ([url, b]) => {
    const body = await b;
    return { url, raw: body.length, gzip: gzipSync(body).length };
  }));
  const cssGz = (await Promise.all([...css.values()])).reduce((n, b) => n + gzipSync(b).length, 0);
  return { files, totalRaw: files.reduce((n, f) => n + f.raw, 0), totalGzip: files.reduce((n, f) => n + f.gzip, 0), css: cssGz };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  if (!hasChromium()) throw new Error('Chromium not found at /usr/bin/chromium (apt-get install -y chromium)');
  buildAll();
  const keep = process.env.SPINEPATH_BENCH_DATA;
  if (keep) mkdirSync(keep, { recursive: true });
  const server = await startRealServer({ env: { SPINEPATH_RATE_LIMIT: '0', SPINEPATH_LOGIN_PER_MINUTE: '1000' }, timeoutMs: 120_000, ...(keep ? { dataDir: keep } : {}) });
  const browser = await launch();
  try {
    // 1. JS before the first usable screen.
    const sizes: Record<string, JsLoad> = {};
    for (const role of ['patient', 'clinician'] as const) {
      const ctx = await browser.newContext({ viewport: role === 'patient' ? PHONE : DESKTOP });
      const page = await ctx.newPage();
      const creds = role === 'patient' ? server.patient : server.clinician;
      sizes[role] = await jsLoaded(page, async () => {
        await signIn(page, server.url, creds.email, creds.password);
        if (role === 'patient') await page.getByRole('heading', { name: /Questionnaires to fill in/ }).locator('..').getByRole('link').first().waitFor();
        else await page.locator('[data-testid=caseload-scroll] [role=row]').first().waitFor();
        await page.waitForLoadState('networkidle');
      });
      await ctx.close();
    }

    // 2. A caseload of 1,000 patients.
    await seed(server);
    // bypassCSP: the waits below evaluate strings in the page, which the app's CSP (script-src 'self') forbids.
    const ctx = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
    const page = await ctx.newPage();
    await signIn(page, server.url, server.clinician.email, server.clinician.password);
    await page.goto(`${server.url}/knowledge`); // signed in, somewhere else: each run navigates to the caseload fresh
    const times: { rendered: number; latency: number; answered: number; rows: number }[] = [];
    const marks = (search: string) =>
      `performance.getEntriesByName('spinepath:caseload-painted').filter((m) => m.detail && m.detail.search === ${JSON.stringify(search)})`;
    for (let r = 0; r < RUNS + 1; r++) {
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      // The app marks each painted list (web/src/clinician/Caseload.tsx): read the mark, not the time the poll saw it.
      await page.waitForFunction(`${marks('')}.length > 0`, undefined, { timeout: 60_000, polling: 'raf' });
      const rendered = await page.evaluate<number>(`${marks('')}[0].startTime`);
      const total = await page.evaluate<number>(`${marks('')}[0].detail.rows`);
      const box = page.getByLabel('Search by name, record number or cause');
      await page.evaluate('window.__inputAt = undefined; document.addEventListener("input", (e) => { window.__inputAt ??= e.timeStamp; }, { capture: true, once: true })');
      await box.fill('Abbott1');
      await page.waitForFunction(`${marks('Abbott1')}.length > 0`, undefined, { timeout: 60_000, polling: 'raf' });
      const latency = await page.evaluate<number>(`${marks('Abbott1')}[0].startTime - window.__inputAt`);
      times.push({ rendered, latency, answered: rendered + latency, rows: total });
      await page.goto(`${server.url}/knowledge`);
    }
    const api = await login(server.url, server.clinician.email, server.clinician.password);
    const apiTimes: number[] = [];
    let bytes = 0;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const r = await fetch(`${server.url}/api/caseload`, { headers: { cookie: api.cookie } });
      bytes = (await r.arrayBuffer()).byteLength;
      apiTimes.push(performance.now() - t0);
    }
    await ctx.close();

    const cold = times[0]!;
    const warm = times.slice(1).sort((a, b) => a.answered - b.answered);
    const median = warm[Math.floor(warm.length / 2)]!;
    console.log('\nJS before the first usable screen (gzip, level 6):');
    for (const [role, s] of Object.entries(sizes)) {
      console.log(`  ${role.padEnd(9)} ${kb(s.totalGzip)} gzip (${kb(s.totalRaw)} raw, ${s.files.length} files; CSS ${kb(s.css)} gzip)`);
      for (const f of s.files) console.log(`      ${f.url.padEnd(48)} ${kb(f.gzip).padStart(9)} gzip  ${kb(f.raw).padStart(9)} raw`);
    }
    console.log(`\nCaseload of ${cold.rows} patients: rendered (from navigation start) + input latency (a search typed -> filtered list painted):`);
    console.log(`  cold (first load after start): rendered ${cold.rendered.toFixed(0)} ms + ${cold.latency.toFixed(0)} ms = ${cold.answered.toFixed(0)} ms`);
    console.log(`  warm (median of ${warm.length}):   rendered ${median.rendered.toFixed(0)} ms + ${median.latency.toFixed(0)} ms = ${median.answered.toFixed(0)} ms`);
    console.log(`  all runs (rendered + latency, ms): ${times.map((t) => `${t.rendered.toFixed(0)}+${t.latency.toFixed(0)}`).join(', ')}`);
    console.log(`  GET /api/caseload alone, warm (${kb(bytes)}): ${apiTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
    const ok = sizes.patient!.totalGzip <= 200 * 1024 && sizes.clinician!.totalGzip <= 400 * 1024 && cold.answered <= 1500 && median.answered <= 1500;
    console.log(`\ntargets (patient <= 200 KB, clinician <= 400 KB, caseload <= 1.5 s cold and warm): ${ok ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

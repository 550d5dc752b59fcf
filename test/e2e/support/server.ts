/**
 * Starts the real SpinePath server the way `npm start` does: the server built with tsc (dist/) and the web app built
 * with Vite (web/dist), a fresh SQLite file in a temporary folder, the demo seed, a free port. Never a mocked API.
 * The printed demo credentials are read from its output; readiness is polled on /ready; `stop()` always kills it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface Credentials {
  email: string;
  password: string;
}

export interface RealServer {
  url: string;
  clinician: Credentials;
  patient: Credentials & { name: string };
  admin: Credentials;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Builds the server and the web app (as `npm start` does), unless SPINEPATH_E2E_SKIP_BUILD=1 and both exist. */
export function buildAll(): void {
  const skip = process.env.SPINEPATH_E2E_SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist', 'server', 'start.js')) && existsSync(join(ROOT, 'web', 'dist', 'index.html'));
  if (skip) return;
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(join(ROOT, 'dist', 'server', 'start.js'))) throw new Error(`server build failed:\n${tsc.stdout}\n${tsc.stderr}`);
  // Type errors elsewhere are the typecheck's business (npm test runs it first); tsc still emits the server.
  if (tsc.status !== 0) console.warn(`server build reported type errors:\n${tsc.stdout.slice(0, 2000)}`);
  const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (vite.status !== 0 || !existsSync(join(ROOT, 'web', 'dist', 'index.html'))) throw new Error(`web build failed:\n${vite.stdout}\n${vite.stderr}`);
}

const CRED = /^\s*(clinician|patient|admin)\s+(\S+@\S+)\s+password:\s+(\S+)(?:\s+\((.+)\))?/;

export async function startRealServer(opts: { env?: Record<string, string>; timeoutMs?: number; dataDir?: string } = {}): Promise<RealServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'spinepath-e2e-'));
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist', 'server', 'start.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      SPINEPATH_MODE: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      SPINEPATH_DATA_DIR: dataDir,
      SPINEPATH_SQLITE_FILE: join(dataDir, 'spinepath.db'),
      SPINEPATH_DEMO: '1',
      SPINEPATH_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(kill, 5000);
      await exited;
      clearTimeout(t);
    }
    process.removeListener('exit', kill);
    if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
    let url: string | undefined;
    while (!url) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
      if (Date.now() > deadline) throw new Error(`server did not start in time:\n${out}`);
      url = /on (http:\/\/[^\s]+)/.exec(out)?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    // Readiness: the database answers.
    for (;;) {
      try {
        const r = await fetch(`${url}/ready`);
        if (r.ok) break;
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) throw new Error(`server not ready in time:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const creds: Record<string, { email: string; password: string; name?: string }> = {};
    for (const line of out.split('\n')) {
      const m = CRED.exec(line);
      if (m) creds[m[1]!] = { email: m[2]!, password: m[3]!, ...(m[4] ? { name: m[4] } : {}) };
    }
    if (!creds.clinician && existsSync(join(dataDir, 'demo-credentials.txt'))) {
      for (const line of readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8').split('\n')) {
        const m = CRED.exec(line);
        if (m) creds[m[1]!] = { email: m[2]!, password: m[3]!, ...(m[4] ? { name: m[4] } : {}) };
      }
    }
    if (!creds.clinician || !creds.patient || !creds.admin) throw new Error(`demo credentials not printed:\n${out}`);
    return {
      url,
      clinician: creds.clinician,
      patient: { ...creds.patient, name: creds.patient.name ?? '' },
      admin: creds.admin,
      dataDir,
      output: () => out,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

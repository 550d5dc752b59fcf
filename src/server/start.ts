#!/usr/bin/env node
/**
 * `npm start` entry point: starts the server and stops it cleanly on SIGTERM or SIGINT (a second signal exits at
 * once). Configuration problems are printed one per line with exit code 2, never a stack trace.
 */
import { startServer, StartupError } from './main.js';

try {
  const running = await startServer();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(`${signal}: shutting down (finishing requests in flight)\n`);
    running.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`shutdown failed: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (e) {
  if (e instanceof StartupError) {
    process.stderr.write(`spinepath: refusing to start:\n${e.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(2);
  }
  const err = e as NodeJS.ErrnoException;
  process.stderr.write(`spinepath: could not start: ${err.code === 'EADDRINUSE' ? `port in use (${err.message}); set PORT` : err.message}\n`);
  if (process.env.SPINEPATH_DEBUG) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}

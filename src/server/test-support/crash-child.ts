/** Child process of the crash test: a real server on the SQLite file named by the environment. */
import { startServer } from '../main.js';

await startServer({ print: (s) => process.stdout.write(s) });

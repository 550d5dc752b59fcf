// Writes schema/case.schema.json from the zod case definitions (npm run schema). A test keeps it in sync.
import { writeFileSync } from 'node:fs';
import { caseJsonSchema } from '../src/case/json-schema.js';

writeFileSync(new URL('../schema/case.schema.json', import.meta.url), `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
console.log('wrote schema/case.schema.json');

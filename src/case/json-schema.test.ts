import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './json-schema.js';

describe('case JSON Schema', () => {
  it('is committed exactly as generated from the zod definitions (run npm run schema after changing them)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/case.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(caseJsonSchema())));
  });
});

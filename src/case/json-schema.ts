/** The JSON Schema of the case format, generated from the same zod definitions the validator uses. */
import { z } from 'zod';
import { caseSchema } from './schema.js';

export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'https://spinepath.org/schema/case.schema.json',
    title: 'SpinePath case',
    description:
      'One patient with pain after spine surgery at one assessment date. See docs/case-format.md. Finding, test and red-flag ids are checked against the knowledge base by the validator (spinepath kb findings).',
    ...schema,
  };
}

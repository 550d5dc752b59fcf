/**
 * Stable identity of a FHIR resource, so that importing the same bundle twice can be recognised.
 *
 * Order of preference: a business identifier (`system|value`, the first identifier with both), then an absolute
 * `http(s)` fullUrl, then `ResourceType/id`, then a `urn:uuid`/`urn:oid` fullUrl, then a content hash. The key is
 * prefixed with the resource type so that identifiers shared across types do not collide.
 */
import { createHash } from 'node:crypto';

export interface IdentityInput {
  readonly resourceType: string;
  readonly id?: unknown;
  readonly identifier?: unknown;
}

export interface Identity {
  /** The preferred key. */
  readonly key: string;
  /** Every key the resource can be found by (including `key`). */
  readonly aliases: string[];
}

function identifierKeys(resourceType: string, identifier: unknown): string[] {
  if (!Array.isArray(identifier)) return [];
  const out: string[] = [];
  for (const i of identifier) {
    if (i && typeof i === 'object') {
      const { system, value } = i as { system?: unknown; value?: unknown };
      if (typeof system === 'string' && typeof value === 'string' && system && value) out.push(`${resourceType}?identifier=${system}|${value}`);
    }
  }
  return out;
}

/** Identity of a resource as found in a bundle entry (fullUrl may be undefined). */
export function resourceIdentity(resource: IdentityInput, fullUrl?: string): Identity {
  const rt = resource.resourceType;
  const aliases: string[] = [];
  const ids = identifierKeys(rt, resource.identifier);
  const plainId = typeof resource.id === 'string' && resource.id ? `${rt}/${resource.id}` : undefined;
  const url = typeof fullUrl === 'string' && fullUrl ? fullUrl : undefined;
  const httpUrl = url && /^https?:\/\//.test(url) ? url : undefined;
  const urn = url && !httpUrl ? url : undefined;
  let key = ids[0] ?? httpUrl ?? plainId ?? urn;
  if (!key) key = `${rt}#sha256:${createHash('sha256').update(JSON.stringify(resource)).digest('hex').slice(0, 32)}`;
  for (const k of [key, ...ids, httpUrl, plainId, urn]) if (k && !aliases.includes(k)) aliases.push(k);
  return { key, aliases };
}

/** `Patient/123` from `Patient/123`, `http://server/fhir/Patient/123` or `http://server/fhir/Patient/123/_history/2`. */
export function relativeReference(reference: string): string | undefined {
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/.exec(reference);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

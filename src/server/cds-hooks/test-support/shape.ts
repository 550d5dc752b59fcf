/**
 * A small structural checker learned from examples: the JSON types each field takes in HL7's good CDS Hooks examples
 * (shared/peers/cds-hooks), which fields every example object has (required), and which fields exist at all. A
 * document has the examples' shape when every field it uses is one the examples use, with the same JSON type, and
 * no required field is missing. `extra` names fields the specification allows that the examples do not show;
 * `maps` names objects that are dictionaries (prefetch: any key, every value of the same shape).
 */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface Shape {
  types: Set<JsonType>;
  fields: Map<string, { shape: Shape; seen: number }>;
  /** How many objects were merged into this shape (a field seen in all of them is required). */
  objects: number;
  items?: Shape;
}

const typeOf = (v: unknown): JsonType => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as JsonType));
const empty = (): Shape => ({ types: new Set(), fields: new Map(), objects: 0 });

function learnInto(shape: Shape, v: unknown): void {
  const t = typeOf(v);
  shape.types.add(t);
  if (t === 'object') {
    shape.objects++;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      let f = shape.fields.get(k);
      if (!f) shape.fields.set(k, (f = { shape: empty(), seen: 0 }));
      f.seen++;
      learnInto(f.shape, x);
    }
  } else if (t === 'array') {
    shape.items ??= empty();
    for (const x of v as unknown[]) learnInto(shape.items, x);
  }
}

export function learnShape(...examples: unknown[]): Shape {
  const s = empty();
  for (const e of examples) learnInto(s, e);
  return s;
}

export interface ShapeOptions {
  extra?: readonly string[];
  maps?: readonly string[];
}

const generic = (p: string) => p.replace(/\[\d+\]/g, '[]');

/** Problems of `v` against `shape`, each naming its path; empty when the shapes agree. */
export function checkShape(v: unknown, shape: Shape, opts: ShapeOptions = {}, path = '$'): string[] {
  const out: string[] = [];
  const t = typeOf(v);
  if (!shape.types.has(t)) return [`${path}: ${t}, the examples have ${[...shape.types].join(' or ')}`];
  const extra = opts.extra ?? [];
  if (t === 'object' && opts.maps?.includes(generic(path))) {
    const values = learnShape();
    for (const f of shape.fields.values()) for (const ty of f.shape.types) values.types.add(ty);
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out.push(...checkShape(x, values, opts, `${path}.${k}`));
    return out;
  }
  if (t === 'object') {
    const o = v as Record<string, unknown>;
    for (const [k, f] of shape.fields) if (f.seen === shape.objects && !(k in o)) out.push(`${path}.${k}: missing (every example has it)`);
    for (const [k, x] of Object.entries(o)) {
      const f = shape.fields.get(k);
      const p = `${path}.${k}`;
      if (!f) {
        if (!extra.includes(generic(p))) out.push(`${p}: not a field of the examples`);
        continue;
      }
      out.push(...checkShape(x, f.shape, opts, p));
    }
  } else if (t === 'array' && shape.items) {
    (v as unknown[]).forEach((x, i) => out.push(...checkShape(x, shape.items!, opts, `${path}[${i}]`)));
  }
  return out;
}

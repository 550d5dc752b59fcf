/**
 * The knowledge base for the apps: GET /api/knowledge gives the index the forms and the knowledge browser need
 * (the findings vocabulary, tests with the results they report, causes, red flags, treatments, the NG59 do-not-offer
 * list, drug names, and the outcome measures with their thresholds for charts); GET /api/knowledge/:kind/:id gives
 * one entry in full with every reference it cites written out. No patient data: not audited; cached by the
 * knowledge-base hash.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatCitation } from '../../engine/assess.js';
import { knowledgeBase, knowledgeBaseHash, type KnowledgeBase } from '../../knowledge/index.js';
import { IMMPACT_PAIN } from '../../outcomes/thresholds.js';
import { MEASURES } from '../../outcomes/index.js';
import { notFound } from '../errors.js';
import { errorResponses, idParam, json } from '../schemas.js';

const READERS = ['clinician', 'admin'] as const;
const tags = ['knowledge'];

export const KINDS = ['causes', 'tests', 'red-flags', 'treatments', 'do-not-offer', 'findings', 'drugs'] as const;
type Kind = (typeof KINDS)[number];

function listOf(kb: KnowledgeBase, kind: Kind): { id: string }[] {
  switch (kind) {
    case 'causes':
      return kb.causes;
    case 'tests':
      return kb.tests;
    case 'red-flags':
      return kb.redFlags;
    case 'treatments':
      return kb.treatments;
    case 'do-not-offer':
      return kb.doNotOffer;
    case 'findings':
      return kb.findings;
    case 'drugs':
      return kb.drugs;
  }
}

/** Every reference id named anywhere in an entry (sources, basis refs), in order of first mention. */
function citedIn(entry: unknown, known: Set<string>): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (known.has(v)) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(entry);
  return [...out];
}

let index: { etag: string; body: unknown } | undefined;

function buildIndex() {
  const kb = knowledgeBase();
  const hash = knowledgeBaseHash();
  return {
    etag: `"kb-${hash}"`,
    body: {
      version: kb.version,
      hash,
      findings: kb.findings.map((f) => ({
        id: f.id,
        label: f.label,
        definition: f.definition,
        category: f.category,
        ...(f.regions ? { regions: f.regions } : {}),
        localisable: f.localisable,
        ...(f.derivedFrom ? { derivedFrom: f.derivedFrom } : {}),
        ...(f.exclusiveWith ? { exclusiveWith: f.exclusiveWith } : {}),
      })),
      causes: kb.causes.map((c) => ({ id: c.id, code: c.code, name: c.name, painTypes: c.painTypes, hallmarks: c.hallmarks })),
      tests: kb.tests.map((t) => ({ id: t.id, code: t.code, name: t.name, purpose: t.purpose, resultFindings: t.resultFindings, invasiveness: t.invasiveness })),
      redFlags: kb.redFlags.map((r) => ({ id: r.id, code: r.code, name: r.name })),
      treatments: kb.treatments.map((t) => ({ id: t.id, code: t.code, name: t.name, kind: t.kind, summary: t.summary })),
      doNotOffer: kb.doNotOffer.map((d) => ({ id: d.id, code: d.code, name: d.name, statement: d.statement })),
      drugs: kb.drugs.map((d) => ({ id: d.id, name: d.name, classes: d.classes, brands: d.brands, synonyms: d.synonyms })),
      measures: Object.values(MEASURES).map((m) => ({
        id: m.id,
        label: m.label,
        instrument: m.instrument,
        ...(m.subscore ? { subscore: m.subscore } : {}),
        unit: m.unit,
        range: m.range,
        direction: m.direction,
        painIntensity: m.painIntensity,
        ...(m.mic ? { mic: { kind: m.mic.kind, ...(m.mic.points !== undefined ? { points: m.mic.points } : {}), ...(m.mic.percent !== undefined ? { percent: m.mic.percent } : {}), text: m.mic.text } } : {}),
        ...(m.pass ? { pass: { max: m.pass.max, text: m.pass.text } } : {}),
        ...(m.note ? { note: m.note } : {}),
      })),
      immpact: { moderate: IMMPACT_PAIN.moderate, substantial: IMMPACT_PAIN.substantial, text: IMMPACT_PAIN.text },
      references: kb.references.map((r) => ({ id: r.id, short: r.short, citation: formatCitation(r) })),
    },
  };
}

export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/knowledge',
    {
      config: { access: { roles: READERS }, audit: false },
      schema: { tags, summary: 'The knowledge base index: findings vocabulary, tests, causes, red flags, treatments, drugs, outcome measures, references', response: { 200: json, 304: z.undefined(), ...errorResponses } },
    },
    async (req, reply) => {
      index ??= buildIndex();
      reply.header('etag', index.etag).header('cache-control', 'private, no-cache');
      if (req.headers['if-none-match'] === index.etag) return reply.code(304).send();
      return index.body;
    },
  );

  app.get(
    '/api/knowledge/:kind/:id',
    {
      config: { access: { roles: READERS }, audit: false },
      schema: {
        tags,
        summary: 'One knowledge-base entry in full, with the full citation of every reference it names',
        params: z.object({ kind: z.enum(KINDS), id: idParam }).strict(),
        response: { 200: z.object({ kind: z.string(), entry: json, references: z.array(z.object({ id: z.string(), short: z.string(), citation: z.string(), url: z.string().optional() })) }), ...errorResponses },
      },
    },
    async (req) => {
      const kb = knowledgeBase();
      const entry = listOf(kb, req.params.kind).find((e) => e.id === req.params.id);
      if (!entry) throw notFound(`${req.params.kind} entry`, 'params.id');
      const byId = new Map(kb.references.map((r) => [r.id, r]));
      const references = citedIn(entry, new Set(byId.keys())).map((id) => {
        const r = byId.get(id)!;
        const url = r.doi ? `https://doi.org/${r.doi}` : r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : r.url;
        return { id, short: r.short, citation: formatCitation(r), ...(url ? { url } : {}) };
      });
      return { kind: req.params.kind, entry, references };
    },
  );
};

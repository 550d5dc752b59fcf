/**
 * Knowledge-base invariants: the data parse against their own schema, every id they mention exists, and every
 * number names its source or says it is an expert estimate (the schema refuses a basis that does neither).
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson, knowledgeBase, knowledgeBaseHash, knowledgeBaseSchema, rawKnowledgeBase } from './index.js';
import { basisSchema } from './schema.js';
import { psychosocialContributors } from './modifiers.js';

const CAUSE_IDS: Record<string, string> = {
  C01: 'implant-related-pain',
  C02: 'epidural-fibrosis',
  C03: 'facet-joint-pain',
  C04: 'sacroiliac-joint-pain',
  C05: 'recurrent-disc-herniation',
  C06: 'adjacent-segment-disease',
  C07: 'pseudarthrosis',
  C08: 'malpositioned-hardware',
  C09: 'incomplete-decompression',
  C10: 'spinal-infection',
  C11: 'nerve-root-injury',
  C12: 'wrong-diagnosis',
  C13: 'instability',
  C14: 'arachnoiditis',
  C15: 'pseudomeningocele',
  C16: 'myofascial-pain',
  C17: 'nociplastic-pain',
  C19: 'discogenic-pain',
  C20: 'cluneal-nerve-entrapment',
  C21: 'sagittal-imbalance',
  C22: 'epidural-hematoma',
};
const TEST_IDS: Record<string, string> = {
  D01: 'mri-gadolinium',
  D02: 'ct-thin-slice',
  D03: 'flexion-extension-xray',
  D04: 'standing-full-spine-xray',
  D05: 'ct-myelogram',
  D06: 'crp-esr',
  D07: 'blood-culture-biopsy',
  D08: 'medial-branch-blocks',
  D09: 'sij-block',
  D10: 'selective-nerve-root-block',
  D11: 'cluneal-nerve-block',
  D12: 'emg-ncs',
  D13: 'hip-examination-imaging',
  D14: 'neuropathic-screening',
  D15: 'start-back-screening',
  D16: 'bladder-scan',
  D17: 'discography',
};
const RED_FLAG_IDS: Record<string, string> = {
  RF01: 'cauda-equina-syndrome',
  RF02: 'epidural-abscess',
  RF03: 'postoperative-infection',
  RF04: 'progressive-neurological-deficit',
  RF05: 'hardware-failure',
  RF06: 'malignancy',
  RF07: 'fracture',
  RF08: 'csf-leak',
  RF09: 'inflammatory-disease',
};

const TREATMENT_IDS: Record<string, string> = {
  T01: 'exercise-therapy',
  T02: 'medication',
  T03: 'epidural-steroid-injection',
  T04: 'diagnostic-blocks',
  T05: 'radiofrequency-denervation',
  T06: 'spinal-cord-stimulation',
  T07: 'high-frequency-scs',
  T08: 'drg-stimulation',
  T09: 'epidural-adhesiolysis',
  T10: 'intrathecal-drug-delivery',
  T11: 'psychological-therapy',
  T12: 'revision-surgery',
  T13: 'pulsed-radiofrequency-drg',
  T14: 'cluneal-nerve-release',
};

const kb = knowledgeBase();
const findingIds = new Set(kb.findings.map((f) => f.id));
const refIds = new Set(kb.references.map((r) => r.id));
const testIds = new Set(kb.tests.map((t) => t.id));
const causeIds = new Set(kb.causes.map((c) => c.id));

/** Every basis object anywhere in a value, with its path. */
function bases(value: unknown, path = ''): { path: string; basis: { kind: string; refs: string[]; note?: string } }[] {
  const out: { path: string; basis: { kind: string; refs: string[]; note?: string } }[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...bases(v, `${path}[${i}]`)));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.kind === 'string' && Array.isArray(o.refs)) out.push({ path, basis: o as never });
    for (const [k, v] of Object.entries(o)) out.push(...bases(v, `${path}.${k}`));
  }
  return out;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('knowledge base', () => {
  it('parses against its own schema', () => {
    const r = knowledgeBaseSchema.safeParse(rawKnowledgeBase);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('holds exactly the causes C01-C22 (C18 is a modifier) with their stable ids', () => {
    expect(Object.fromEntries(kb.causes.map((c) => [c.code, c.id]))).toEqual(CAUSE_IDS);
  });

  it('holds the tests D01-D17 with their stable ids', () => {
    const d = Object.fromEntries(kb.tests.filter((t) => t.code.startsWith('D')).map((t) => [t.code, t.id]));
    expect(d).toEqual(TEST_IDS);
  });

  it('holds the red flags RF01-RF09 with their stable ids', () => {
    expect(Object.fromEntries(kb.redFlags.map((r) => [r.code, r.id]))).toEqual(RED_FLAG_IDS);
  });

  it('has unique ids in every section', () => {
    for (const list of [kb.causes, kb.findings, kb.tests, kb.redFlags, kb.references]) {
      expect(duplicates(list.map((x) => x.id))).toEqual([]);
    }
  });

  it('names a reference or an expert estimate for every number and rule', () => {
    const all = bases(rawKnowledgeBase);
    expect(all.length).toBeGreaterThan(400);
    const bad = all.filter((b) => !basisSchema.safeParse(b.basis).success).map((b) => b.path);
    expect(bad).toEqual([]);
  });

  it('cites only references that exist', () => {
    const missing = new Set<string>();
    for (const b of bases(rawKnowledgeBase)) for (const r of b.basis.refs) if (!refIds.has(r)) missing.add(`${r} (${b.path})`);
    for (const c of kb.causes) for (const s of c.sources) if (!refIds.has(s)) missing.add(`${s} (cause ${c.id})`);
    for (const t of kb.tests) for (const s of t.sources) if (!refIds.has(s)) missing.add(`${s} (test ${t.id})`);
    for (const r of kb.redFlags) for (const s of r.sources) if (!refIds.has(s)) missing.add(`${s} (red flag ${r.id})`);
    expect([...missing]).toEqual([]);
  });

  it('uses only findings of its own vocabulary', () => {
    const missing = new Set<string>();
    const need = (id: string, where: string) => {
      if (!findingIds.has(id)) missing.add(`${id} (${where})`);
    };
    for (const c of kb.causes) {
      for (const r of c.likelihoodRatios) {
        need(r.finding, `cause ${c.id}`);
        for (const o of r.overriddenBy ?? []) need(o, `cause ${c.id} overriddenBy`);
      }
    }
    for (const t of kb.tests) for (const f of t.resultFindings) need(f, `test ${t.id}`);
    for (const r of kb.redFlags) for (const t of r.triggers) for (const f of [...t.allOf, ...t.anyOf]) need(f, `red flag ${r.id}`);
    for (const f of kb.findings) {
      for (const x of f.exclusiveWith ?? []) need(x, `finding ${f.id} exclusiveWith`);
      if (f.regionalEquivalent) need(f.regionalEquivalent.cervical, `finding ${f.id} regionalEquivalent`);
    }
    for (const m of psychosocialContributors.findings) need(m.finding, 'psychosocial modifiers');
    expect([...missing]).toEqual([]);
  });

  it('declares every evidence group a cause uses, uses every group it declares, and scores a finding once per cause', () => {
    for (const c of kb.causes) {
      const declared = new Set(c.groups.map((g) => g.id));
      const used = new Set(c.likelihoodRatios.map((r) => r.group));
      expect([...used].filter((g) => !declared.has(g)), c.id).toEqual([]);
      expect([...declared].filter((g) => !used.has(g)), c.id).toEqual([]);
      expect(duplicates(c.likelihoodRatios.map((r) => r.finding)), c.id).toEqual([]);
    }
  });

  it('links tests, red flags and causes only to entries that exist', () => {
    for (const t of kb.tests) for (const c of [...t.confirms, ...t.excludes]) expect(causeIds.has(c), `${t.id} -> ${c}`).toBe(true);
    for (const r of kb.redFlags) {
      for (const t of r.tests) expect(testIds.has(t), `${r.id} -> ${t}`).toBe(true);
      for (const c of r.causes) expect(causeIds.has(c), `${r.id} -> ${c}`).toBe(true);
    }
    const flagIds = new Set(kb.redFlags.map((r) => r.id));
    for (const c of kb.causes) for (const f of c.redFlags) expect(flagIds.has(f), `${c.id} -> ${f}`).toBe(true);
  });

  it('reports every test-result finding from at least one test, and only results from tests', () => {
    const reported = new Set(kb.tests.flatMap((t) => t.resultFindings));
    const orphans = kb.findings.filter((f) => f.category === 'test-result' && !reported.has(f.id)).map((f) => f.id);
    expect(orphans).toEqual([]);
    for (const t of kb.tests) {
      for (const f of t.resultFindings) {
        const cat = kb.findings.find((x) => x.id === f)?.category;
        expect(['test-result', 'questionnaire', 'sign', 'psychosocial'], `${t.id}: ${f} is ${cat}`).toContain(cat);
      }
    }
  });

  it('keeps mutually exclusive findings symmetric', () => {
    for (const f of kb.findings) {
      for (const x of f.exclusiveWith ?? []) {
        expect(kb.findings.find((y) => y.id === x)?.exclusiveWith ?? [], `${x} should list ${f.id}`).toContain(f.id);
      }
    }
  });

  it('keeps priors in [0, 1) and likelihood ratios positive and finite', () => {
    for (const c of kb.causes) {
      for (const row of Object.values(c.priors)) for (const v of row.values) expect(v >= 0 && v < 1, c.id).toBe(true);
      for (const r of c.likelihoodRatios) {
        expect(Number.isFinite(r.present) && r.present > 0).toBe(true);
        if (r.absent !== undefined) expect(Number.isFinite(r.absent) && r.absent > 0).toBe(true);
      }
    }
  });

  it('excludes the causes findings-matrix §1 item 7 calls impossible', () => {
    const byId = (id: string) => kb.causes.find((c) => c.id === id)!;
    expect(byId('implant-related-pain').requires.implant).toBe(true);
    expect(byId('malpositioned-hardware').requires.implant).toBe(true);
    expect(byId('pseudarthrosis').requires.fusion).toBe(true);
    expect(byId('sacroiliac-joint-pain').requires.notInRegions).toEqual(['cervical']);
    expect(byId('cluneal-nerve-entrapment').requires).toMatchObject({ notInRegions: ['cervical'], unlessIliacCrestGraft: true });
  });

  it('holds the treatments T01-T14 with their stable ids and the NG59 do-not-offer list (T15)', () => {
    expect(Object.fromEntries(kb.treatments.map((t) => [t.code, t.id]))).toEqual(TREATMENT_IDS);
    expect(kb.doNotOffer.length).toBeGreaterThanOrEqual(12);
    for (const d of kb.doNotOffer) expect(d.code).toBe('T15');
    const all = [...kb.treatments.map((t) => t.id), ...kb.doNotOffer.map((d) => d.id)];
    expect(duplicates(all)).toEqual([]);
    expect(duplicates(kb.drugs.map((d) => d.id))).toEqual([]);
    expect(duplicates(kb.procedures.map((p) => p.id))).toEqual([]);
  });

  it('links treatments only to findings, causes, red flags, procedures and references that exist', () => {
    const flagIds = new Set(kb.redFlags.map((r) => r.id));
    const procIds = new Set(kb.procedures.map((p) => p.id));
    const missing: string[] = [];
    for (const t of kb.treatments) {
      for (const rule of [...t.contraindications, ...t.cautions]) {
        for (const f of rule.findingsAny) if (!findingIds.has(f)) missing.push(`${t.id} ${rule.id}: finding ${f}`);
        for (const f of rule.redFlagsAny) if (!flagIds.has(f)) missing.push(`${t.id} ${rule.id}: red flag ${f}`);
      }
      for (const i of t.indications) for (const c of i.causes) if (!causeIds.has(c)) missing.push(`${t.id}: cause ${c}`);
      for (const p of t.procedures) if (!procIds.has(p)) missing.push(`${t.id}: procedure ${p}`);
      for (const l of t.lesions) {
        if (!causeIds.has(l.cause)) missing.push(`${t.id}: lesion cause ${l.cause}`);
        for (const f of l.findings) if (kb.findings.find((x) => x.id === f)?.category !== 'test-result') missing.push(`${t.id}: lesion finding ${f} is not a test result`);
      }
      for (const s of t.sources) if (!refIds.has(s)) missing.push(`${t.id}: source ${s}`);
    }
    for (const d of kb.doNotOffer) for (const s of d.sources) if (!refIds.has(s)) missing.push(`${d.id}: source ${s}`);
    for (const [test, procs] of Object.entries(kb.testProcedures)) {
      if (!testIds.has(test)) missing.push(`testProcedures: test ${test}`);
      for (const p of procs) if (!procIds.has(p)) missing.push(`testProcedures ${test}: procedure ${p}`);
    }
    expect(missing).toEqual([]);
  });

  it('gives rules that share an id the same conditions (the engine evaluates each id once per case)', () => {
    const seen = new Map<string, string>();
    for (const t of kb.treatments) {
      for (const r of [...t.contraindications, ...t.cautions]) {
        const { id, description: _d, basis: _b, ...cond } = r as typeof r & { effect?: string };
        const key = JSON.stringify({ ...cond, effect: undefined });
        if (seen.has(id)) expect(key, `${t.id}: rule ${id}`).toBe(seen.get(id));
        else seen.set(id, key);
      }
    }
  });

  it('gives revision surgery a lesion rule for every correctable cause', () => {
    const revision = kb.treatments.find((t) => t.id === 'revision-surgery')!;
    const covered = new Set(revision.lesions.map((l) => l.cause));
    expect(kb.causes.filter((c) => c.correctableLesion && !covered.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('gives every treatment evidence, plain-language text, a basis for every threshold, and a review period to every stepped item', () => {
    for (const t of kb.treatments) {
      expect(t.evidence.length, t.id).toBeGreaterThan(0);
      expect(t.patient.what.length, t.id).toBeGreaterThan(20);
      for (const th of t.thresholds) expect(basisSchema.safeParse(th.basis).success, `${t.id} ${th.id}`).toBe(true);
      if (t.id !== 'diagnostic-blocks') expect(t.review, t.id).toBeDefined();
      for (const e of t.evidence) {
        for (const a of e.comparison?.arms ?? []) expect(a.percent !== undefined || (a.events !== undefined && a.total !== undefined), `${t.id}: ${a.label}`).toBe(true);
      }
    }
  });

  it('holds the CDC 2022 MME factors exactly as evidence.md §4.7, and no factor for buprenorphine', () => {
    const factor = (id: string) => kb.drugs.find((d) => d.id === id)?.mme?.factor;
    expect(
      Object.fromEntries(['codeine', 'fentanyl', 'hydrocodone', 'hydromorphone', 'methadone', 'morphine', 'oxycodone', 'oxymorphone', 'tapentadol', 'tramadol'].map((id) => [id, factor(id)])),
    ).toEqual({ codeine: 0.15, fentanyl: 2.4, hydrocodone: 1, hydromorphone: 5, methadone: 4.7, morphine: 1, oxycodone: 1.5, oxymorphone: 3, tapentadol: 0.4, tramadol: 0.2 });
    expect(kb.drugs.find((d) => d.id === 'fentanyl')!.mme).toMatchObject({ doseUnit: 'mcg/h', routes: ['transdermal'] });
    const bup = kb.drugs.find((d) => d.id === 'buprenorphine')!;
    expect(bup.mme).toBeUndefined();
    expect(bup.noMme?.reason).toMatch(/not in the CDC 2022 MME table/);
    for (const d of kb.drugs.filter((x) => x.classes.includes('opioid'))) expect(Boolean(d.mme) !== Boolean(d.noMme), d.id).toBe(true);
  });

  it('gives RxNorm codes only with a published source, and never two drugs the same name', () => {
    for (const d of kb.drugs) if (d.rxnorm) expect(d.rxnorm.basis.kind, d.id).toBe('published');
    const names = kb.drugs.flatMap((d) => [d.name, d.id, ...d.brands, ...d.synonyms].map((n) => n.toLowerCase()).filter((n, i, a) => a.indexOf(n) === i).map((n) => `${n}|${d.id}`));
    const byName = new Map<string, Set<string>>();
    for (const x of names) {
      const [n, id] = x.split('|') as [string, string];
      byName.set(n, (byName.get(n) ?? new Set()).add(id));
    }
    expect([...byName].filter(([, ids]) => ids.size > 1).map(([n]) => n)).toEqual([]);
  });

  it('holds the ASRA/ESRA hold table for every anticoagulant, antiplatelet and NSAID, with unverified cells marked', () => {
    for (const d of kb.drugs.filter((x) => x.classes.some((c) => c === 'anticoagulant' || c === 'antiplatelet' || c === 'nsaid'))) {
      expect(d.periprocedural.length, d.id).toBeGreaterThan(0);
      const last = d.periprocedural[d.periprocedural.length - 1]!;
      expect(last.when, `${d.id}: the last row is the default`).toEqual({});
    }
    const cell = (id: string, cls: 'low' | 'intermediate' | 'high', variant?: string) => {
      const d = kb.drugs.find((x) => x.id === id)!;
      return (variant ? d.periprocedural.find((v) => v.id === variant) : d.periprocedural[d.periprocedural.length - 1])![cls];
    };
    // Found in the UpToDate copy (secondary):
    expect(cell('warfarin', 'high')).toMatchObject({ action: 'stop', days: 5, restart: 'restart 6 h after', basis: { kind: 'secondary' } });
    expect(cell('aspirin', 'high', 'primary-prevention')).toMatchObject({ action: 'stop', days: 6 });
    expect(cell('aspirin', 'high', 'secondary-prevention').action).toBe('shared-assessment');
    expect(cell('naproxen', 'high')).toMatchObject({ days: 4 });
    expect(cell('enoxaparin', 'low', 'prophylactic-dose')).toMatchObject({ hours: 12, restart: 'restart 4 h after' });
    // Tagged [unverified] in evidence.md §4.8:
    for (const id of ['apixaban', 'rivaroxaban', 'edoxaban', 'dabigatran', 'clopidogrel', 'prasugrel', 'ticagrelor', 'fondaparinux']) {
      expect(cell(id, 'high').basis.kind, id).toBe('unverified');
    }
    expect(cell('dipyridamole', 'high').basis.kind).toBe('unverified');
  });

  it('has a stable version and content hash', () => {
    expect(kb.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(knowledgeBaseHash()).toMatch(/^[0-9a-f]{16}$/);
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
/** Tiny benchmark helpers: warm up, run for a fixed time, report ns per operation and ratios in one run. */
export interface Measurement {
  name: string;
  nsPerOp: number;
  ops: number;
}

export function measure(name: string, opsPerCall: number, fn: () => void, ms = 1500): Measurement {
  const warmEnd = performance.now() + 300;
  while (performance.now() < warmEnd) fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    fn();
    calls++;
  }
  const ns = Number(process.hrtime.bigint() - start);
  return { name, nsPerOp: ns / (calls * opsPerCall), ops: calls * opsPerCall };
}

export function fmt(ns: number): string {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`;
}

export function report(title: string, ms: Measurement[], figures: { label: string; value: number; target?: string }[]): void {
  console.log(`\n${title} (Node ${process.version})`);
  for (const m of ms) console.log(`  ${m.name.padEnd(48)} ${fmt(m.nsPerOp).padStart(10)} per op  (${m.ops} ops)`);
  for (const f of figures) console.log(`  ${f.label.padEnd(48)} ${String(f.value).padStart(10)}${f.target ? `   target ${f.target}` : ''}`);
}

/** Replaces (or appends) one "## heading" section of docs/performance.md, keeping the others. */
export function writePerformanceSection(heading: string, body: string[]): void {
  // Resolved from the working directory: benches run from the repository root (npm run bench).
  const path = `${process.cwd()}/docs/performance.md`;
  const section = [`## ${heading}`, '', ...body, ''].join('\n');
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const start = doc.indexOf(`## ${heading}`);
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + heading.length + 3);
    doc = doc.slice(0, start) + section + (next >= 0 ? doc.slice(next + 1) : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}`;
  }
  writeFileSync(path, doc);
  console.log(`wrote docs/performance.md section "${heading}"`);
}

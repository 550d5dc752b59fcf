/** "Did you mean" suggestions for unknown ids: the nearest valid id by edit distance, when reasonably close. */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate, or undefined when none is within a third of the length (at least 3 edits). */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase().trim();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.includes(needle) && needle.length >= 4 ? Math.max(1, c.length - needle.length) / 4 : editDistance(needle, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(3, Math.floor(needle.length / 3)) ? best : undefined;
}

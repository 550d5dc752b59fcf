/**
 * Rounding for display. Half-up (away from zero for .5), guarded against binary floating-point artefacts such as
 * 1.005 * 100 = 100.49999999999999. The stored score always keeps full precision.
 */
export function roundHalfUp(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Number((Math.abs(value) * f).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / f + 0; // + 0 turns -0 into 0
}

export function formatScore(value: number, decimals: number): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}

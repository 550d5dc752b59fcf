/**
 * Stable insertion sort, in place. The engine sorts short arrays (a cause's few evidence items, 21 causes) many
 * times per assessment; for these sizes this is several times faster than Array.prototype.sort with a comparator.
 */
export function insertionSort<T>(a: T[], before: (x: T, y: T) => boolean): T[] {
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && before(v, a[j]!)) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}

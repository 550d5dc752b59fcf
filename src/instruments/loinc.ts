/**
 * LOINC code helpers. The check digit is the LOINC Mod-10 algorithm (LOINC Users' Guide; instruments.md §D.1):
 * take the digits before the hyphen; from the right, digits in odd positions form number A and digits in even
 * positions form number B (each in original order); append the digits of 2 × A to B's digits; sum all digits;
 * check = (10 − sum mod 10) mod 10. A valid check digit proves the code is well formed, not what it means.
 * Applies to LOINC term codes (e.g. 44261-6), not to answer (LA) or answer-list (LL) codes.
 */

export function loincCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error(`not a LOINC code body: ${body}`);
  let odd = '';
  let even = '';
  for (let pos = 1; pos <= body.length; pos++) {
    const digit = body[body.length - pos] as string;
    if (pos % 2 === 1) odd = digit + odd;
    else even = digit + even;
  }
  const doubled = String(2 * Number(odd));
  let sum = 0;
  for (const ch of even + doubled) sum += Number(ch);
  return (10 - (sum % 10)) % 10;
}

/** True when `code` is a well-formed LOINC term code with a correct check digit. */
export function isValidLoincCode(code: string): boolean {
  const m = /^(\d{1,7})-(\d)$/.exec(code);
  if (!m) return false;
  return loincCheckDigit(m[1] as string) === Number(m[2]);
}

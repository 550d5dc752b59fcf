/**
 * The PDF standard fonts (Helvetica and friends, never downloaded or embedded) only have the glyphs of the
 * WinAnsiEncoding (PDF 32000-1:2008 Annex D.2): ASCII, Latin-1 and a few typographic signs. Text is brought into that
 * set before it reaches pdfkit, which would otherwise write undefined glyphs: signs outside it get an ASCII spelling
 * (`≥` -> `>=`), accents are kept where Latin-1 has them and dropped where it does not, anything else becomes `?`.
 */

/** Unicode code points that WinAnsiEncoding places in 0x80-0x9F (the rest of 0x20-0xFF is Latin-1). */
export const WIN_ANSI_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

const ASCII_SPELLING: Record<string, string> = {
  '≥': '>=', '≤': '<=', '≠': '!=', '≈': '~', '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '−': '-', '‐': '-', '‑': '-',
  '‒': '-', '―': '-', '⁄': '/', '∕': '/', '√': 'sqrt', '∞': 'infinity', '✓': 'yes', '✔': 'yes', '✗': 'no', '✘': 'no',
  'α': 'alpha', 'β': 'beta', 'γ': 'gamma', 'δ': 'delta', 'κ': 'kappa', 'λ': 'lambda', 'σ': 'sigma', 'χ': 'chi',
  'Δ': 'Delta', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ħ': 'h', '′': "'", '″': '"', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2007': ' ', '\u2008': ' ', '\u200b': '', '\u200c': '', '\u200d': '', '\ufeff': '', '\u00ad': '',
};

const encodable = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_HIGH[cp] !== undefined;

/** The text with every character in WinAnsiEncoding (newlines kept, other control characters removed). */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n' || encodable(cp)) out += ch;
    else if (ch === '\t' || ch === '\r') out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if (ASCII_SPELLING[ch] !== undefined) out += ASCII_SPELLING[ch];
    else {
      // Accented letters Latin-1 lacks (ł, ő, č...): the base letter, when decomposition gives one.
      const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
      out += base && [...base].every((c) => encodable(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

const FROM_HIGH = new Map(Object.entries(WIN_ANSI_HIGH).map(([u, b]) => [b, String.fromCodePoint(Number(u))]));

/** A WinAnsi byte back to its character (text extraction in tests). */
export function fromWinAnsiByte(b: number): string {
  return FROM_HIGH.get(b) ?? String.fromCharCode(b);
}

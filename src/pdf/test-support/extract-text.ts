/**
 * Text of a PDF written by pdfkit with the standard fonts, for tests: every content stream (inflated with node:zlib
 * when it is FlateDecode-compressed), its text-showing operators (`[<hex> kern <hex>] TJ`, `<hex> Tj`, `(lit) Tj`)
 * decoded from WinAnsiEncoding, one line per text object (pdfkit writes each wrapped line as its own BT ... ET).
 * Not a general PDF parser: enough for what pdfkit produces.
 */
import { inflateSync } from 'node:zlib';
import { fromWinAnsiByte } from '../winansi.js';

export interface ExtractedPdf {
  /** Text lines in the order they were written (pages in order). */
  lines: string[];
  /** The lines of each page stream. */
  pages: string[][];
  /** All text on one line, whitespace collapsed; a line ending in "-" joins the next without a space. */
  text: string;
  /** Document information entries written as literal strings (Title, Author, CreationDate...). */
  info: Record<string, string>;
}

const decodeHex = (hex: string): string => {
  let s = '';
  const h = hex.replace(/\s+/g, '');
  for (let i = 0; i + 1 < h.length; i += 2) s += fromWinAnsiByte(parseInt(h.slice(i, i + 2), 16));
  return s;
};

const decodeLiteral = (lit: string): string =>
  lit.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_m, e: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[e] ?? fromWinAnsiByte(parseInt(e, 8));
  });

/** Text lines of one content stream. */
function textLines(content: string): string[] {
  const lines: string[] = [];
  for (const block of content.split(/\bBT\b/).slice(1)) {
    const body = block.split(/\bET\b/)[0] ?? '';
    let line = '';
    const re = /\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f\s]*)>\s*Tj|\(((?:[^)\\]|\\.)*)\)\s*Tj/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (m[1] !== undefined) {
        const parts = /<([0-9A-Fa-f\s]*)>|\(((?:[^)\\]|\\.)*)\)/g;
        for (let p = parts.exec(m[1]); p; p = parts.exec(m[1])) line += p[1] !== undefined ? decodeHex(p[1]) : decodeLiteral(p[2] ?? '');
      } else if (m[2] !== undefined) line += decodeHex(m[2]);
      else line += decodeLiteral(m[3] ?? '');
    }
    if (line) lines.push(line);
  }
  return lines;
}

export function extractPdfText(pdf: Buffer): ExtractedPdf {
  const raw = pdf.toString('latin1');
  if (!raw.startsWith('%PDF-')) throw new Error('not a PDF (no %PDF- header)');
  const pages: string[][] = [];
  const streamRe = /<<((?:(?!>>\s*stream)[\s\S])*?)>>\s*stream\r?\n/g;
  for (let m = streamRe.exec(raw); m; m = streamRe.exec(raw)) {
    const dict = m[1] ?? '';
    const len = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
    const start = m.index + m[0].length;
    const end = len ? start + Number(len[1]) : raw.indexOf('endstream', start);
    let data = pdf.subarray(start, end);
    if (/\/Filter\s*\/FlateDecode/.test(dict)) data = inflateSync(data);
    const lines = textLines(data.toString('latin1'));
    if (lines.length) pages.push(lines);
    streamRe.lastIndex = end;
  }
  const lines = pages.flat();
  let text = '';
  for (const l of lines) {
    const t = l.trim();
    if (!t) continue;
    text += text && !text.endsWith('-') ? ` ${t}` : t;
  }
  const info: Record<string, string> = {};
  const objectString = (n: string): string | undefined => {
    const m = new RegExp(`(?:^|\\n)${n} 0 obj\\s*\\(((?:[^)\\\\]|\\\\.)*)\\)\\s*endobj`).exec(raw);
    return m ? decodeLiteral(m[1]!) : undefined;
  };
  for (const m of raw.matchAll(/\/(Title|Author|Subject|Keywords|Creator|Producer|CreationDate|ModDate) (?:\(((?:[^)\\]|\\.)*)\)|(\d+) 0 R)/g)) {
    const v = m[2] !== undefined ? decodeLiteral(m[2]) : objectString(m[3]!);
    if (v !== undefined) info[m[1]!] = v;
  }
  return { lines, pages, text: text.replace(/\s+/g, ' '), info };
}

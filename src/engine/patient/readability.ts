/**
 * Flesch-Kincaid grade level, for the readability check of the patient version:
 *   grade = 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59
 * Syllables are counted with a simple English heuristic (vowel groups, silent final e, "-le" endings); good enough
 * to keep the text around a grade-8 level, not a linguistic tool.
 */

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  let groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  if (w.endsWith('e') && !w.endsWith('le') && !w.endsWith('ee') && groups > 1) groups--;
  if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w) && groups > 1) groups--;
  if (/[^aeiouy]es$/.test(w) && !/(ses|zes|ces|ges|shes|ches|xes)$/.test(w) && groups > 1) groups--;
  return Math.max(1, groups);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function fleschKincaid(text: string): Readability {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = text.split(/\s+/).map((w) => w.replace(/[^A-Za-z0-9'-]/g, '')).filter((w) => /[A-Za-z]/.test(w));
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  const n = Math.max(1, words.length);
  return { words: words.length, sentences, syllables, grade: Math.round((0.39 * (n / sentences) + 11.8 * (syllables / n) - 15.59) * 10) / 10 };
}

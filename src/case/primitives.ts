/** Field types shared by the parts of the case format. */
import { z } from 'zod';
import { parseLevel } from './levels.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'not a real calendar date');

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900;
}

export const level = z
  .string()
  .refine((s) => parseLevel(s) !== undefined, 'expected a nerve root such as "L5" or an adjacent segment such as "L4-L5"');

export const nrs = z.number().int('pain ratings are whole numbers 0-10').min(0).max(10);


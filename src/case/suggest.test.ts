import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './suggest.js';

describe('suggestions for unknown ids', () => {
  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the nearest id when close, nothing when far', () => {
    const ids = ['positive-straight-leg-raise', 'positive-crossed-straight-leg-raise', 'fever'];
    expect(nearest('positive-straight-leg-rise', ids)).toBe('positive-straight-leg-raise');
    expect(nearest('straight-leg-raise', ids)).toBe('positive-straight-leg-raise');
    expect(nearest('fevr', ids)).toBe('fever');
    expect(nearest('completely-unrelated-words', ids)).toBeUndefined();
  });
});

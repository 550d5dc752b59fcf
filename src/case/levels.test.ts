import { describe, expect, it } from 'vitest';
import { levelsConcordant, parseLevel, regionOfLevel, sidesConcordant } from './levels.js';

describe('spinal levels', () => {
  it('parses roots and adjacent segments only', () => {
    expect(parseLevel('L5')).toMatchObject({ kind: 'root', roots: ['L5'] });
    expect(parseLevel('l4-l5')).toMatchObject({ kind: 'segment', roots: ['L5', 'L4'], text: 'L4-L5' });
    expect(parseLevel('L5-S1')?.roots).toEqual(['S1', 'L5']);
    expect(parseLevel('T12-L1')?.roots).toEqual(['L1', 'T12']);
    expect(parseLevel('L3-L5')).toBeUndefined();
    expect(parseLevel('L6')).toBeUndefined();
    expect(parseLevel('X1')).toBeUndefined();
  });

  it('maps cervical segments to the root that exits there', () => {
    expect(parseLevel('C5-C6')?.roots).toEqual(['C6']);
    expect(parseLevel('C7-T1')?.roots).toEqual(['C8']);
    expect(parseLevel('C8')?.roots).toEqual(['C8']);
  });

  it('tells concordant levels and sides', () => {
    expect(levelsConcordant('L4-L5', 'L5')).toBe(true);
    expect(levelsConcordant('L4-L5', 'L4')).toBe(true);
    expect(levelsConcordant('L4-L5', 'S1')).toBe(false);
    expect(levelsConcordant('C5-C6', 'C6')).toBe(true);
    expect(levelsConcordant('C5-C6', 'C5')).toBe(false);
    expect(sidesConcordant('left', 'left')).toBe(true);
    expect(sidesConcordant('left', 'right')).toBe(false);
    expect(sidesConcordant('left', 'bilateral')).toBe(true);
    expect(regionOfLevel('C5-C6')).toBe('cervical');
    expect(regionOfLevel('S1')).toBe('lumbar');
    expect(regionOfLevel('T10')).toBe('thoracic');
  });
});

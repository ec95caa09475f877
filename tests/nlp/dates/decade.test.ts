import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('decades and centuries', () => {
  it('reads decades with their determiner and phase', () => {
    expect(one('the war of the 1980s')).toEqual(['the 1980s', 'date', '198']);
    expect(one('a relic of 1980s politics')).toEqual(['1980s', 'date', '198']);
    expect(one('It peaked in the early 1990s.')).toEqual(['the early 1990s', 'date', '199']);
    expect(one("It peaked in the '80s.")).toEqual(["the '80s", 'date', '198']);
    expect(one('It peaked in the nineties.')).toEqual(['the nineties', 'date', '199']);
  });

  it('reads centuries', () => {
    expect(one('a landmark of the 20th century')).toEqual(['the 20th century', 'date', '19']);
    expect(one('In the 1800s the town was small.')).toEqual(['the 1800s', 'date', '18']);
  });

  it('does not read an age as a decade', () => {
    expect(tag('He is in his forties.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { EntityAggregator, keepEntity } from '../../src/aggregate/entities.js';
import type { Entity } from '../../src/core/document.js';

function entity(name: string, type: string, mentions: number, aliases: string[] = []): Entity {
  return { id: 'E', name, type, aliases, mentions: Array.from({ length: mentions }, () => ({ text: name, start: 0, end: name.length })) };
}

describe('EntityAggregator', () => {
  it('merges entities of different documents by shared name or alias and type', () => {
    const agg = new EntityAggregator();
    agg.add([entity('Mujahideen Khalq Organization', 'organization', 2, ['MKO']), entity('Jalal Talabani', 'person', 3, ['Talabani'])]);
    agg.add([entity('MKO', 'organization', 5), entity('Iraq', 'place', 4)]);
    expect(agg.results()).toEqual([
      { name: 'MKO', type: 'organization', mentions: 7, documents: 2, aliases: ['Mujahideen Khalq Organization'] },
      { name: 'Iraq', type: 'place', mentions: 4, documents: 1, aliases: [] },
      { name: 'Jalal Talabani', type: 'person', mentions: 3, documents: 1, aliases: ['Talabani'] },
    ]);
  });

  it('takes case, full stops and possessives for the same name', () => {
    const agg = new EntityAggregator();
    agg.add([entity('U.S.', 'place', 2)]);
    agg.add([entity('US', 'place', 1), entity('Iran’s', 'place', 1)]);
    agg.add([entity('Iran', 'place', 2)]);
    expect(agg.results()).toEqual([
      { name: 'Iran', type: 'place', mentions: 3, documents: 2, aliases: ['Iran’s'] },
      { name: 'U.S.', type: 'place', mentions: 3, documents: 2, aliases: ['US'] },
    ]);
  });

  it('keeps the same name of different types apart', () => {
    const agg = new EntityAggregator();
    agg.add([entity('Washington', 'place', 1), entity('Washington', 'person', 1)]);
    expect(agg.results().map((e) => e.type).sort()).toEqual(['person', 'place']);
  });

  it('counts a document once however many of its entities join one group, and prefers a name not in capitals', () => {
    const agg = new EntityAggregator();
    agg.add([entity('IRAQ', 'place', 1), entity('Iraq', 'place', 1)]);
    expect(agg.results()).toEqual([{ name: 'Iraq', type: 'place', mentions: 2, documents: 1, aliases: ['IRAQ'] }]);
  });
});

describe('keepEntity', () => {
  it('filters by type and minimum mentions', () => {
    expect(keepEntity({ type: 'place', mentions: 2 }, { types: ['place'], minMentions: 2 })).toBe(true);
    expect(keepEntity({ type: 'person', mentions: 2 }, { types: ['place'], minMentions: 1 })).toBe(false);
    expect(keepEntity({ type: 'place', mentions: 1 }, { types: null, minMentions: 2 })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { datelinePlaces } from '../../../src/nlp/entities/datelines.js';

const typed = (text: string, names: [string, string][]): string[] => datelinePlaces(text, mentionsIn(text, names)).map((m) => `${m.text}/${m.type}`);

describe('datelinePlaces', () => {
  it('types the place of a dateline a place, alone or before a comma and a region', () => {
    const text = 'MARLOW ENGINES BEAT VELOX.\nPORT ELLIS 1997-03-02\nThe Marlow side won.';
    expect(typed(text, [['MARLOW ENGINES', 'organization'], ['VELOX', 'organization'], ['PORT ELLIS', 'organization'], ['Marlow', 'organization']]))
      .toEqual(['MARLOW ENGINES/organization', 'VELOX/organization', 'PORT ELLIS/place', 'Marlow/organization']);
    const second = 'Title.\nGLENVILLE, Freedonia 1997-03-02\nText.';
    expect(typed(second, [['GLENVILLE', 'person'], ['Freedonia', 'organization']])).toEqual(['GLENVILLE/place', 'Freedonia/place']);
  });

  it('leaves organisations filed from, names in prose and lines without a date alone', () => {
    const text = 'UNITED NATIONS 1997-03-02\nVelox said on 1997-03-02\nPORT ELLIS\nGlen Hart 1997\n';
    const names: [string, string][] = [['UNITED NATIONS', 'organization'], ['Velox', 'organization'], ['PORT ELLIS', 'organization'], ['Glen Hart', 'person']];
    expect(typed(text, names)).toEqual(['UNITED NATIONS/organization', 'Velox/organization', 'PORT ELLIS/organization', 'Glen Hart/person']);
  });
});

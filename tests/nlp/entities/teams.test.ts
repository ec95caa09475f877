import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { nicknamedTeams, scheduleVenues, scoredTeams } from '../../../src/nlp/entities/teams.js';

const COUNTRIES = new Set(['Freedonia', 'Sylvania']);
const isCountry = (name: string): boolean => COUNTRIES.has(name);


const found = (text: string, names: [string, string][]): string[] => scoredTeams(text, mentionsIn(text, names), isCountry).map((m) => `${m.text}/${m.type}`);

describe('scoredTeams', () => {
  it('makes the names of results and standings lines teams, whatever the tagger found', () => {
    const text = 'Results:\nMarlow Town 3 Oakridge Rovers 1\nQueen of Elmstead 4 2 1 1 7 5 7';
    expect(found(text, [['Marlow Town', 'place'], ['Rovers', 'person']])).toEqual(['Marlow Town/organization', 'Oakridge Rovers/organization', 'Queen of Elmstead/organization']);
  });

  it("makes the clubs of a cup's results lines teams, their countries in brackets left alone", () => {
    const text = 'Third place:\nOakridge (Freedonia) 75 Blue Star (Sylvania) 70 (42-41)\nIn Marlow: Hartwell (Sylvania) 2 Dunmore (Freedonia) 1\nAnn Lee (Freedonia) 75 said Bo (Sylvania) 70 times\nBo Reed (Freedonia) 13:06.57';
    const names: [string, string][] = [['Oakridge', 'person'], ['Freedonia', 'place'], ['Sylvania', 'place'], ['Marlow', 'place'], ['Hartwell', 'place'], ['Sylvania', 'place'], ['Dunmore', 'organization'], ['Freedonia', 'place'],
      ['Ann Lee', 'person'], ['Bo', 'person'], ['Bo Reed', 'person']];
    expect(found(text, names)).toEqual(['Oakridge/organization', 'Freedonia/place', 'Blue Star/organization', 'Sylvania/place', 'Marlow/place', 'Hartwell/place', 'Sylvania/place', 'Dunmore/organization', 'Freedonia/place',
      'Ann Lee/person', 'Bo/person', 'Bo Reed/person']);
  });

  it('types a place followed by a score a team, and its other mentions in the document', () => {
    const text = 'Brackley beat Dunmore by six wickets while Hartwell drew.\nHartwell 343 and 163-3';
    expect(found(text, [['Brackley', 'organization'], ['Dunmore', 'organization'], ['Hartwell', 'place'], ['Hartwell', 'place']])).toEqual([
      'Brackley/organization',
      'Dunmore/organization',
      'Hartwell/organization',
      'Hartwell/organization',
    ]);
  });

  it('keeps places after "in" or "at", datelines, distances, figures, dates and countries', () => {
    const text = 'HARTWELL, Westshire 1996-08-30\nThe game in Hartwell ended Hartwell 2, Dunmore 1.\nMoengo 56 miles away.\nDresden 792 up 11.4\nAug 27 Aug 26\nFreedonia 1 Sylvania 0';
    const names: [string, string][] = [['HARTWELL', 'place'], ['Westshire', 'place'], ['Hartwell', 'place'], ['Hartwell', 'place'], ['Dunmore', 'place'], ['Moengo', 'place'], ['Dresden', 'place'], ['Freedonia', 'place'], ['Sylvania', 'place']];
    expect(found(text, names)).toEqual(['HARTWELL/place', 'Westshire/place', 'Hartwell/place', 'Hartwell/organization', 'Dunmore/organization', 'Moengo/place', 'Dresden/place', 'Freedonia/place', 'Sylvania/place']);
  });
});

describe('nicknamedTeams', () => {
  const PLACES = new Set(['Marlow', 'New Dunmore', 'Westshire', 'Freedonia']);
  const isPlace = (name: string): boolean => PLACES.has(name);
  const typed = (text: string, names: [string, string][]): string[] => nicknamedTeams(text, mentionsIn(text, names), isPlace, isCountry).map((m) => `${m.text}/${m.type}`);

  it('types a place that leads a nicknamed team a team when alone, in a document with a score', () => {
    const text = 'OAKRIDGE, Marlow 1996-08-31\nThe New Dunmore Herons beat the Marlow Otters 5-3.\nIt gave New Dunmore a 2-0 lead.\nIn Marlow, fans of Marlow cheered.';
    const names: [string, string][] = [['Marlow', 'place'], ['New Dunmore Herons', 'organization'], ['Marlow Otters', 'organization'], ['New Dunmore', 'place'], ['Marlow', 'place'], ['Marlow', 'place']];
    expect(typed(text, names)).toEqual(['Marlow/place', 'New Dunmore Herons/organization', 'Marlow Otters/organization', 'New Dunmore/organization', 'Marlow/place', 'Marlow/organization']);
  });

  it('wants a score with a dash after a team, and no nickname-like "Business"', () => {
    const text = 'The Marlow Otters lost.\nSee Section 206 of the code.\nThe Marlow Business Council met.\nMarlow voted.';
    const names: [string, string][] = [['Marlow Otters', 'organization'], ['Section', 'organization'], ['Marlow Business', 'organization'], ['Marlow', 'place']];
    expect(typed(text, names)).toEqual(['Marlow Otters/organization', 'Section/organization', 'Marlow Business/organization', 'Marlow/place']);
    const cases = 'In re Pym, No. 14-915, Marlow Business gained.\nMarlow voted.';
    expect(typed(cases, [['No.', 'organization'], ['Marlow Business', 'organization'], ['Marlow', 'place']])).toEqual(['No./organization', 'Marlow Business/organization', 'Marlow/place']);
  });

  it('leaves places alone without a score, for firms named after a place, and for countries', () => {
    const firms = 'Marlow Instruments said sales rose.\nMarlow is a quiet town.';
    const firmNames: [string, string][] = [['Marlow Instruments', 'organization'], ['Marlow', 'place']];
    expect(typed(firms, firmNames)).toEqual(['Marlow Instruments/organization', 'Marlow/place']);
    const national = 'The Freedonia Eagles beat Sylvania 21-3.\nFreedonia celebrated.';
    expect(typed(national, [['Freedonia Eagles', 'organization'], ['Freedonia', 'place']])).toEqual(['Freedonia Eagles/organization', 'Freedonia/place']);
  });
});

describe('scheduleVenues', () => {
  const typed = (text: string, names: [string, string][]): string[] => scheduleVenues(text, mentionsIn(text, names)).map((m) => `${m.text}/${m.type}`);

  it('types the name after "at" in a line of two names a place', () => {
    const text = 'SATURDAY SCHEDULE\nMARLOW AT NEW DUNMORE\nHartwell at Marlow';
    const names: [string, string][] = [['MARLOW', 'organization'], ['NEW DUNMORE', 'organization'], ['Hartwell', 'organization'], ['Marlow', 'organization']];
    expect(typed(text, names)).toEqual(['MARLOW/organization', 'NEW DUNMORE/place', 'Hartwell/organization', 'Marlow/place']);
  });

  it('leaves "at" in prose, before more text, in a lone line and after a job title alone', () => {
    const text = 'He works at Marlow Bank\nMARLOW AT DUNMORE 7.30 pm\n\nHartwell at Marlow\n\nSales Manager at Pym\nChief Data Officer at Dunmore';
    const names: [string, string][] = [['Marlow Bank', 'organization'], ['MARLOW', 'organization'], ['DUNMORE', 'organization'], ['Hartwell', 'organization'], ['Marlow', 'organization'], ['Pym', 'organization'], ['Dunmore', 'organization']];
    expect(typed(text, names)).toEqual(['Marlow Bank/organization', 'MARLOW/organization', 'DUNMORE/organization', 'Hartwell/organization', 'Marlow/organization', 'Pym/organization', 'Dunmore/organization']);
  });
});

// The seed articles (seeds/*.txt, shipped with the project) through the whole pipeline: the names
// a reader of them expects, with the right types, and no page furniture taken for a name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze.js';

const seed = (name: string) => analyzeText(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8'));
const first = seed('000_0e3ed883c4655ac0.txt');
const second = seed('003_cfd3a961271bff4e.txt');

function typeOf(rec: ReturnType<typeof analyzeText>, name: string): string | undefined {
  return rec.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
}

describe('entities of the seed articles', () => {
  it('finds the people', () => {
    for (const name of ['Jalal Talabani', 'Talabani', 'Ali Akbar Hashemi', 'Rafsanjani', 'Saddam Hussein', 'Nuri al-Maliki']) expect(typeOf(first, name), name).toBe('person');
    for (const name of ['Shirvan al-Waeli', 'Waeli', 'Saddam Hussein']) expect(typeOf(second, name), name).toBe('person');
  });

  it('finds the organizations, acronyms merged', () => {
    for (const name of ['MKO', 'PMOI', 'Mujahideen Khalq Organization', 'Expediency Council', 'Xinhua']) expect(typeOf(first, name), name).toBe('organization');
    for (const name of ['MKO', 'Mojahedin-e-Khalq Organization', 'al-Qaeda', 'United Nations', 'UNAMI']) expect(typeOf(second, name), name).toBe('organization');
    const mko = first.entities.find((e) => e.name === 'Mujahideen Khalq Organization')!;
    expect(mko.aliases).toEqual(expect.arrayContaining(['MKO', 'PMOI']));
  });

  it('finds the places', () => {
    for (const name of ['Iraq', 'Iran', 'Baghdad', 'Diyala', 'Camp Ashraf', 'Green Zone']) expect(typeOf(first, name), name).toBe('place');
    for (const name of ['Iraq', 'Baghdad', 'Tehran', 'Camp Ashraf', 'Camp Liberty']) expect(typeOf(second, name), name).toBe('place');
  });

  it('keeps titles and page furniture out of the names', () => {
    for (const rec of [first, second]) {
      for (const e of rec.entities) expect(e.name).not.toMatch(/^(?:President|Home|Editor|Related Articles|Adblock Detected|Leave a Comment)$/u);
    }
    expect(first.entities.find((e) => e.name === 'Jalal Talabani')!.role).toBe('President');
  });
});

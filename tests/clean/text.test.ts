import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/clean/${name}`, import.meta.url), 'utf8');
const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('cleanText on the seeds', () => {
  it('keeps exactly the article paragraphs of the Xinhua story and its metadata', () => {
    const raw = seed('000_0e3ed883c4655ac0.txt');
    const r = cleanText(raw);
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs).toHaveLength(12);
    expect(paragraphs[0]).toMatch(/^BAGHDAD, Xinhua – Iraqi President Jalal Talabani said/u);
    expect(paragraphs[11]).toMatch(/the Shiite came into power\.$/u);
    for (const p of paragraphs) expect(raw.includes(p)).toBe(true);
    for (const junk of ['Home »', 'Editor:', 'You may also like', 'Leave a Comment']) expect(r.text).not.toContain(junk);
    expect(r.meta.title).toBe('Iraq wants Iranian opposition out');
    expect(r.meta.section).toBe('Iraq');
    expect(r.meta.dateline).toEqual({ place: 'BAGHDAD', agency: 'Xinhua' });
    expect(r.meta.editors).toEqual(['Mu Xuequan']);
    expect(r.warnings).toEqual([]);
  });

  it('strips the image residue and the trailing page furniture of the second seed', () => {
    const raw = seed('003_cfd3a961271bff4e.txt');
    const r = cleanText(raw);
    expect(r.text.startsWith('Iraqi government has documents indicating links')).toBe(true);
    expect(r.text.endsWith('by pressuring the Iraqi government.')).toBe(true);
    for (const junk of ['mko3', 'Related Articles', 'Back to top button', 'Adblock Detected', 'ad blocker']) expect(r.text).not.toContain(junk);
    expect(r.meta.title).toBe('Iraq owns data showing al-Qaeda, MKO close links');
    const residue = r.removed.find((x) => x.reason === 'image residue');
    expect(residue && raw.slice(residue.start, residue.end)).toBe('mko3');
  });
});

describe('cleanText on a wire story scrape', () => {
  const raw = fixture('wire-story.txt');
  const r = cleanText(raw);

  it('keeps the three body paragraphs, verbatim', () => {
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^LISBON \(Reuters\) – The city's main harbour/u);
    for (const p of paragraphs) expect(raw.includes(p)).toBe(true);
  });

  it('reads title, section, byline, date and dateline', () => {
    expect(r.meta.title).toBe('Harbour reopens after storm');
    expect(r.meta.section).toBe('World');
    expect(r.meta.authors).toEqual(['Jane Rowe', 'Tom Field']);
    expect(r.meta.published).toBe('2024-03-03');
    expect(r.meta.dateline).toEqual({ place: 'LISBON', agency: 'Reuters' });
  });

  it('reports every removed line with its offsets into the input', () => {
    for (const x of r.removed) expect(raw.slice(x.start, x.end)).toBe(x.text);
    expect(r.removed.some((x) => x.text === 'You may also like')).toBe(true);
    expect(r.text).not.toContain('Ferries cancelled');
    expect(r.removed.some((x) => x.text.startsWith('©'))).toBe(true);
  });
});

describe('cleanText on pages without an article', () => {
  it('returns an empty body and a warning for a list of links', () => {
    const r = cleanText(fixture('link-list.txt'));
    expect(r.text).toBe('');
    expect(r.warnings).toEqual(['no article body found']);
  });

  // The timeout only turns a hang into a failure; tests/regexes.test.ts proves the patterns linear.
  it('cleans pathological input', { timeout: 60_000 }, () => {
    expect(cleanText('x'.repeat(1_000_000)).text).toHaveLength(1_000_000);
    // The line of marks goes; the body is the run of words, trimmed.
    expect(cleanText('"'.repeat(10_000) + '\n' + 'Capital '.repeat(100_000)).text).toBe('Capital '.repeat(100_000).trimEnd());
    // Two thousand copies of one capitalised line hold no prose: no article, and a warning.
    expect(cleanText(('HOME, Agency ' + 'A'.repeat(200) + '\n').repeat(2_000)).warnings).toEqual(['no article body found']);
  });
});

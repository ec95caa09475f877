// Seeded fuzzing of the whole pipeline: hostile and mutated inputs never throw and give valid
// records whose spans index their text. Linear time is proven for every regular expression by
// tests/regexes.test.ts and measured by `npm run fuzz`; here a generous timeout only turns a hang
// into a failure.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS shared with scripts/fuzz.mjs
import { mutate, noise, pathological, rng } from '../../scripts/fuzz-cases.mjs';
import { analyzeText } from '../../src/index.js';
import { badSpans, FIXTURES } from '../helpers.js';

const CASES = 300;
const HANG = { timeout: 120_000 };

const seeds = readdirSync(path.join(FIXTURES, 'articles')).map((f) => readFileSync(path.join(FIXTURES, 'articles', f), 'utf8'));

function check(text: string, options: { html?: boolean; clean?: boolean; published?: string }) {
  const rec = analyzeText(text, options);
  expect(Array.isArray(rec.entities) && Array.isArray(rec.dates) && Array.isArray(rec.quotes)).toBe(true);
  expect(typeof rec.text).toBe('string');
  expect(badSpans(rec)).toEqual([]);
}

describe('fuzz', () => {
  it(`survives ${CASES} mutated and random inputs`, HANG, () => {
    const r = rng(20261122) as () => number;
    for (let i = 0; i < CASES; i++) {
      const base = r() < 0.8 ? seeds[i % seeds.length]! : noise(r, 200 + Math.floor(r() * 3000));
      const text = mutate(r, base) as string;
      check(text, { clean: r() < 0.7, html: r() < 0.1, published: r() < 0.5 ? '2013-03-22' : undefined });
    }
  });

  for (const [name, text] of pathological(0.2) as [string, string][]) {
    it(`gives a valid record for ${name}`, HANG, () => {
      check(text, { clean: true, html: text.startsWith('<') });
      check(text, { clean: false });
    });
  }
});

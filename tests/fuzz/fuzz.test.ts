// Seeded fuzzing of the whole pipeline: hostile and mutated inputs never throw, give valid
// records whose spans index their text, and finish in time linear in their size.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS shared with scripts/fuzz.mjs
import { mutate, noise, pathological, rng } from '../../scripts/fuzz-cases.mjs';
import { analyzeText } from '../../src/index.js';
import { badSpans, FIXTURES } from '../helpers.js';

const CASES = 300;
// Generous: a loaded CI machine, cold caches. A super-linear rule blows through it on the large cases.
const MS_PER_KB = 40;
const MS_BASE = 1500;

const seeds = readdirSync(path.join(FIXTURES, 'articles')).map((f) => readFileSync(path.join(FIXTURES, 'articles', f), 'utf8'));

function check(text: string, options: { html?: boolean; clean?: boolean; published?: string }) {
  const t0 = performance.now();
  const rec = analyzeText(text, options);
  const ms = performance.now() - t0;
  expect(Array.isArray(rec.entities) && Array.isArray(rec.dates) && Array.isArray(rec.quotes)).toBe(true);
  expect(typeof rec.text).toBe('string');
  expect(badSpans(rec)).toEqual([]);
  expect(ms).toBeLessThan(MS_BASE + (MS_PER_KB * text.length) / 1024);
}

describe('fuzz', () => {
  it(`survives ${CASES} mutated and random inputs`, () => {
    const r = rng(20261122) as () => number;
    for (let i = 0; i < CASES; i++) {
      const base = r() < 0.8 ? seeds[i % seeds.length]! : noise(r, 200 + Math.floor(r() * 3000));
      const text = mutate(r, base) as string;
      check(text, { clean: r() < 0.7, html: r() < 0.1, published: r() < 0.5 ? '2013-03-22' : undefined });
    }
  });

  for (const [name, text] of pathological(0.2) as [string, string][]) {
    it(`finishes on ${name} in linear time`, () => {
      check(text, { clean: true, html: text.startsWith('<') });
      check(text, { clean: false });
    });
  }
});

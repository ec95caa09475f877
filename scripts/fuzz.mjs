#!/usr/bin/env node
// The long fuzz run for local use: npm run fuzz [-- CASES [SEED]]. Runs the full-size
// pathological inputs and many more mutated ones through the built library, and reports the
// slowest cases. Exits 1 on the first failure, with the seed and case number to reproduce it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../dist/index.js';
import { mutate, noise, pathological, rng } from './fuzz-cases.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cases = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? Date.now() % 1e9);
const fixtures = path.join(root, 'tests', 'fixtures', 'articles');
const seeds = [...readdirSync(fixtures).map((f) => readFileSync(path.join(fixtures, f), 'utf8')),
  ...readdirSync(path.join(root, 'seeds')).map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8'))];

function run(label, text, options) {
  const t0 = performance.now();
  let rec;
  try {
    rec = analyzeText(text, options);
  } catch (e) {
    console.error(`FAIL ${label}: threw ${e.stack}`);
    process.exit(1);
  }
  const ms = performance.now() - t0;
  const spans = [...rec.entities.flatMap((e) => e.mentions), ...rec.dates, ...rec.quotes, ...rec.quotes.flatMap((q) => [q.cue, q.speaker].filter(Boolean))];
  const bad = spans.find((s) => rec.text.slice(s.start, s.end) !== s.text);
  if (bad) {
    console.error(`FAIL ${label}: span ${JSON.stringify(bad)} does not index the text`);
    process.exit(1);
  }
  return { label, ms, kb: text.length / 1024 };
}

const timings = [];
for (const [name, text] of pathological(1)) {
  timings.push(run(`pathological: ${name}`, text, { clean: true, html: text.startsWith('<') }));
  timings.push(run(`pathological (no clean): ${name}`, text, { clean: false }));
}
const r = rng(seed);
for (let i = 0; i < cases; i++) {
  const base = r() < 0.8 ? seeds[i % seeds.length] : noise(r, 200 + Math.floor(r() * 20000));
  timings.push(run(`seed ${seed} case ${i}`, mutate(r, base), { clean: r() < 0.7, html: r() < 0.1, published: r() < 0.5 ? '2013-03-22' : undefined }));
}
timings.sort((a, b) => b.ms / Math.max(1, b.kb) - a.ms / Math.max(1, a.kb));
console.log(`${timings.length} inputs, seed ${seed}: no failures. Slowest per KB:`);
for (const t of timings.slice(0, 8)) console.log(`  ${t.ms.toFixed(0).padStart(6)} ms  ${t.kb.toFixed(0).padStart(6)} KB  ${t.label}`);

#!/usr/bin/env node
// Entity recognition speed on one core: words per (CPU) second through findEntities (sentences split
// beforehand, model loaded beforehand, so only recognition and merging are timed).
//   node scripts/bench-ner.mjs [DOCS.ndjson]   (one {"text"} per line, e.g. from ner.mjs prepare)
// Without a file it times the seed articles. Needs `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../dist/nlp/entities/index.js';
import { defaultModel } from '../dist/nlp/entities/model.js';
import { splitSentences } from '../dist/nlp/segment.js';
import { tokenize } from '../dist/nlp/tokenize.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2];
const texts = file
  ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text)
  : readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const docs = texts.map((text) => ({ text, sentences: splitSentences(text) }));
const words = docs.reduce((n, d) => n + tokenize(d.text).starts.length, 0);

let t = performance.now();
defaultModel();
const loadMs = performance.now() - t;
const run = () => { let m = 0; for (const d of docs) m += findEntities(d.text, d.sentences).mentions.length; return m; };
// Warm up, then time passes for about four seconds. The machine may be shared: each pass is timed by
// this process's CPU time (other processes' turns do not count) and the fastest pass, the one least
// disturbed by them (caches, hyper-threads), is the figure reported; the medians are beside it.
let mentions = run();
const wall = [];
const cpu = [];
const t0 = performance.now();
while (performance.now() - t0 < 4000 || wall.length < 5) {
  const c = process.cpuUsage();
  const t1 = performance.now();
  mentions = run();
  wall.push(performance.now() - t1);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
const sorted = (a) => [...a].sort((x, y) => x - y);
const rate = (ms) => Math.round(words / (ms / 1000)).toLocaleString('en-US');
const [c, w] = [sorted(cpu), sorted(wall)];
console.log(`${docs.length} documents, ${words} words, ${mentions} mentions; model load ${loadMs.toFixed(0)} ms; ${wall.length} passes`);
console.log(`fastest pass: ${rate(c[0])} words/s (${c[0].toFixed(1)} ms CPU); median ${rate(c[c.length >> 1])} words/s by CPU time, ${rate(w[w.length >> 1])} by the wall clock`);

#!/usr/bin/env node
// Entity recognition speed on one core: words per second through findEntities (sentences split
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
// Warm up, then time enough rounds for about two seconds of work.
let mentions = run();
t = performance.now();
run();
const once = Math.max(1, performance.now() - t);
const rounds = Math.max(3, Math.ceil(2000 / once));
t = performance.now();
for (let i = 0; i < rounds; i++) mentions = run();
const ms = (performance.now() - t) / rounds;
console.log(`${docs.length} documents, ${words} words, ${mentions} mentions; model load ${loadMs.toFixed(0)} ms`);
console.log(`${(ms).toFixed(1)} ms per pass, ${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s (${rounds} rounds)`);

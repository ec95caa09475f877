#!/usr/bin/env node
// Entity recognition speed on one core: words per (CPU) second through findEntities (sentences split
// beforehand, model loaded beforehand, so only recognition and merging are timed).
//   node scripts/bench-ner.mjs [DOCS.ndjson]   (one {"text"} per line, e.g. from ner.mjs prepare)
// Without a file it times the seed articles. Needs `npm run build`.
//   AGAINST=OTHER/dist node scripts/bench-ner.mjs [DOCS.ndjson]
// also times another build (a copy of an older dist with its models/ beside it) in the same process,
// each slice alternately with both, and prints this build's CPU time over the other's: on a shared
// machine the two then see the same neighbours, which separate runs do not.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
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
const docs = texts.map((text) => ({ text, sentences: splitSentences(text), words: tokenize(text).starts.length }));
const words = docs.reduce((n, d) => n + d.words, 0);

let t = performance.now();
defaultModel();
const loadMs = performance.now() - t;
// The machine may be shared, so the figure is made robust to other processes: the documents are cut
// into slices of about 5,000 words, each slice is timed by this process's CPU time (other processes'
// turns do not count) over many passes, and a slice's fastest pass -- the one least disturbed by
// the neighbours' use of caches and hyper-threads -- is its time. The figure is all words over the
// sum of those times; the medians are printed beside it, and the load average as the machine's state.
const slices = [];
for (let i = 0, words = 0, cur = []; i < docs.length; i++) {
  cur.push(docs[i]);
  words += docs[i].words;
  if (words >= 5000 || i === docs.length - 1) { slices.push({ docs: cur, words, cpu: [], wall: [] }); cur = []; words = 0; }
}
const runWith = (find, list) => { let m = 0; for (const d of list) m += find(d.text, d.sentences).mentions.length; return m; };
const run = (list) => runWith(findEntities, list);
const mentions = run(docs); // warm-up
const passes = Number(process.env.PASSES ?? 15);
const load0 = loadavg()[0];
for (let p = 0; p < passes; p++) {
  for (const s of slices) {
    const c = process.cpuUsage();
    const t1 = performance.now();
    run(s.docs);
    s.wall.push(performance.now() - t1);
    const d = process.cpuUsage(c);
    s.cpu.push((d.user + d.system) / 1000);
  }
}
const min = (a) => Math.min(...a);
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const total = (f) => slices.reduce((n, s) => n + f(s), 0);
const rate = (ms) => Math.round(words / (ms / 1000)).toLocaleString('en-US');
const best = total((s) => min(s.cpu));
console.log(`${docs.length} documents, ${words} words in ${slices.length} slices, ${mentions} mentions; model load ${loadMs.toFixed(0)} ms; ${passes} passes; load average ${load0.toFixed(2)} -> ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);
console.log(`fastest passes: ${rate(best)} words/s (${best.toFixed(1)} ms CPU for all words); median ${rate(total((s) => median(s.cpu)))} words/s by CPU time, ${rate(total((s) => median(s.wall)))} by the wall clock`);

// Same-process comparison with another build (see the top).
if (process.env.AGAINST) {
  const other = resolve(process.env.AGAINST);
  const otherFind = (await import(join(other, 'nlp/entities/index.js'))).findEntities;
  (await import(join(other, 'nlp/entities/model.js'))).defaultModel();
  if (runWith(otherFind, docs) !== mentions) console.log('the other build finds a different number of mentions');
  const time = (find, s) => { const c = process.cpuUsage(); runWith(find, s.docs); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
  for (const s of slices) { s.mine = []; s.other = []; }
  for (let p = 0; p < passes; p++) {
    for (const s of slices) {
      // Alternate which goes first, so neither always runs on caches the other warmed.
      if (p & 1) { s.other.push(time(otherFind, s)); s.mine.push(time(findEntities, s)); } else { s.mine.push(time(findEntities, s)); s.other.push(time(otherFind, s)); }
    }
  }
  const [mineBest, otherBest] = [total((s) => min(s.mine)), total((s) => min(s.other))];
  const [mineMed, otherMed] = [total((s) => median(s.mine)), total((s) => median(s.other))];
  console.log(`against ${other}: fastest passes ${mineBest.toFixed(0)} ms vs ${otherBest.toFixed(0)} ms (${(mineBest / otherBest).toFixed(3)}); median passes ${mineMed.toFixed(0)} vs ${otherMed.toFixed(0)} ms (${(mineMed / otherMed).toFixed(3)})`);
}

#!/usr/bin/env node
// Trains the text-mode headline ranker (models/title.json): a linear score over the readable features of
// src/clean/rules/title.ts, fitted with a per-page softmax (the gold headline against the page's other
// candidates) and L2. Reports k-fold cross-validated accuracy inside the training pages first, so the
// figure to expect on held-out pages is known before the weights are written.
//   npm run train:title   (or: npx tsc -p . && node scripts/train-title-ranker.mjs DIR [--write])
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { articleHeadlineCandidates, classify } from '../dist/clean/engine.js';
import { splitLines } from '../dist/clean/text.js';
import { normalizeText } from '../dist/input/normalize.js';
import { HEADLINE_FEATURES, headlineText } from '../dist/clean/rules/title.js';

const FOLDS = 5;
const L2 = 0.01;
const EPOCHS = 1500;
const RATE = 2;

const [dir, ...flags] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node scripts/train-title-ranker.mjs DIR [--write]\n');
  process.exit(2);
}
// The scorer's title comparison: lower case, whitespace squashed, edge punctuation dropped.
const normTitle = (s) => s.toLowerCase().replace(/\s+/gu, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

/** One page: its candidates' features and which of them, if any, is the gold headline. */
function pageOf(raw, gold, site) {
  // As the CLI reads it: the clean stage sees the normalised text.
  const blocks = splitLines(normalizeText(raw));
  // The engine's state when it looks for the headline: what it dropped and where the body starts.
  const reasons = new Map(classify(blocks, { findTitle: false }).removed.map((r) => [r.start, r.reason]));
  const drops = blocks.map((b) => reasons.get(b.start) ?? null);
  const start = drops.indexOf(null);
  if (start < 0) return null;
  const cands = articleHeadlineCandidates(blocks, drops, start);
  const want = normTitle(gold);
  return { site, x: cands.map((c) => c.features), y: cands.map((c) => normTitle(headlineText(blocks, c.index)) === want) };
}

/** The page's host, "www." dropped; a page without an address is a site of its own. */
function siteOf(url, id) {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return `#${id}`;
  }
}

const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -10)).sort();
const pages = [];
for (const id of ids) {
  const gold = JSON.parse(readFileSync(`${dir}/${id}.gold.json`, 'utf8'));
  if (typeof gold.title !== 'string' || !normTitle(gold.title)) continue;
  const page = pageOf(readFileSync(`${dir}/${id}.txt`, 'utf8'), gold.title, siteOf(gold.url, id));
  if (page) pages.push(page);
}

const dot = (w, x) => x.reduce((s, v, k) => s + w[k] * v, 0);
const K = HEADLINE_FEATURES.length;

/** The usable pages' candidates packed flat (row c of page p at (offset[p] + c) * K), for a fast inner loop. */
function pack(set) {
  const usable = set.filter((p) => p.y.some(Boolean));
  const offset = new Int32Array(usable.length + 1);
  usable.forEach((p, i) => (offset[i + 1] = offset[i] + p.x.length));
  const x = new Float64Array(offset[usable.length] * K);
  const target = new Float64Array(offset[usable.length]);
  usable.forEach((p, i) => {
    const gold = p.y.reduce((n, v) => n + (v ? 1 : 0), 0);
    p.x.forEach((row, c) => {
      x.set(row, (offset[i] + c) * K);
      target[offset[i] + c] = p.y[c] ? 1 / gold : 0;
    });
  });
  return { n: usable.length, offset, x, target };
}

/** Gradient descent on the mean softmax loss of the pages whose candidates hold the gold headline. */
function train(set) {
  const { n, offset, x, target } = pack(set);
  const w = new Float64Array(K);
  const grad = new Float64Array(K);
  const score = new Float64Array(offset[n]);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < K; k++) grad[k] = L2 * w[k];
    for (let p = 0; p < n; p++) {
      const lo = offset[p];
      const hi = offset[p + 1];
      let top = -Infinity;
      for (let c = lo; c < hi; c++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += w[k] * x[c * K + k];
        score[c] = s;
        if (s > top) top = s;
      }
      let z = 0;
      for (let c = lo; c < hi; c++) z += (score[c] = Math.exp(score[c] - top));
      for (let c = lo; c < hi; c++) {
        const g = (score[c] / z - target[c]) / n;
        if (g === 0) continue;
        for (let k = 0; k < K; k++) grad[k] += g * x[c * K + k];
      }
    }
    for (let k = 0; k < K; k++) w[k] -= RATE * grad[k];
  }
  return [...w];
}

/** Right and taken among the pages, taking the best candidate when it scores above the threshold. */
function evaluate(w, threshold, set) {
  let right = 0;
  let taken = 0;
  for (const p of set) {
    let best = -1;
    let bestScore = threshold;
    p.x.forEach((x, c) => {
      const s = dot(w, x);
      if (s > bestScore) [best, bestScore] = [c, s];
    });
    if (best < 0) continue;
    taken++;
    if (p.y[best]) right++;
  }
  return { right, taken };
}

/** The threshold that keeps the most right answers, with the fewest wrong ones among equals. */
function pickThreshold(w, set) {
  let best = { t: -Infinity, right: -1, taken: 0 };
  for (const t of [-Infinity, -2, -1, -0.5, 0, 0.5, 1, 1.5, 2]) {
    const { right, taken } = evaluate(w, t, set);
    if (right > best.right || (right === best.right && taken < best.taken)) best = { t, right, taken };
  }
  return best.t;
}

// Cross-validation: sites dealt round-robin into folds, in the order their first page comes.
const foldOfSite = new Map();
for (const p of pages) if (!foldOfSite.has(p.site)) foldOfSite.set(p.site, foldOfSite.size % FOLDS);
const foldOf = (p) => foldOfSite.get(p.site);
let right = 0;
let taken = 0;
for (let f = 0; f < FOLDS; f++) {
  const trainSet = pages.filter((p) => foldOf(p) !== f);
  const testSet = pages.filter((p) => foldOf(p) === f);
  const w = train(trainSet);
  const r = evaluate(w, pickThreshold(w, trainSet), testSet);
  right += r.right;
  taken += r.taken;
}
const reachable = pages.filter((p) => p.y.some(Boolean)).length;
process.stdout.write(`title ranker: ${pages.length} pages with a gold title, ${reachable} with it among the candidates\n`);
/** Accuracy of the answers, the share of pages answered, and right answers among all pages with a gold title. */
const figures = (r, t) => `${r} right of ${t} taken (accuracy ${(r / t).toFixed(3)}, coverage ${(t / pages.length).toFixed(3)}, right on all ${(r / pages.length).toFixed(3)})`;
process.stdout.write(`${FOLDS}-fold cross-validated by site: ${figures(right, taken)}\n`);

const weights = train(pages);
const threshold = pickThreshold(weights, pages);
const all = evaluate(weights, threshold, pages);
process.stdout.write(`all pages (threshold ${threshold}): ${figures(all.right, all.taken)}\n`);
for (let k = 0; k < weights.length; k++) process.stdout.write(`  ${HEADLINE_FEATURES[k].padEnd(16)} ${weights[k].toFixed(3)}\n`);
if (flags.includes('--write')) {
  const model = { features: [...HEADLINE_FEATURES], weights: weights.map((v) => Number(v.toFixed(4))), threshold: Number.isFinite(threshold) ? threshold : -1e9 };
  writeFileSync(new URL('../models/title.json', import.meta.url), JSON.stringify(model) + '\n');
  process.stdout.write('wrote models/title.json\n');
}

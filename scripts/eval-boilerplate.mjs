#!/usr/bin/env node
// Driver for ../shared/eval/boilerplate.mjs that calls dist/clean directly (no CLI start-up, timing on
// stderr): reads the scorer's docs NDJSON ({id, text} or {id, html}) on stdin, prints one record a line.
//   npx tsc -p . && node ../shared/eval/boilerplate.mjs run ../shared/data/boilerplate/wcxb-dev --mode html -- node scripts/eval-boilerplate.mjs
// The same through the CLI:
//   node ../shared/eval/boilerplate.mjs run ../shared/data/boilerplate/wcxb-dev --mode text -- \
//     node bin/copydesk.js clean --input-format ndjson --format ndjson -
import { readFileSync } from 'node:fs';
import { cleanHtml, cleanText } from '../dist/clean/index.js';

const input = readFileSync(0, 'utf8');
const started = process.hrtime.bigint();
let n = 0;
const out = [];
for (const line of input.split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const result = typeof doc.html === 'string' ? cleanHtml(doc.html) : cleanText(doc.text ?? '');
  const { title = null, published = null, authors = [], editors = [], dateline = null, section = null, url = null, site = null } = result.meta;
  out.push(JSON.stringify({ id: doc.id, text: result.text, title, published, authors, editors, dateline, section, url, site, warnings: result.warnings }));
  n++;
}
process.stdout.write(out.join('\n') + '\n');
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stderr.write(`eval-boilerplate: ${n} documents in ${ms.toFixed(0)} ms\n`);

#!/usr/bin/env node
// Runs the four scorers of ../shared/eval against the development data, through the built CLI.
//   npm run eval                 all four
//   npm run eval -- ner timex    only these (ner, timex, quotes, boilerplate-text, boilerplate-html)
// SHARED=/path/to/shared overrides where the data and scorers are.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(process.env.SHARED ?? path.join(root, '..', 'shared'));
const data = (...p) => path.join(shared, 'data', ...p);
const analyze = ['node', path.join(root, 'bin', 'copydesk.js'), 'analyze', '--input-format', 'ndjson', '--format', 'ndjson'];
const noClean = [...analyze, '--no-clean', '-'];

const RUNS = {
  ner: ['ner.mjs', 'run', data('conll2003', 'valid.txt'), '--', ...noClean],
  timex: ['timex.mjs', 'run', data('timebank', 'TimeBank'), data('timebank', 'AQUAINT'), '--', ...noClean],
  quotes: ['quotes.mjs', 'run', data('polnear', 'dev'), '--metadata', data('polnear', 'metadata.tsv'), '--', ...noClean],
  'boilerplate-text': ['boilerplate.mjs', 'run', data('boilerplate', 'wcxb-dev'), '--mode', 'text', '--', ...analyze, '-'],
  'boilerplate-html': ['boilerplate.mjs', 'run', data('boilerplate', 'wcxb-dev'), '--mode', 'html', '--', ...analyze, '-'],
};

if (!existsSync(path.join(shared, 'eval'))) {
  console.error(`eval: ${shared}/eval not found (set SHARED=...)`);
  process.exit(2);
}
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in RUNS));
if (unknown.length) {
  console.error(`eval: unknown run(s) ${unknown.join(', ')}; choose from ${Object.keys(RUNS).join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const name of wanted.length ? wanted : Object.keys(RUNS)) {
  const [script, ...args] = RUNS[name];
  console.log(`\n== ${name}`);
  const r = spawnSync('node', [path.join(shared, 'eval', script), ...args], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);

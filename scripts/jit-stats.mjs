#!/usr/bin/env node
// Where V8's optimising compiler spends its time on a run of `copydesk analyze`: TurboFan compile time
// and count per function, and deoptimisations per function and reason. A function compiled many times
// is being deoptimised (objects of changing shape, arrays of changing kind, reads past an end), and
// every worker thread pays for it again.
//   node scripts/jit-stats.mjs DOCS.ndjson [--jobs N] [--top 30]
// (npm run build first; DOCS is an NDJSON file of {id, text}, e.g. the bench corpus.)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const docs = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!docs) {
  console.error('usage: node scripts/jit-stats.mjs DOCS.ndjson [--jobs N] [--top 30]');
  process.exit(2);
}
const jobs = option('--jobs', '1');
const top = Number(option('--top', '30'));

const run = spawnSync('node', ['--trace-opt', '--trace-deopt', path.join(root, 'bin', 'copydesk.js'), 'analyze', '--input-format', 'ndjson', '--format', 'ndjson', '--jobs', jobs, docs], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const lines = run.stdout.split('\n');

// "[completed compiling 0x.. <JSFunction name (sfi = ..)> (target TURBOFAN) - took 0.01, 5.73, 0.06 ms]"
const COMPILED = /^\[completed compiling .*?<JSFunction (\S*) .*took [\d.]+, ([\d.]+), [\d.]+ ms/;
// "[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x.. <JSFunction name (sfi..."
const BAILOUT = /^\[bailout \(kind: [^,]+, reason: ([^)]*)\).*?<JSFunction (\S*) /;

const compiles = new Map();
const deopts = new Map();
let total = 0;
let count = 0;
for (const line of lines) {
  let m = COMPILED.exec(line);
  if (m) {
    const ms = Number(m[2]);
    const c = compiles.get(m[1]) ?? { ms: 0, n: 0 };
    c.ms += ms;
    c.n++;
    compiles.set(m[1], c);
    total += ms;
    count++;
    continue;
  }
  m = BAILOUT.exec(line);
  if (m) deopts.set(`${m[2]} | ${m[1]}`, (deopts.get(`${m[2]} | ${m[1]}`) ?? 0) + 1);
}

console.log(`TurboFan: ${Math.round(total)} ms in ${count} compiles (--jobs ${jobs}; an anonymous function shows as "(sfi")\n`);
console.log('     ms  compiles  function');
for (const [name, c] of [...compiles].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
  console.log(`${String(Math.round(c.ms)).padStart(7)}  ${String(c.n).padStart(8)}  ${name}`);
}
console.log('\ndeopts  function | reason');
for (const [key, n] of [...deopts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(6)}  ${key}`);
process.exit(run.status ?? 2);

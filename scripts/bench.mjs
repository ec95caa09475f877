#!/usr/bin/env node
// npm run bench: throughput, memory and start-up of copydesk against a plain compromise pipeline.
//   npm run bench [-- --repeat 10 [--scale-one]] [--runs 3] [--skip-compromise]
// (--scale-one also times the repeated corpus on one worker, for the workers' gain on a long run)
// Corpus: the 840 article texts of polnear/train and the 709 page dumps of wcxb-dev (../shared,
// or SHARED=...). Peak RSS is the process's high-water mark (VmHWM), worker threads included. CPU is
// the process's user + system time (all threads, JIT compilation and GC included), sampled from /proc:
// on a shared machine it moves less than the wall clock. With --runs N, the one-worker and all-worker
// runs alternate N times and each row is the run of median wall time (single runs here vary ±15%).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(process.env.SHARED ?? path.join(root, '..', 'shared'));
const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf('--repeat') + 1]) || 1;
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const skipCompromise = args.includes('--skip-compromise');
const bin = path.join(root, 'bin', 'copydesk.js');

function corpusTexts() {
  const polnear = path.join(shared, 'data', 'polnear', 'train', 'text');
  const wcxb = path.join(shared, 'data', 'boilerplate', 'wcxb-dev');
  const files = [
    ...readdirSync(polnear).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(polnear, f)),
    ...readdirSync(wcxb).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(wcxb, f)),
  ];
  return files.map((f) => ({ id: path.relative(shared, f), text: readFileSync(f, 'utf8') }));
}

async function writeCorpus(docs, times) {
  const file = path.join(tmpdir(), `copydesk-bench-${process.pid}-${times}.ndjson`);
  const out = createWriteStream(file);
  for (let k = 0; k < times; k++) for (const d of docs) out.write(`${JSON.stringify({ id: k ? `${d.id}#${k}` : d.id, text: d.text })}\n`);
  await new Promise((resolve) => out.end(resolve));
  return file;
}

/** Run a command, sampling its peak RSS and CPU time from /proc; resolves to {seconds, cpu, peakMB, status}. */
function measure(cmd, cmdArgs) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peak = 0;
    let cpu = 0;
    const ticks = 100; // USER_HZ
    child.stdout.on('data', (c) => {
      if (stdout.length < 1e6) stdout += c;
    });
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpu = (Number(stat[11]) + Number(stat[12])) / ticks;
      } catch {
        // the process has exited
      }
    };
    const timer = setInterval(sample, 25);
    child.on('exit', (status) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - t0) / 1000, cpu, peakMB: peak / 1024, status, stdout });
    });
  });
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const docs = corpusTexts();
const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1024 / 1024;
const corpus = await writeCorpus(docs, 1);
const temporary = [corpus];
process.on('exit', () => temporary.forEach((f) => rmSync(f, { force: true })));
console.log(`corpus: ${docs.length} documents, ${fmt(words)} words, ${fmt(mb, 1)} MB (polnear/train + wcxb-dev dumps)\n`);

const rows = [];
const row = (name, r, n = 1) => {
  rows.push({ name, ...r, n });
  console.log(`${name.padEnd(46)} ${fmt((docs.length * n) / r.seconds, 0).padStart(7)} docs/s ${fmt((words * n) / r.seconds, 0).padStart(10)} words/s ${fmt((mb * n) / r.seconds, 2).padStart(7)} MB/s  peak RSS ${fmt(r.peakMB, 0).padStart(4)} MB  (${fmt(r.seconds, 2)} s${r.cpu ? `, CPU ${fmt(r.cpu, 1)} s` : ''})`);
  return r;
};

let baseline = null;
if (!skipCompromise) {
  const r = await measure('node', [path.join(root, 'scripts', 'bench-compromise.mjs'), corpus]);
  const inner = JSON.parse(r.stdout.trim().split('\n').pop());
  baseline = row('compromise (people/places/orgs/quotes/dates)', { ...r, seconds: inner.seconds });
}
const analyze = (jobs, file) => measure('node', [bin, 'analyze', '--input-format', 'ndjson', '--format', 'ndjson', '--jobs', String(jobs), file]);
const cores = availableParallelism();
const oneRuns = [];
const allRuns = [];
for (let k = 0; k < runs; k++) {
  oneRuns.push(await analyze(1, corpus));
  allRuns.push(await analyze(cores, corpus));
}
const medianRun = (rs) => [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor(rs.length / 2)];
const of = (rs) => (runs > 1 ? ` (median of ${runs})` : '');
const one = row(`copydesk analyze --jobs 1${of(oneRuns)}`, medianRun(oneRuns));
const all = row(`copydesk analyze --jobs ${cores}${of(allRuns)}`, medianRun(allRuns));
if (runs > 1) console.log(`  wall times: --jobs 1 ${oneRuns.map((r) => fmt(r.seconds, 1)).join(', ')} s; --jobs ${cores} ${allRuns.map((r) => fmt(r.seconds, 1)).join(', ')} s`);
if (baseline) {
  console.log(`\nspeed-up over compromise: ${fmt(baseline.seconds / one.seconds, 1)}x on one worker, ${fmt(baseline.seconds / all.seconds, 1)}x on ${cores}`);
  console.log(`by CPU time (whole processes, start-up included): ${fmt(baseline.cpu / one.cpu, 1)}x on one worker`);
}
console.log(`${cores} workers over one: ${fmt(one.seconds / all.seconds, 2)}x (CPU ${fmt(one.cpu, 1)} s -> ${fmt(all.cpu, 1)} s)`);

if (repeat > 1) {
  const big = await writeCorpus(docs, repeat);
  temporary.push(big);
  const r = row(`copydesk analyze, corpus x${repeat}, --jobs ${cores}`, await analyze(cores, big), repeat);
  console.log(`peak RSS x1: ${fmt(all.peakMB, 0)} MB, x${repeat}: ${fmt(r.peakMB, 0)} MB`);
  // Each worker pays a fixed warm-up (loading, and optimising the pipeline again): over a long run
  // it is amortised, and this shows what the workers give at scale.
  if (args.includes('--scale-one')) {
    const r1 = row(`copydesk analyze, corpus x${repeat}, --jobs 1`, await analyze(1, big), repeat);
    console.log(`${cores} workers over one at x${repeat}: ${fmt(r1.seconds / r.seconds, 2)}x`);
  }
}

// Start-up: the median of several runs of a short job against a bare node.
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (cmdArgs) =>
  median(Array.from({ length: 7 }, () => {
    const t0 = performance.now();
    spawnSync('node', cmdArgs, { cwd: root, stdio: 'ignore' });
    return performance.now() - t0;
  }));
const bare = time(['-e', '0']);
const entities = time([bin, 'entities', 'seeds/']);
console.log(`\nstart-up: node -e 0 ${fmt(bare)} ms, copydesk entities seeds/ ${fmt(entities)} ms (+${fmt(entities - bare)} ms)`);

#!/usr/bin/env node
// Measure the date stage with the shared TempEval-3 scorer, without the CLI:
//   npx tsc -p . && node scripts/timex-eval.mjs [--errors FILE] [DIR_OR_FILE...]
// Defaults to ../shared/data/timebank/{TimeBank,AQUAINT}. Prints the scorer's report for both
// together and for each; --errors writes the unmatched and wrongly valued timexes for study.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findDates } from '../dist/nlp/dates/index.js';
import { splitSentences } from '../dist/nlp/segment.js';

const SCORER = process.env.TIMEX_SCORER ?? '/work/shared/eval/timex.mjs';
const DATA = '/work/shared/data/timebank';
const args = process.argv.slice(2);
let errorsFile = null;
const ei = args.indexOf('--errors');
if (ei >= 0) { errorsFile = args[ei + 1]; args.splice(ei, 2); }
const sets = args.length ? args : [`${DATA}/TimeBank`, `${DATA}/AQUAINT`];

const tmp = mkdtempSync(path.join(tmpdir(), 'timex-'));
const predict = (dirs) => {
  const docs = execFileSync('node', [SCORER, 'prepare', ...dirs], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().split('\n').map((l) => JSON.parse(l));
  const t0 = performance.now();
  const out = docs.map((d) => ({ id: d.id, text: d.text, dates: findDates(d.text, splitSentences(d.text), d.published ?? null) }));
  const ms = performance.now() - t0;
  const file = path.join(tmp, 'pred.ndjson');
  writeFileSync(file, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return { file, ms, out };
};

for (const dirs of sets.length > 1 ? [sets, ...sets.map((d) => [d])] : [sets]) {
  const { file, ms, out } = predict(dirs);
  process.stdout.write(execFileSync('node', [SCORER, 'score', ...dirs, file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
  console.log(`(${out.length} documents tagged in ${ms.toFixed(0)} ms)\n`);
  if (errorsFile && dirs === sets) {
    const gold = execFileSync('node', [SCORER, 'gold', ...dirs], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().split('\n').map((l) => JSON.parse(l));
    const lines = [];
    gold.forEach((g, k) => {
      const pred = out[k].dates;
      const used = new Set();
      for (const x of g.dates) {
        const p = pred.find((q, j) => !used.has(j) && q.start < x.end && x.start < q.end);
        if (!p) { lines.push(`MISS\t${x.type}\t${x.text}\t${x.value}\t| ${g.text.slice(Math.max(0, x.start - 40), x.end + 30).replace(/\n/g, ' ')}\t${g.id} ${g.published}`); continue; }
        used.add(pred.indexOf(p));
        if (p.start !== x.start || p.end !== x.end) lines.push(`SPAN\t${x.text}\t=>\t${p.text}`);
        if (p.value.toUpperCase() !== x.value.toUpperCase()) lines.push(`VALUE\t${x.type}\t${x.text}\t${x.value}\t=>\t${p.type} ${p.text} ${p.value}\t| ${g.text.slice(Math.max(0, x.start - 50), x.end + 30).replace(/\n/g, ' ')}\t${g.id} ${g.published}`);
        else if (p.type !== x.type) lines.push(`TYPE\t${x.text}\t${x.type}\t=>\t${p.type}`);
      }
      pred.forEach((p, j) => { if (!used.has(j) && !g.dates.some((x) => p.start < x.end && x.start < p.end)) lines.push(`FALSE\t${p.type}\t${p.text}\t${p.value}\t| ${g.text.slice(Math.max(0, p.start - 40), p.end + 30).replace(/\n/g, ' ')}`); });
    });
    writeFileSync(errorsFile, lines.join('\n') + '\n');
  }
}

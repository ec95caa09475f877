// The baseline for npm run bench: a plain compromise pipeline (people, places, organizations,
// quotations and dates with compromise-dates) over the same NDJSON corpus, in this one process.
// Prints {docs, seconds} as JSON on stdout.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);
const docs = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const t0 = performance.now();
let found = 0;
for (const { text } of docs) {
  const doc = nlp(text);
  found += doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
  try {
    found += doc.dates().length;
  } catch {
    // compromise-dates throws on some inputs; the baseline keeps going.
  }
}
console.log(JSON.stringify({ docs: docs.length, seconds: (performance.now() - t0) / 1000, found }));

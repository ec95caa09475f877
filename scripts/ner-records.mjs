#!/usr/bin/env node
// Analysis records with entities only, for the scorer until the CLI's `analyze` is at hand:
//   node ../shared/eval/ner.mjs run ../shared/data/conll2003/valid.txt -- node scripts/ner-records.mjs
// Reads {"id","text"} lines on stdin, prints {"id","text","entities","dates":[]} lines. Needs `npm run build`.
import { createInterface } from 'node:readline';
import { findEntities } from '../dist/nlp/entities/index.js';
import { splitSentences } from '../dist/nlp/segment.js';

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  const { entities } = findEntities(text, splitSentences(text));
  process.stdout.write(JSON.stringify({ id, text, entities, dates: [] }) + '\n');
}

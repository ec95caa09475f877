#!/usr/bin/env node
// Stand-in for `copydesk analyze --no-clean --input-format ndjson --format ndjson -` until the CLI
// lands: reads NDJSON documents on stdin, runs segment -> entities -> quotes from dist/, prints
// {id, text, entities, quotes} per line. `--no-entities` skips the entity stage (faster tuning).
// Usage: node /work/shared/eval/quotes.mjs run DATA -- node scripts/quotes-driver.mjs
import readline from 'node:readline';
import { splitSentences } from '../dist/nlp/segment.js';
import { findEntities } from '../dist/nlp/entities/index.js';
import { findQuotes } from '../dist/nlp/quotes/index.js';

const withEntities = !process.argv.includes('--no-entities');
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  const sentences = splitSentences(text);
  const entities = withEntities ? findEntities(text, sentences).entities : [];
  const quotes = findQuotes(text, sentences, entities);
  process.stdout.write(JSON.stringify({ id, text, entities, quotes }) + '\n');
}

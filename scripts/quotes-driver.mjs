#!/usr/bin/env node
// Fast tuning driver for the quotation stage: reads NDJSON documents ({id, text}) on stdin, runs
// segment -> entities -> quotes from dist/ and prints {id, text, entities, quotes} per line, the
// fields quotes.mjs reads. `--no-entities` skips the entity stage (speaker spans are scored by
// position, so tuning runs do not need it). The documented measurement uses the CLI instead:
//   node ../shared/eval/quotes.mjs run ../shared/data/polnear/dev -- \
//     node bin/copydesk.js analyze --no-clean --input-format ndjson --format ndjson -
// Usage: npm run build && node ../shared/eval/quotes.mjs run DATA -- node scripts/quotes-driver.mjs [--no-entities]
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

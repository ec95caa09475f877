// `copydesk clean`: the article body without the page around it.
import type { Command } from 'commander';
import type { Document } from '../../core/document.js';
import { toCleanRecord } from '../../core/record.js';
import type { Column } from '../../render/columns.js';
import { addCommonOptions, analyzeOptionsOf, formatOf, INPUT_HELP, inputsOf, type CommonFlags } from '../common.js';
import { FORMATS } from '../sink.js';
import type { CommandPlan } from '../plan.js';
import { runPlan } from '../run.js';

const columns: Column<Document>[] = [
  { header: 'document', value: (d) => d.id },
  { header: 'title', value: (d) => d.meta.title },
  { header: 'published', value: (d) => d.meta.published },
  { header: 'text', value: (d) => d.text, flex: true },
];

/** The text, then each removed stretch with its reason, one a line. */
function explained(doc: Document): string {
  const removed = doc.layers.removed.map((r) => `  ${r.reason}: ${r.text.replace(/\s+/gu, ' ').slice(0, 200)}`);
  return `${doc.text}\n\n--- removed from ${doc.id}:${removed.length ? `\n${removed.join('\n')}` : ' nothing'}`;
}

export function cleanPlan({ explain }: { explain: boolean }): CommandPlan<Document> {
  return { columns, toJson: toCleanRecord, toText: explain ? explained : (d) => d.text, perDocument: (doc) => [doc] };
}

export function registerClean(program: Command): void {
  const cmd = program
    .command('clean')
    .description('print the article body with boilerplate (navigation, ads, related links, comments) removed')
    .argument('[paths...]', 'files, directories, glob patterns, or - for stdin');
  cmd.option('--explain', 'after each text, list what was removed and why (JSON records always carry `removed`)');
  addCommonOptions(cmd, ['text', ...FORMATS], 'text').addHelpText(
    'after',
    `
${INPUT_HELP}

Output: the cleaned text of each document, separated by a blank line (--format text, the default);
--format json or ndjson gives the record with its metadata (title, published, authors, dateline,
section, removed spans) and no NLP layers.

Examples:
  $ copydesk clean seeds/000_0e3ed883c4655ac0.txt
  $ copydesk clean --explain seeds/
  $ copydesk clean --format ndjson pages/ | jq -r '.title'
  $ curl -s https://example.com/story | copydesk clean --html -`,
  );
  cmd.action(async (paths: string[], flags: CommonFlags & { explain?: boolean }) => {
    const plan = { module: import.meta.url, name: 'cleanPlan', args: { explain: flags.explain ?? false } };
    process.exitCode = await runPlan(inputsOf(paths, cmd), analyzeOptionsOf(flags, []), formatOf(flags, 'text'), plan, flags);
  });
}

// `copydesk analyze`: everything, one analysis record per document.
import type { Command } from 'commander';
import { summarize, type DocumentSummary } from '../../aggregate/rows.js';
import type { Document } from '../../core/document.js';
import { toAnalysisRecord } from '../../core/record.js';
import type { Column } from '../../render/columns.js';
import { ANNOTATIONS } from '../../core/options.js';
import { addCommonOptions, analyzeOptionsOf, formatOf, INPUT_HELP, inputsOf, type CommonFlags } from '../common.js';
import type { CommandPlan } from '../plan.js';
import { runPlan } from '../run.js';

const columns: Column<Document>[] = [
  { header: 'document', value: (d) => d.id },
  { header: 'title', value: (d) => d.meta.title, flex: true },
  { header: 'published', value: (d) => d.meta.published },
  ...(['words', 'entities', 'dates', 'quotes'] as const).map((key): Column<Document> => ({ header: key, value: (d) => summarize(d)[key as keyof DocumentSummary], align: 'right' })),
];

export function analyzePlan(): CommandPlan<Document> {
  return { columns, toJson: toAnalysisRecord, perDocument: (doc) => [doc] };
}

export function registerAnalyze(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('analyse articles: clean body, metadata, entities, dates and quotations, one record per document')
    .argument('[paths...]', 'files, directories, glob patterns, or - for stdin');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
${INPUT_HELP}

Output: one JSON record per document (ndjson, the default when stdout is not a terminal); a table
on a terminal shows one summary row per document.

Examples:
  $ copydesk analyze seeds/ | jq '.entities[].name'
  $ copydesk analyze --format json article.html > article.json
  $ copydesk analyze --no-clean --input-format ndjson --reference-date 2013-03-22 - < docs.ndjson
  $ copydesk analyze 'crawl/**/*.txt' | jq -c '{id, quotes: [.quotes[] | {speaker: .speaker.name, text}]}'`,
  );
  cmd.action(async (paths: string[], flags: CommonFlags) => {
    const plan = { module: import.meta.url, name: 'analyzePlan', args: null };
    process.exitCode = await runPlan(inputsOf(paths, cmd), analyzeOptionsOf(flags, ANNOTATIONS), formatOf(flags), plan, flags);
  });
}

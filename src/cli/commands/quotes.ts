// `copydesk quotes`: every quotation, direct and reported, with its speaker.
import type { Command } from 'commander';
import { quoteRows, type QuoteRow } from '../../aggregate/rows.js';
import type { Column } from '../../render/columns.js';
import { addCommonOptions, analyzeOptionsOf, formatOf, INPUT_HELP, inputsOf, type CommonFlags } from '../common.js';
import type { CommandPlan } from '../plan.js';
import { runPlan } from '../run.js';

const columns: Column<QuoteRow>[] = [
  { header: 'document', value: (q) => q.document },
  { header: 'speaker', value: (q) => q.speaker },
  { header: 'kind', value: (q) => q.kind, tone: (q) => q.kind },
  { header: 'quote', value: (q) => q.text, flex: true },
];

interface Flags extends CommonFlags {
  speaker?: string;
}

export function quotePlan({ speaker }: { speaker?: string }): CommandPlan<QuoteRow> {
  const wanted = speaker?.toLowerCase();
  return {
    columns,
    toJson: (q) => q,
    perDocument: (doc) => quoteRows(doc).filter((q) => !wanted || (q.speaker ?? '').toLowerCase().includes(wanted)),
  };
}

export function registerQuotes(program: Command): void {
  const cmd = program
    .command('quotes')
    .description('list quotations, direct and indirect, with their speakers')
    .argument('[paths...]', 'files, directories, glob patterns, or - for stdin')
    .option('-s, --speaker <name>', 'only quotes whose speaker contains this name (case-insensitive)');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
${INPUT_HELP}

Examples:
  $ copydesk quotes seeds/
  $ copydesk quotes --speaker Talabani seeds/
  $ copydesk quotes --format csv articles/ > quotes.csv
  $ copydesk quotes seeds/ | jq -r 'select(.kind == "direct") | "\\(.speaker): \\(.text)"'`,
  );
  cmd.action(async (paths: string[], flags: Flags) => {
    const plan = { module: import.meta.url, name: 'quotePlan', args: { speaker: flags.speaker } };
    process.exitCode = await runPlan(inputsOf(paths, cmd), analyzeOptionsOf(flags, ['quotes']), formatOf(flags), plan, flags);
  });
}

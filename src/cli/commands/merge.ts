// `copydesk merge`: fold the NDJSON outputs of several `copydesk analyze` runs (shards of one batch)
// into the entity, date or quote table of the whole batch.
import { type Command, Option } from 'commander';
import type { AnalysisEvent } from '../../core/analyze.js';
import { readRecords, recordToDocument } from '../../input/records.js';
import { formatOf, inputsOf, type CommonFlags } from '../common.js';
import type { CommandPlan } from '../plan.js';
import { runCommand, throughPlan } from '../run.js';
import { FORMATS } from '../sink.js';
import { datePlan } from './dates.js';
import { count, entityPlan, typeList } from './entities.js';
import { quotePlan } from './quotes.js';

interface Flags extends Pick<CommonFlags, 'format'> {
  what: 'entities' | 'dates' | 'quotes';
  type?: string[];
  minMentions: number;
  speaker?: string;
}

async function* documentsOf(paths: readonly string[]): AsyncGenerator<AnalysisEvent> {
  for await (const event of readRecords(paths)) yield event.kind === 'error' ? event : { kind: 'document', doc: recordToDocument(event.record) };
}

export function registerMerge(program: Command): void {
  const cmd = program
    .command('merge')
    .description('merge the NDJSON records of several `copydesk analyze` runs (e.g. shards) into one entity, date or quote table')
    .argument('[files...]', 'NDJSON files written by `copydesk analyze`, or - for stdin')
    .addOption(new Option('-w, --what <table>', 'which table to build').choices(['entities', 'dates', 'quotes']).default('entities'))
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, ndjson otherwise)').choices(FORMATS))
    .option('-t, --type <types>', 'entities: only these types, comma-separated', typeList)
    .option('-m, --min-mentions <n>', 'entities: only those mentioned at least n times', count, 1)
    .option('-s, --speaker <name>', 'quotes: only those whose speaker contains this name')
    .addHelpText(
      'after',
      `
Examples:
  $ copydesk analyze --shard 1/2 crawl/ > part1.ndjson
  $ copydesk analyze --shard 2/2 crawl/ > part2.ndjson
  $ copydesk merge part1.ndjson part2.ndjson
  $ copydesk merge --what quotes --format csv part*.ndjson > quotes.csv
  $ parallel copydesk analyze --shard {}/4 crawl/ '>' part{}.ndjson ::: 1 2 3 4 && copydesk merge part*.ndjson`,
    );
  cmd.action(async (files: string[], flags: Flags) => {
    const format = formatOf(flags);
    const docs = documentsOf(inputsOf(files, cmd));
    const run = <R, S>(plan: CommandPlan<R, S>) => runCommand(throughPlan(docs, plan, format), format, plan);
    if (flags.what === 'dates') process.exitCode = await run(datePlan());
    else if (flags.what === 'quotes') process.exitCode = await run(quotePlan({ speaker: flags.speaker }));
    else process.exitCode = await run(entityPlan({ filter: { types: flags.type ?? null, minMentions: flags.minMentions }, perDoc: false, format }));
  });
}

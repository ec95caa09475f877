// `copydesk dates`: every temporal expression with its TIMEX3 type and value.
import type { Command } from 'commander';
import { dateRows, type DateRow } from '../../aggregate/rows.js';
import type { Column } from '../../render/columns.js';
import { addCommonOptions, analyzeOptionsOf, formatOf, INPUT_HELP, inputsOf, type CommonFlags } from '../common.js';
import type { CommandPlan } from '../plan.js';
import { runPlan } from '../run.js';

const columns: Column<DateRow>[] = [
  { header: 'document', value: (d) => d.document },
  { header: 'text', value: (d) => d.text, tone: (d) => d.type },
  { header: 'type', value: (d) => d.type, tone: (d) => d.type },
  { header: 'value', value: (d) => d.value },
  { header: 'sentence', value: (d) => d.sentence, flex: true },
];

export function datePlan(): CommandPlan<DateRow> {
  return { columns, toJson: (d) => d, perDocument: dateRows };
}

export function registerDates(program: Command): void {
  const cmd = program
    .command('dates')
    .description('list date, time, duration and set expressions, normalised to TIMEX3 values against each article\'s date')
    .argument('[paths...]', 'files, directories, glob patterns, or - for stdin');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
${INPUT_HELP}

Relative dates ("on Monday", "last year") are resolved against the document's publication date,
else --reference-date; without either, what cannot be known stays X (XXXX-WXX-1).

Examples:
  $ copydesk dates seeds/
  $ copydesk dates --reference-date 2008-03-03 seeds/000_0e3ed883c4655ac0.txt
  $ copydesk dates --format csv articles/ > dates.csv
  $ copydesk dates seeds/ | jq -r 'select(.type == "duration") | .value'`,
  );
  cmd.action(async (paths: string[], flags: CommonFlags) => {
    const plan = { module: import.meta.url, name: 'datePlan', args: null };
    process.exitCode = await runPlan(inputsOf(paths, cmd), analyzeOptionsOf(flags, ['dates']), formatOf(flags), plan, flags);
  });
}

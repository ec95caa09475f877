// `copydesk entities`: canonical entities aggregated over all inputs, or per document.
import { type Command, InvalidArgumentError } from 'commander';
import { EntityAggregator, keepEntity, type AggregatedEntity, type EntityFilter } from '../../aggregate/entities.js';
import type { Entity } from '../../core/document.js';
import { documentEntities } from '../../aggregate/rows.js';
import type { Column } from '../../render/columns.js';
import { addCommonOptions, analyzeOptionsOf, formatOf, INPUT_HELP, inputsOf, type CommonFlags } from '../common.js';
import type { CommandPlan } from '../plan.js';
import { runPlan } from '../run.js';
import type { Format } from '../sink.js';

type Row = AggregatedEntity & { document?: string };

const columns: Column<Row>[] = [
  { header: 'name', value: (e) => e.name, tone: (e) => e.type },
  { header: 'type', value: (e) => e.type, tone: (e) => e.type },
  { header: 'mentions', value: (e) => e.mentions, align: 'right' },
  { header: 'documents', value: (e) => e.documents, align: 'right' },
  { header: 'aliases', value: (e) => e.aliases, flex: true },
];

interface Flags extends CommonFlags {
  type?: string[];
  minMentions: number;
  perDoc?: boolean;
}

const TYPE_NAMES: Record<string, string> = { people: 'person', persons: 'person', places: 'place', organizations: 'organization', orgs: 'organization', org: 'organization', location: 'place', locations: 'place' };

export function typeList(value: string): string[] {
  return value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean).map((t) => TYPE_NAMES[t] ?? t);
}

export function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number.');
  return n;
}

/** Aggregated over all documents, or each document's own entities with --per-doc. */
export function entityPlan({ filter, perDoc, format }: { filter: EntityFilter; perDoc: boolean; format: Format }): CommandPlan<Row, Entity[]> {
  if (perDoc) {
    // A table is headed by its document; CSV and JSON rows carry it.
    const shown = format === 'table' ? columns : [{ header: 'document', value: (e: Row) => e.document ?? null }, ...columns];
    return { columns: shown, toJson: (e) => e, groupByDocument: true, perDocument: (doc) => documentEntities(doc).filter((e) => keepEntity(e, filter)) };
  }
  const aggregator = new EntityAggregator();
  return {
    columns,
    toJson: (e) => e,
    // The aggregator folds each document's entities on the main thread, in input order.
    aggregate: { share: (doc) => doc.layers.entities, add: (entities) => aggregator.add(entities) },
    atEnd: () => aggregator.results().filter((e) => keepEntity(e, filter)),
  };
}

export function registerEntities(program: Command): void {
  const cmd = program
    .command('entities')
    .description('list the named entities (people, organizations, places, ...) over all inputs, most mentioned first')
    .argument('[paths...]', 'files, directories, glob patterns, or - for stdin')
    .option('-t, --type <types>', 'only these types, comma-separated (person, organization, place, nationality, ...)', typeList)
    .option('-m, --min-mentions <n>', 'only entities mentioned at least n times', count, 1)
    .option('--per-doc', 'one table (or one set of rows with a document field) per document');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
${INPUT_HELP}

Entities of different documents are merged when they share a type and a name or alias.

Examples:
  $ copydesk entities seeds/
  $ copydesk entities --type person,place --min-mentions 2 articles/
  $ copydesk entities --per-doc --format csv seeds/ > entities.csv
  $ copydesk entities seeds/ | jq -r 'select(.type == "person") | .name'`,
  );
  cmd.action(async (paths: string[], flags: Flags) => {
    const format = formatOf(flags);
    const args = { filter: { types: flags.type ?? null, minMentions: flags.minMentions }, perDoc: flags.perDoc ?? false, format };
    const plan = { module: import.meta.url, name: 'entityPlan', args };
    process.exitCode = await runPlan(inputsOf(paths, cmd), analyzeOptionsOf(flags, ['entities']), format, plan, flags);
  });
}

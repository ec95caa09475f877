// The copydesk command line: commander wiring, exit statuses and stdout guarding.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerClean } from './commands/clean.js';
import { registerDates } from './commands/dates.js';
import { registerEntities } from './commands/entities.js';
import { registerMerge } from './commands/merge.js';
import { registerQuotes } from './commands/quotes.js';
import { guardStdout, message } from './output.js';
import { EXIT_ERROR } from './run.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command('copydesk')
    .description('Turn scraped news articles into structured facts: clean bodies, entities, dates and quotations.')
    .version(version(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('(add --help for usage and examples)')
    .configureOutput({ outputError: (str, write) => write(`copydesk: ${str.replace(/^error: /u, '')}`) })
    .addHelpText(
      'after',
      `
Output goes to stdout (a table on a terminal, NDJSON in a pipe; --format to choose), messages to
stderr as "copydesk: PATH: message". Exit status: 0 results found, 1 nothing found, 2 any error.

Examples:
  $ copydesk entities seeds/
  $ copydesk analyze seeds/ | jq '.entities[].name'
  $ copydesk quotes --format csv articles/ > quotes.csv`,
    );
  registerAnalyze(program);
  registerEntities(program);
  registerDates(program);
  registerQuotes(program);
  registerClean(program);
  registerMerge(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  guardStdout();
  try {
    await buildProgram().parseAsync(argv as string[]);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every usage error exits 2 (its message is already printed).
      process.exitCode = e.exitCode === 0 ? 0 : EXIT_ERROR;
      return;
    }
    message(null, `internal error: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = EXIT_ERROR;
  }
}

// The options every command shares, and their resolution into library options.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { AnalyzeOptions } from '../core/options.js';
import type { InputFormat } from '../input/read.js';
import { FORMATS, type Format } from './sink.js';

export interface CommonFlags {
  format?: Format;
  inputFormat: InputFormat;
  clean: boolean;
  html?: boolean;
  referenceDate?: string;
}

function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  const date = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2013-03-22.');
  }
  return value;
}

export const INPUT_HELP = `Inputs: files, directories (searched recursively for *.txt *.html *.htm *.md *.ndjson *.jsonl),
glob patterns ('articles/**/*.html'), or - for standard input (read when no input is given and
stdin is not a terminal). NDJSON inputs hold one {"id", "text" | "html", "published"?, "title"?}
object per line.`;

export function addCommonOptions(cmd: Command, formats: readonly Format[] = FORMATS, defaultHelp = 'table on a terminal, ndjson otherwise'): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', `output format (default: ${defaultHelp})`).choices(formats))
    .addOption(new Option('--input-format <format>', 'how to read inputs: by extension and content, or forced').choices(['auto', 'text', 'html', 'ndjson']).default('auto'))
    .option('--html', 'treat text inputs as HTML pages')
    .option('--no-clean', 'the text is already clean: keep it exactly as given (offsets index the input)')
    .option('--reference-date <YYYY-MM-DD>', 'resolve relative dates against this date when a document has no publication date', isoDate);
}

export function analyzeOptionsOf(flags: CommonFlags, nlp: boolean): AnalyzeOptions & { inputFormat: InputFormat } {
  return { clean: flags.clean, html: flags.html ?? false, referenceDate: flags.referenceDate ?? null, nlp, inputFormat: flags.inputFormat };
}

/** With no input named, read stdin when it is piped; on a terminal that is a usage error. */
export function inputsOf(paths: string[], cmd: Command): string[] {
  if (paths.length > 0) return paths;
  if (!process.stdin.isTTY) return ['-'];
  cmd.error('no input: give files, directories, glob patterns, or - for standard input', { exitCode: 2, code: 'copydesk.noInput' });
}

export function formatOf(flags: CommonFlags, fallback: Format | null = null): Format {
  return flags.format ?? fallback ?? (process.stdout.isTTY ? 'table' : 'ndjson');
}

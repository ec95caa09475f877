// The options every command shares, and their resolution into library options.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { RunOptions } from '../core/analyze.js';
import type { AnalyzeOptions, Annotation } from '../core/options.js';
import { parseShard, type Shard } from '../core/shard.js';
import { DEFAULT_MAX_BYTES, type InputFormat } from '../input/read.js';
import { FORMATS, type Format } from './sink.js';

export interface CommonFlags {
  format?: Format;
  inputFormat: InputFormat;
  clean: boolean;
  html?: boolean;
  referenceDate?: string;
  jobs: number;
  shard?: Shard;
  maxBytes: number;
  verbose?: boolean;
}

function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  const date = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2013-03-22.');
  }
  return value;
}

function jobCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256.');
  return n;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/iu.exec(value.trim());
  const n = m ? Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!) : NaN;
  if (!(n > 0)) throw new InvalidArgumentError('expected a size such as 500000, 800k or 64M.');
  return n;
}

function shardOf(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected K/N with 1 <= K <= N, e.g. 3/8.');
  return shard;
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
    .option('--reference-date <YYYY-MM-DD>', 'resolve relative dates against this date when a document has no publication date', isoDate)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', jobCount, availableParallelism())
    .option('--shard <K/N>', 'only the K-th of N deterministic shares of the documents (by id hash), for splitting a batch', shardOf)
    .option('--max-bytes <size>', 'skip files and NDJSON lines larger than this (e.g. 800k, 64M)', byteSize, DEFAULT_MAX_BYTES)
    .option('-v, --verbose', 'say on stderr how each non-UTF-8 file was decoded');
}

export function analyzeOptionsOf(flags: CommonFlags, annotate: readonly Annotation[]): AnalyzeOptions & RunOptions {
  return {
    clean: flags.clean,
    html: flags.html ?? false,
    referenceDate: flags.referenceDate ?? null,
    annotate,
    inputFormat: flags.inputFormat,
    jobs: flags.jobs,
    shard: flags.shard ?? null,
    maxBytes: flags.maxBytes,
  };
}

/** With no input named, read stdin when it is piped; on a terminal that is a usage error. */
export function inputsOf(paths: string[], cmd: Command): string[] {
  if (paths.length > 0) return paths;
  if (!process.stdin.isTTY) return ['-'];
  cmd.error('no input: give files, directories, glob patterns, or - for standard input', { exitCode: 2, code: 'copydesk.noInput' });
}

export function formatOf(flags: { format?: Format }, fallback: Format | null = null): Format {
  return flags.format ?? fallback ?? (process.stdout.isTTY ? 'table' : 'ndjson');
}

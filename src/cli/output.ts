// stdout for results, stderr for messages (`copydesk: PATH: message`), colour and width decisions.
import type { ChalkInstance } from 'chalk';
import type { Writable } from 'node:stream';

let writeMessage = (line: string): void => void process.stderr.write(line);

/** Route messages elsewhere (above a progress bar); returns the previous writer. */
export function setMessageWriter(writer: (line: string) => void): (line: string) => void {
  const previous = writeMessage;
  writeMessage = writer;
  return previous;
}

export function message(path: string | null, text: string): void {
  writeMessage(`copydesk: ${path === null ? '' : `${path}: `}${text}\n`);
}

/**
 * Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on (https://no-color.org). Only
 * tables are coloured, so chalk is loaded when one is printed.
 */
export async function chalkFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return new Chalk({ level: force === '3' ? 3 : force === '2' ? 2 : 1 });
  if ((env.NO_COLOR ?? '') !== '' || force !== undefined) return new Chalk({ level: 0 });
  return new Chalk({ level: stream.isTTY ? 1 : 0 });
}

export function terminalWidth(stream: { columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.COLUMNS);
  return stream.columns || (Number.isInteger(fromEnv) && fromEnv > 20 ? fromEnv : 100);
}

/** Writes that wait for the stream to drain, so a slow reader holds memory flat. */
export class Output {
  constructor(private readonly stream: Writable = process.stdout) {}

  write(chunk: string): Promise<void> | void {
    if (chunk === '' || this.stream.write(chunk)) return;
    return new Promise((resolve) => this.stream.once('drain', resolve));
  }
}

/**
 * A reader that goes away (`| head`) ends the run quietly with status 0; any other write error
 * (a full disk) is reported and ends it with status 2.
 */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    message('<stdout>', `write error: ${err.message}`);
    process.exit(2);
  });
}

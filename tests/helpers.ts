// Shared test helpers: run the built CLI as a user would, check span invariants, place mentions in a text.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Mention } from '../src/core/document.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const BIN = path.join(ROOT, 'bin', 'copydesk.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function copydesk(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function ndjson(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

/** Every span of a record indexes its text: text.slice(start, end) === span.text. */
export function spansOf(record: any): SpanLike[] {
  return [
    ...record.entities.flatMap((e: any) => e.mentions),
    ...record.dates,
    ...record.quotes,
    ...record.quotes.flatMap((q: any) => [q.cue, q.speaker].filter(Boolean)),
  ];
}

export function badSpans(record: any): SpanLike[] {
  return spansOf(record).filter((s) => !(s.start >= 0 && s.end > s.start && s.end <= record.text.length && record.text.slice(s.start, s.end) === s.text));
}

/** The words of a rendered table, borders and wrapping removed, for content checks. */
export function tableWords(stdout: string): string {
  return stdout.replace(/[│┌┐└┘├┤┬┴┼─]/gu, ' ').replace(/\s+/gu, ' ');
}

/** Mentions of the given names with their types, each at its first occurrence after the previous one. */
export function mentionsIn(text: string, names: [string, string][]): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { text: name, start, end: from, type };
  });
}

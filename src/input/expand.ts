// Command-line paths to input files: files, directories (searched recursively), glob patterns, `-`.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { describeError } from './decode.js';

export const INPUT_EXTENSIONS = ['txt', 'html', 'htm', 'md', 'ndjson', 'jsonl'];
const DIRECTORY_PATTERN = `**/*.{${INPUT_EXTENSIONS.join(',')}}`;

export type InputItem = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'error'; path: string; message: string };

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      if (fg.isDynamicPattern(arg)) {
        const matches = (await fg(arg, { onlyFiles: true, dot: false, suppressErrors: true })).sort(byName);
        if (matches.length === 0) yield { kind: 'error', path: arg, message: 'no files match this pattern' };
        for (const m of matches) yield { kind: 'file', path: m };
      } else yield { kind: 'error', path: arg, message: describeError(e) };
      continue;
    }
    if (info.isDirectory()) {
      // Symbolic links to directories are not followed (no loops); links to files are listed, so
      // a broken one is reported when it is read. Directories named like files are skipped.
      const found = await fg(DIRECTORY_PATTERN, { cwd: arg, onlyFiles: false, markDirectories: true, dot: false, followSymbolicLinks: false, suppressErrors: true, caseSensitiveMatch: false });
      for (const f of found.filter((f) => !f.endsWith('/')).sort(byName)) yield { kind: 'file', path: path.join(arg, f) };
    } else yield { kind: 'file', path: arg };
  }
}

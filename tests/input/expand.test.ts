// Which files a directory argument names: the walk that replaced fast-glob for directories.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/input/expand.js';

const root = mkdtempSync(path.join(tmpdir(), 'copydesk-expand-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paths = async (args: string[]) => {
  const out: string[] = [];
  for await (const item of expandInputs(args)) out.push(item.kind === 'stdin' ? '-' : path.relative(root, item.path));
  return out;
};

describe('expandInputs on a directory', () => {
  it('lists input files at any depth, sorted, skipping hidden names and other extensions', async () => {
    for (const d of ['b/deep', 'a', '.hidden', 'named.txt']) mkdirSync(path.join(root, 'tree', d), { recursive: true });
    for (const f of ['b/deep/z.md', 'a/Y.HTML', 'x.txt', 'notes.pdf', '.secret.txt', '.hidden/h.txt', 'named.txt/in.ndjson', 'c.jsonl', 'txt']) {
      writeFileSync(path.join(root, 'tree', f), 'text');
    }
    expect(await paths([path.join(root, 'tree')])).toEqual(['a/Y.HTML', 'b/deep/z.md', 'c.jsonl', 'named.txt/in.ndjson', 'x.txt'].map((f) => path.join('tree', f)));
  });

  it('lists symbolic links without following them into directories', async () => {
    mkdirSync(path.join(root, 'links', 'real'), { recursive: true });
    writeFileSync(path.join(root, 'links', 'real', 'a.txt'), 'text');
    symlinkSync(path.join(root, 'links', 'real'), path.join(root, 'links', 'loop'));
    symlinkSync(path.join(root, 'missing'), path.join(root, 'links', 'broken.txt'));
    expect(await paths([path.join(root, 'links')])).toEqual(['links/broken.txt', 'links/real/a.txt']);
  });

  it('keeps files, globs and stdin in argument order', async () => {
    writeFileSync(path.join(root, 'one.txt'), 'text');
    expect(await paths([path.join(root, 'one.txt'), '-', path.join(root, 'tree', '*.txt')])).toEqual(['one.txt', '-', 'tree/x.txt']);
  });
});

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copydesk, ndjson } from '../helpers.js';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'copydesk-hostile-'));
}

const GOOD = 'Officials met in Lisbon on Monday to discuss the harbour.';

describe('hostile input', () => {
  it('decodes UTF-16 and Windows-1252 files, and says so with --verbose', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café in Lisbon.', 'utf16le')]));
    writeFileSync(path.join(dir, 'w1252.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    const r = copydesk(['clean', '--verbose', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Café in Lisbon.\n\nCafé “ok”\n');
    expect(r.stderr).toBe(`copydesk: ${path.join(dir, 'u16.txt')}: decoded as utf-16le\ncopydesk: ${path.join(dir, 'w1252.txt')}: decoded as windows-1252\n`);
  });

  it('repairs mojibake, line ends and invisible characters when cleaning, and keeps them with --no-clean', () => {
    const text = 'Iraqâ€™s army said\r\nit would\u200b leave.\rNo\u00a0more.';
    const cleaned = copydesk(['clean', '-'], { input: text });
    expect(cleaned.stdout).toBe('Iraq’s army said\n\nit would leave.\n\nNo more.\n');
    const kept = ndjson(copydesk(['analyze', '--no-clean', '-'], { input: text }).stdout)[0] as any;
    expect(kept.text).toBe(text);
  });

  it('refuses a file over --max-bytes with a message and keeps the others', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'big.txt'), `${GOOD} `.repeat(100));
    writeFileSync(path.join(dir, 'small.txt'), GOOD);
    const r = copydesk(['analyze', '--max-bytes', '1k', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`copydesk: ${path.join(dir, 'big.txt')}: 5.7 KB, over the --max-bytes limit of 1.0 KB; skipped\n`);
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual([path.join(dir, 'small.txt')]);
  });

  it('refuses a 50 MB file by the default limit without reading it, and keeps the others', () => {
    const dir = scratch();
    const big = path.join(dir, 'dump.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(path.join(dir, 'story.txt'), GOOD);
    const r = copydesk(['analyze', big, path.join(dir, 'story.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`copydesk: ${big}: 50.0 MB, over the --max-bytes limit of 16.0 MB; skipped\n`);
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual([path.join(dir, 'story.txt')]);
  });

  // Root reads any file, so this case can only be shown as another user.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file and keeps the others', () => {
    const dir = scratch();
    const locked = path.join(dir, 'locked.txt');
    writeFileSync(locked, GOOD);
    chmodSync(locked, 0o000);
    writeFileSync(path.join(dir, 'open.txt'), GOOD);
    const r = copydesk(['analyze', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`copydesk: ${locked}: Permission denied\n`);
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual([path.join(dir, 'open.txt')]);
  });

  it('gives a whitespace-only file a record with empty layers', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\r\n  \n');
    const r = copydesk(['analyze', path.join(dir, 'blank.txt')]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout)[0]).toMatchObject({ text: '', entities: [], dates: [], quotes: [] });
  });

  it('reports NDJSON lines with both text and html, or over the size limit, by line number', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: GOOD }),
      JSON.stringify({ id: 'both', text: GOOD, html: `<p>${GOOD}</p>` }),
      JSON.stringify({ id: 'huge', text: `${GOOD} `.repeat(40_000) }),
      JSON.stringify({ id: 'b', text: GOOD }),
    ];
    const r = copydesk(['analyze', '--max-bytes', '1M', '--input-format', 'ndjson', '-'], { input: `${lines.join('\n')}\n` });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('copydesk: -:2: expected exactly one of "text" or "html" (a string)\ncopydesk: -:3: 2.2 MB, over the --max-bytes limit of 1.0 MB; skipped\n');
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('walks past broken symlinks, symlink loops and directories named like files', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), GOOD);
    mkdirSync(path.join(dir, 'folder.txt'));
    writeFileSync(path.join(dir, 'folder.txt', 'inner.txt'), GOOD);
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('nowhere.txt', path.join(dir, 'broken.txt'));
    symlinkSync('self.txt', path.join(dir, 'self.txt'));
    const r = copydesk(['analyze', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`copydesk: ${path.join(dir, 'broken.txt')}: No such file or directory\ncopydesk: ${path.join(dir, 'self.txt')}: Too many levels of symbolic links\n`);
    expect(ndjson(r.stdout).map((x) => path.relative(dir, String(x.id)))).toEqual(['a.txt', path.join('folder.txt', 'inner.txt')]);
  });

  it('reads paths with spaces, quotes and non-ASCII names', () => {
    const dir = scratch();
    const names = ['with space.txt', `it's "quoted".txt`, 'näme 東京.txt'];
    for (const n of names) writeFileSync(path.join(dir, n), GOOD);
    const r = copydesk(['analyze', ...names.map((n) => path.join(dir, n))]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((x) => path.basename(String(x.id)))).toEqual(names);
  });

  it.runIf(existsSync('/dev/full'))('reports a write error on stdout (a full disk) with exit 2', () => {
    const r = spawnSync('bash', ['-c', `node "${BIN}" analyze - > /dev/full`], { input: GOOD, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^copydesk: <stdout>: write error: ENOSPC/u);
  });

  it('prints exactly 1,000 records and 50 messages for 1,000 good and 50 bad files, exit 2', () => {
    const dir = scratch();
    for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, `good-${String(i).padStart(4, '0')}.txt`), `${GOOD} Story ${i}.`);
    for (let i = 0; i < 50; i++) writeFileSync(path.join(dir, `bad-${String(i).padStart(2, '0')}.txt`), Buffer.from([0x00, 0xff, 0x00, i]));
    const r = copydesk(['analyze', '--jobs', '2', dir]);
    expect(r.status).toBe(2);
    const records = ndjson(r.stdout);
    expect(records).toHaveLength(1000);
    expect(new Set(records.map((x) => x.id)).size).toBe(1000);
    const messages = r.stderr.trim().split('\n');
    expect(messages).toHaveLength(50);
    expect(messages.every((m) => /^copydesk: .*bad-\d\d\.txt: binary file, skipped$/u.test(m))).toBe(true);
  });
});

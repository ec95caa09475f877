import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copydesk, FIXTURES, ndjson } from '../helpers.js';

const RIVER = path.join(FIXTURES, 'articles', 'river.txt');

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'copydesk-'));
}

describe('copydesk errors and exit statuses', () => {
  it('reports a missing path, still prints the other documents, exits 2', () => {
    const r = copydesk(['analyze', 'no/such/file.txt', RIVER]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('copydesk: no/such/file.txt: No such file or directory\n');
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual([RIVER]);
  });

  it('skips a binary file with a message, exits 2', () => {
    const dir = scratch();
    const bin = path.join(dir, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const r = copydesk(['analyze', bin, RIVER]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`copydesk: ${bin}: binary file, skipped\n`);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  it('gives an empty file a record with empty layers and no error', () => {
    const dir = scratch();
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = copydesk(['analyze', empty]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const rec = ndjson(r.stdout)[0] as any;
    expect(rec).toMatchObject({ id: empty, text: '', entities: [], dates: [], quotes: [] });
  });

  it('reports an invalid NDJSON line with its line number and processes the rest', () => {
    const input = '{"id": "ok-1", "text": "One."}\n{not json\n{"text": "no id"}\n{"id": "ok-2", "text": "Two."}\n';
    const r = copydesk(['analyze', '--input-format', 'ndjson', '-'], { input });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^copydesk: -:2: invalid JSON: /u);
    expect(lines[1]).toBe('copydesk: -:3: missing "id" (a non-empty string)');
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual(['ok-1', 'ok-2']);
  });

  it('exits 2 with a message and a hint on a usage error', () => {
    const r = copydesk(['analyze', '--format', 'xml', RIVER]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^copydesk: option '-f, --format <format>' argument 'xml' is invalid/u);
    expect(r.stderr).toContain('(add --help for usage and examples)');
    const date = copydesk(['dates', '--reference-date', '2013-02-30', RIVER]);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('expected a date as YYYY-MM-DD');
    const unknown = copydesk(['summarize', RIVER]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^copydesk: unknown command 'summarize'/u);
  });

  it('reports a glob that matches no file as an error, exit 2', () => {
    const r = copydesk(['analyze', path.join(scratch(), '*.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no files match this pattern/u);
  });

  it('exits 1 when the inputs hold nothing of what was asked', () => {
    const r = copydesk(['quotes', '-'], { input: 'No quotations in this short line.' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('exits quietly with status 0 when the reader closes the pipe (| head)', () => {
    const docs = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Article ${i} about Paris and London, written on Monday.` })).join('\n');
    const script = `node "${BIN}" analyze --input-format ndjson - | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { input: docs, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toBe('status=0');
  });

  it('shows help with examples and the version, exit 0', () => {
    for (const cmd of ['analyze', 'entities', 'dates', 'quotes', 'clean']) {
      const r = copydesk([cmd, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`$ copydesk ${cmd}`);
    }
    expect(copydesk(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });
});

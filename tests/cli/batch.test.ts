import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copydesk, FIXTURES, ndjson } from '../helpers.js';

const ARTICLES = path.join(FIXTURES, 'articles');
const DOCS = path.join(FIXTURES, 'docs.ndjson');

/** A directory of n small articles, enough to start the worker pool. */
function corpus(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-batch-'));
  for (let i = 0; i < n; i++) {
    const name = `story-${String(i).padStart(3, '0')}.txt`;
    writeFileSync(path.join(dir, name), `Officials in Lisbon met on Monday, report ${i}.\n\n"We agreed on ${i} points," said Ana Duarte, the minister.`);
  }
  return dir;
}

describe('batch runs', () => {
  it('gives the same records in the same order with worker threads as without', () => {
    const dir = corpus(40);
    const one = copydesk(['analyze', '--jobs', '1', dir]);
    const two = copydesk(['analyze', '--jobs', '2', dir]);
    const three = copydesk(['analyze', '--jobs', '3', dir]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(ndjson(two.stdout)).toHaveLength(40);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
  });

  it('prints every command and format the same with worker threads as without', () => {
    const dir = corpus(20);
    const runs = [
      ['entities'],
      ['entities', '--per-doc', '--format', 'table'],
      ['dates', '--format', 'csv'],
      ['quotes', '--format', 'json'],
      ['clean', '--explain'],
      ['clean', '--format', 'tsv'],
      ['analyze', '--format', 'table'],
    ];
    for (const args of runs) {
      const one = copydesk([...args, '--jobs', '1', dir, 'missing.txt', dir], { env: { COLUMNS: '120' } });
      const two = copydesk([...args, '--jobs', '2', dir, 'missing.txt', dir], { env: { COLUMNS: '120' } });
      expect(one.status, args.join(' ')).toBe(2);
      expect(one.stderr).toBe('copydesk: missing.txt: No such file or directory\n');
      expect(one.stdout.length, args.join(' ')).toBeGreaterThan(100);
      expect(two, args.join(' ')).toEqual(one);
    }
  });

  it('reports unreadable files in order among worker results', () => {
    const dir = corpus(20);
    const r = copydesk(['analyze', '--jobs', '2', dir, 'missing.txt', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('copydesk: missing.txt: No such file or directory\n');
    expect(ndjson(r.stdout)).toHaveLength(40);
  });

  it('splits the inputs into disjoint shards that together hold every document', () => {
    const all = ndjson(copydesk(['analyze', ARTICLES, DOCS]).stdout).map((r) => r.id);
    const parts = [1, 2, 3].map((k) => ndjson(copydesk(['analyze', '--shard', `${k}/3`, ARTICLES, DOCS]).stdout).map((r) => r.id));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
    const bad = copydesk(['analyze', '--shard', '4/3', ARTICLES]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('expected K/N');
  });

  it('merges shard outputs into the same entity table as one run', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-merge-'));
    for (const k of [1, 2]) writeFileSync(path.join(dir, `part${k}.ndjson`), copydesk(['analyze', '--shard', `${k}/2`, ARTICLES, DOCS]).stdout);
    const merged = copydesk(['merge', path.join(dir, 'part1.ndjson'), path.join(dir, 'part2.ndjson')]);
    const whole = copydesk(['entities', ARTICLES, DOCS]);
    expect(merged.status).toBe(0);
    const sorted = (s: string) => ndjson(s).map((e) => JSON.stringify(e)).sort();
    expect(sorted(merged.stdout)).toEqual(sorted(whole.stdout));
    const quotes = copydesk(['merge', '--what', 'quotes', '--format', 'json', path.join(dir, 'part1.ndjson'), path.join(dir, 'part2.ndjson')]);
    expect((JSON.parse(quotes.stdout) as unknown[]).length).toBe((JSON.parse(copydesk(['quotes', '--format', 'json', ARTICLES, DOCS]).stdout) as unknown[]).length);
  });

  it('reports a line that is not an analysis record, with its line number', () => {
    const r = copydesk(['merge', '-'], { input: '{"id": "x"}\n' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('copydesk: -:1: not an analysis record (expected id, text, entities, dates and quotes)\n');
  });

  it.runIf(spawnSync('parallel', ['--version']).status === 0)('runs the README GNU parallel example', () => {
    const crawl = corpus(24);
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-parallel-'));
    const script = `parallel --will-cite node "${BIN}" analyze --shard {}/4 "${crawl}" '>' part{}.ndjson ::: 1 2 3 4 && node "${BIN}" merge part*.ndjson`;
    const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const whole = copydesk(['entities', crawl]);
    const sorted = (s: string) => ndjson(s).map((e) => JSON.stringify(e)).sort();
    expect(sorted(r.stdout)).toEqual(sorted(whole.stdout));
  });
});

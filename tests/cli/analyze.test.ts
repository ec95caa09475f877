import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badSpans, copydesk, FIXTURES, ndjson, tableWords } from '../helpers.js';

const HARBOUR = path.join(FIXTURES, 'articles', 'harbour.txt');
const RIVER = path.join(FIXTURES, 'articles', 'river.txt');

describe('copydesk analyze', () => {
  it('prints one contract record per document, in input order, with spans that index the text', () => {
    const r = copydesk(['analyze', '--format', 'ndjson', RIVER, HARBOUR]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const records = ndjson(r.stdout);
    expect(records.map((x) => x.id)).toEqual([RIVER, HARBOUR]);
    for (const rec of records) {
      for (const key of ['id', 'title', 'published', 'text', 'entities', 'dates', 'quotes']) expect(rec).toHaveProperty(key);
      expect(badSpans(rec)).toEqual([]);
    }
    const harbour = records[1] as any;
    expect(harbour.title).toBe('Port city opens new harbour');
    expect(harbour.text.startsWith('LISBON, Reuters – Portuguese Prime Minister')).toBe(true);
    expect(harbour.text).not.toMatch(/You may also like|Leave a Comment|Editor:|Home »/u);
    expect(harbour.quotes.some((q: any) => q.kind === 'direct' && q.text.startsWith('This harbour will carry'))).toBe(true);
  });

  it('defaults to NDJSON when stdout is not a terminal', () => {
    const r = copydesk(['analyze', RIVER]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  it('writes one valid JSON array with --format json', () => {
    const r = copydesk(['analyze', '--format', 'json', RIVER, HARBOUR]);
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout) as { id: string }[];
    expect(parsed.map((x) => x.id)).toEqual([RIVER, HARBOUR]);
  });

  it('writes an empty JSON array and exits 1 when there is nothing to analyze', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-'));
    const r = copydesk(['analyze', '--format', 'json', dir]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('prints a summary table and CSV/TSV rows with a header', () => {
    const table = copydesk(['analyze', '--format', 'table', RIVER], { env: { COLUMNS: '200' } });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/document.*title.*published.*words.*entities.*dates.*quotes/su);
    expect(table.stdout).toContain('River levels fall after dry summer');
    const csv = copydesk(['analyze', '--format', 'csv', RIVER]);
    expect(csv.stdout.split('\n')[0]).toBe('document,title,published,words,entities,dates,quotes');
    const tsv = copydesk(['analyze', '--format', 'tsv', RIVER]);
    expect(tsv.stdout.split('\n')[0]).toBe('document\ttitle\tpublished\twords\tentities\tdates\tquotes');
  });

  it('reads NDJSON documents from stdin, echoes ids, keeps --no-clean text exactly and resolves against published', () => {
    const input = '{"id": "a", "text": "Home » News\\nSaid on Monday.", "published": "2013-03-22"}\n{"id": "b", "text": "Plain."}\n';
    const r = copydesk(['analyze', '--no-clean', '--input-format', 'ndjson', '--format', 'ndjson', '-'], { input });
    expect(r.status).toBe(0);
    const [a, b] = ndjson(r.stdout) as any[];
    expect(a.id).toBe('a');
    expect(a.text).toBe('Home » News\nSaid on Monday.');
    expect(a.published).toBe('2013-03-22');
    expect(b.id).toBe('b');
  });

  it('reads plain text from stdin with id "-"', () => {
    const r = copydesk(['analyze', '-'], { input: 'Paris is the capital of France. It is large and it is also very old indeed.\n' });
    expect(r.status).toBe(0);
    expect((ndjson(r.stdout)[0] as any).id).toBe('-');
  });

  it('reads .ndjson files by extension', () => {
    const r = copydesk(['analyze', path.join(FIXTURES, 'docs.ndjson')]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual(['doc-1', 'doc-2']);
  });

  it('walks directories recursively and expands globs, in sorted order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-'));
    writeFileSync(path.join(dir, 'b.txt'), 'Second article text here.');
    writeFileSync(path.join(dir, 'a.md'), 'First article text here.');
    writeFileSync(path.join(dir, 'skip.pdf'), 'not an input');
    const byDir = copydesk(['analyze', dir]);
    expect(ndjson(byDir.stdout).map((x) => path.basename(String(x.id)))).toEqual(['a.md', 'b.txt']);
    const byGlob = copydesk(['analyze', `${dir}/*.txt`]);
    expect(ndjson(byGlob.stdout).map((x) => path.basename(String(x.id)))).toEqual(['b.txt']);
  });

  it('parses HTML pages: no markup in the text, title from the page', () => {
    const r = copydesk(['analyze', path.join(FIXTURES, 'articles', 'page.html')]);
    expect(r.status).toBe(0);
    const rec = ndjson(r.stdout)[0] as any;
    expect(rec.title).toBe('Council approves new budget');
    expect(rec.text).toContain('The city council of Porto approved a budget');
    expect(rec.text).not.toMatch(/[<>]/u);
  });
});

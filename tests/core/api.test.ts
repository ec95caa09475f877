import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../src/index.js';
import { badSpans, FIXTURES, ROOT } from '../helpers.js';

describe('library API', () => {
  it('analyzeText gives a contract record whose spans index its text', () => {
    const rec = analyzeText('"We will win," said Maria Santos in Paris on Monday.', { published: '2013-03-22', clean: false });
    expect(rec.id).toBe('text');
    expect(rec.published).toBe('2013-03-22');
    expect(rec.text).toBe('"We will win," said Maria Santos in Paris on Monday.');
    expect(rec.quotes[0]).toMatchObject({ kind: 'direct', text: 'We will win,', cue: { text: 'said' } });
    expect(badSpans(rec)).toEqual([]);
  });

  it('makes only the annotations asked for; quotes bring the entities their speakers point at', () => {
    const text = '"We will win," said Maria Santos in Paris on Monday.';
    const datesOnly = analyzeText(text, { published: '2013-03-22', clean: false, annotate: ['dates'] });
    expect([datesOnly.entities, datesOnly.quotes]).toEqual([[], []]);
    expect(datesOnly.dates.map((d) => d.value)).toEqual(['2013-03-18']);
    const quotes = analyzeText(text, { published: '2013-03-22', clean: false, annotate: ['quotes'] });
    expect(quotes.dates).toEqual([]);
    expect(quotes.quotes[0]?.speaker?.name).toBe('Maria Santos');
    expect(quotes.entities.map((e) => e.name)).toContain('Maria Santos');
  });

  it('analyze streams records and errors in input order', async () => {
    const events = [];
    for await (const e of analyze([path.join(FIXTURES, 'articles', 'river.txt'), 'missing.txt', path.join(FIXTURES, 'docs.ndjson')])) events.push(e);
    expect(events.map((e) => (e.kind === 'record' ? e.record.id : `error:${e.path}`))).toEqual([
      path.join(FIXTURES, 'articles', 'river.txt'),
      'error:missing.txt',
      'doc-1',
      'doc-2',
    ]);
  });

  it("is importable by the package's name, as users do", () => {
    const script = "import { analyzeText } from 'copydesk'; console.log(JSON.stringify(analyzeText('Paris is large.', { clean: false }).text));";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('"Paris is large."');
  });
});

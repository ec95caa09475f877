import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, FIXTURES, ndjson, tableWords } from '../helpers.js';

const HARBOUR = path.join(FIXTURES, 'articles', 'harbour.txt');
const RIVER = path.join(FIXTURES, 'articles', 'river.txt');
const ARTICLES = path.join(FIXTURES, 'articles');

describe('copydesk entities', () => {
  it('aggregates entities over all inputs, most mentioned first', () => {
    const r = copydesk(['entities', '--format', 'ndjson', ARTICLES]);
    expect(r.status).toBe(0);
    const rows = ndjson(r.stdout) as any[];
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['aliases', 'documents', 'mentions', 'name', 'type']);
    const mentions = rows.map((x) => x.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    expect(rows.find((x) => x.name.toLowerCase() === 'lisbon')).toMatchObject({ type: 'place', documents: 1 });
  });

  it('filters by --type and --min-mentions', () => {
    const rows = ndjson(copydesk(['entities', '--type', 'place', '--min-mentions', '2', ARTICLES]).stdout) as any[];
    expect(rows.every((x) => x.type === 'place' && x.mentions >= 2)).toBe(true);
    const none = copydesk(['entities', '--min-mentions', '1000', ARTICLES]);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
  });

  it('prints one table per document with --per-doc, and a document column in CSV', () => {
    const table = copydesk(['entities', '--per-doc', '--format', 'table', HARBOUR, RIVER]);
    expect(table.status).toBe(0);
    expect(table.stdout.indexOf(HARBOUR)).toBeLessThan(table.stdout.indexOf(RIVER));
    expect(table.stdout.match(/┌/gu)).toHaveLength(2);
    const csv = copydesk(['entities', '--per-doc', '--format', 'csv', HARBOUR]);
    expect(csv.stdout.split('\n')[0]).toBe('document,name,type,mentions,documents,aliases');
    expect(csv.stdout.split('\n')[1]).toMatch(new RegExp(`^${HARBOUR.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')},`, 'u'));
  });

  it('fits its table to the terminal width', () => {
    const r = copydesk(['entities', '--format', 'table', ARTICLES], { env: { COLUMNS: '60' } });
    for (const line of r.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe('copydesk dates', () => {
  it('lists each date with its document, type, value and sentence', () => {
    const r = copydesk(['dates', '--format', 'ndjson', RIVER]);
    expect(r.status).toBe(0);
    const rows = ndjson(r.stdout) as any[];
    const y1976 = rows.find((x) => x.text.includes('1976'));
    expect(y1976).toMatchObject({ document: RIVER, type: 'date', value: '1976' });
    expect(y1976.sentence).toContain('Water levels in the Tagus River fell');
  });

  it('quotes CSV fields that hold commas and quotation marks', () => {
    const r = copydesk(['dates', '--format', 'csv', RIVER]);
    const [header, first] = r.stdout.split('\n');
    expect(header).toBe('document,text,type,value,sentence');
    expect(first).toMatch(/,"Water levels in the Tagus River fell to their lowest point since 1976, the environment agency said on Friday\."$/u);
  });
});

describe('copydesk quotes', () => {
  it('lists quotes with speaker, kind and cue, and filters by --speaker', () => {
    const r = copydesk(['quotes', '--format', 'json', HARBOUR, RIVER]);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as any[];
    const costa = rows.find((q) => q.text === 'We have lost half of the harvest,');
    expect(costa).toMatchObject({ document: RIVER, kind: 'direct', cue: 'said' });
    expect(costa.speaker).toContain('Rui Costa');
    const only = JSON.parse(copydesk(['quotes', '--format', 'json', '--speaker', 'rui costa', HARBOUR, RIVER]).stdout) as any[];
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((q) => q.speaker.includes('Rui Costa'))).toBe(true);
  });

  it('wraps long quotes in a table that fits the terminal', () => {
    const r = copydesk(['quotes', '--format', 'table', HARBOUR], { env: { COLUMNS: '70' } });
    expect(r.status).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(70);
    expect(tableWords(r.stdout)).toContain('This harbour will carry our exports');
  });
});

describe('copydesk clean', () => {
  it('prints the cleaned body as plain text by default, documents separated by a blank line', () => {
    const r = copydesk(['clean', HARBOUR, RIVER]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('LISBON, Reuters – Portuguese Prime Minister Ana Duarte said on Tuesday')).toBe(true);
    expect(r.stdout).toContain('lowest point since 1976');
    for (const junk of ['Home »', 'You may also like', 'Leave a Comment', 'Related Articles', 'Back to top button', 'Adblock Detected', 'ad blocker', 'Editor:']) {
      expect(r.stdout).not.toContain(junk);
    }
  });

  it('lists what was removed and why with --explain', () => {
    const r = copydesk(['clean', '--explain', HARBOUR]);
    expect(r.status).toBe(0);
    const [body, explanation] = r.stdout.split(`--- removed from ${HARBOUR}:\n`);
    expect(body).toContain('LISBON, Reuters');
    expect(explanation).toMatch(/^ {2}breadcrumb: Home » World » Port city opens new harbour$/mu);
    expect(explanation).toMatch(/: You may also like$/mu);
  });

  it('gives the record with metadata and no NLP layers with --format json', () => {
    const [rec] = JSON.parse(copydesk(['clean', '--format', 'json', HARBOUR]).stdout) as any[];
    expect(rec).toMatchObject({ id: HARBOUR, title: 'Port city opens new harbour', section: 'World', editors: ['Joao Pereira'] });
    expect(rec).not.toHaveProperty('entities');
    expect(rec.removed.map((x: any) => x.reason)).toContain('breadcrumb');
  });
});

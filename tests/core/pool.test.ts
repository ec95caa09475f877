// The worker pool: shared model, answers in input order, a dead worker costs one document.
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/core/analyze.js';
import { analyzeInPool, WorkerPool, workerSetup, type PoolEvent } from '../../src/core/pool.js';
import { defaultOptions } from '../../src/core/options.js';
import type { SourceDocument } from '../../src/core/document.js';
import { loadProjector, projectEvent, type ProjectionRef } from '../../src/core/projection.js';
import type { ReadEvent } from '../../src/input/read.js';
import { sharedModelBytes } from '../../src/nlp/entities/model.js';

const flaky = new URL('../fixtures/workers/flaky.mjs', import.meta.url);
// The real worker (built: tests run after `npm run build`), with a projection from the fixtures.
const worker = new URL('../../dist/core/worker.js', import.meta.url);
const sizes: ProjectionRef = { module: new URL('../fixtures/workers/projection.mjs', import.meta.url).href, name: 'sizes', args: { prefix: '#' } };
const article = (id: string) => doc(id, `Ana Duarte met officials in Lisbon on Monday, report ${id}. "We agreed," said Duarte.`);
const summary = (e: PoolEvent) => (e.kind === 'result' ? e.value : e.kind === 'error' ? `error ${e.path}: ${e.message}` : 'document');
const doc = (id: string, content: string): SourceDocument => ({ id, source: id, kind: 'text', content });
const outcome = (e: { kind: string; doc?: { id: string }; path?: string }) => (e.kind === 'document' ? e.doc!.id : `error ${e.path}`);

describe('worker pool', () => {
  it('hands workers the model bytes in shared memory, not a copy each', () => {
    const setup = workerSetup(defaultOptions);
    expect(setup.model).toBe(sharedModelBytes());
    expect(setup.model!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(workerSetup({ ...defaultOptions, annotate: ['dates'] }).model).toBeNull();
  });

  it('answers every document, however long each takes, with the one it was given', async () => {
    const pool = new WorkerPool(2, defaultOptions, flaky);
    try {
      const docs = ['30', '0', '0', '20', '0', '5', '0', '0'].map((ms, i) => doc(`d${i}`, ms));
      const events = await Promise.all(docs.map((d) => pool.run(d)));
      expect(events.map(outcome)).toEqual(docs.map((d) => d.id));
    } finally {
      await pool.close();
    }
  });

  it('reports the document a worker died on and analyses the ones queued behind it', async () => {
    const pool = new WorkerPool(1, defaultOptions, flaky);
    try {
      const events = await Promise.all([doc('a', '0'), doc('b', 'crash'), doc('c', '0'), doc('d', '0')].map((d) => pool.run(d)));
      expect(events.map(outcome)).toEqual(['a', 'error b', 'c', 'd']);
      expect((events[1] as { message: string }).message).toMatch(/worker exited with status 3/);
    } finally {
      await pool.close();
    }
  });

  it('sends back the projection of each document, made on the worker, in the order given', async () => {
    const docs = ['a', 'b', 'c', 'd', 'e'].map(article);
    const pool = new WorkerPool(2, defaultOptions, worker, sizes);
    try {
      const events = await Promise.all(docs.map((d) => pool.run(d)));
      const project = await loadProjector(sizes);
      expect(events).toEqual(docs.map((d) => projectEvent(analyzeSource(d, defaultOptions), project)));
      expect(events.map(summary)).toEqual(docs.map((d) => expect.stringMatching(new RegExp(`^#${d.id}:\\d+:[1-9]`, 'u'))));
      expect(events[0]).toMatchObject({ kind: 'result', doc: { id: 'a', source: 'a', encoding: null, warnings: [] } });
    } finally {
      await pool.close();
    }
  });

  it('loses only the document whose projection fails, and goes on with the rest', async () => {
    const pool = new WorkerPool(1, defaultOptions, worker, sizes);
    try {
      const events = await Promise.all(['a', 'boom', 'c'].map((id) => pool.run(article(id))));
      expect(events.map(summary)).toEqual([expect.stringMatching(/^#a:/u), 'error boom: worker failed: projection failed', expect.stringMatching(/^#c:/u)]);
    } finally {
      await pool.close();
    }
  });

  it('projects a short run in this thread, unreadable inputs in their place', async () => {
    const reads: ReadEvent[] = [{ kind: 'document', doc: article('a') }, { kind: 'error', path: 'missing.txt', message: 'No such file or directory' }, { kind: 'document', doc: article('b') }];
    async function* sources() {
      yield* reads;
    }
    const events: PoolEvent[] = [];
    for await (const e of analyzeInPool(sources(), 2, defaultOptions, sizes)) events.push(e);
    expect(events.map(summary)).toEqual([expect.stringMatching(/^#a:/u), 'error missing.txt: No such file or directory', expect.stringMatching(/^#b:/u)]);
  });
});

// The worker pool: shared model, answers in input order, a dead worker costs one document.
import { describe, expect, it } from 'vitest';
import { WorkerPool, workerSetup } from '../../src/core/pool.js';
import { defaultOptions } from '../../src/core/options.js';
import type { SourceDocument } from '../../src/core/document.js';
import { sharedModelBytes } from '../../src/nlp/entities/model.js';

const flaky = new URL('../fixtures/workers/flaky.mjs', import.meta.url);
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
});

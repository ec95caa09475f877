// The worker pool shares this thread's entity model (order and results: tests/cli/batch.test.ts).
import { describe, expect, it } from 'vitest';
import { workerSetup } from '../../src/core/pool.js';
import { defaultOptions } from '../../src/core/options.js';
import { sharedModelBytes } from '../../src/nlp/entities/model.js';

describe('worker pool', () => {
  it('hands workers the model bytes in shared memory, not a copy each', () => {
    const setup = workerSetup(defaultOptions);
    expect(setup.model).toBe(sharedModelBytes());
    expect(setup.model!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(workerSetup({ ...defaultOptions, annotate: ['dates'] }).model).toBeNull();
  });
});

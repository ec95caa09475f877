// Analysis on worker threads with output in input order. Each worker loads the pipeline (lexicons)
// once, over the entity model this thread read into shared memory, and holds DEPTH documents at a
// time; at most WINDOW documents per worker, and PENDING_CHARS of their text, are in flight, so
// memory stays flat however many inputs there are. Short runs never pay for workers:
// when the inputs end within the first LOOKAHEAD documents, they are analysed in this thread.
// Given a projection, each worker sends back only the document's projection, not the document.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ReadEvent } from '../input/read.js';
import { sharedModelBytes } from '../nlp/entities/model.js';
import { analyzeSource, type AnalysisEvent } from './analyze.js';
import type { SourceDocument } from './document.js';
import { type AnalyzeOptions, needsEntities } from './options.js';
import { loadProjector, projectEvent, type ProjectedEvent, type ProjectionRef, type Projector } from './projection.js';

const LOOKAHEAD = 16;
// Output keeps input order, so while one worker is on a long document the others' results wait
// behind it; a window of 4 a worker left the other worker idle 8% of a --jobs 2 run over the bench
// corpus (its CPU profile), 32 leaves it idle 0.5%. The character budget bounds the window's memory
// when the documents are large.
const WINDOW = 32;
const PENDING_CHARS = 8 << 20;
// Documents each worker holds: the one it analyses and the next, already sent.
const DEPTH = 2;
// Half V8's default young generation per worker: a document's garbage still dies young, and the
// bench corpus peaks ~25 MB lower with 2 workers at no CPU cost we could measure.
const YOUNG_GENERATION_MB = 24;

/**
 * V8 tuning for a run on workers, set before the first is made: each worker optimises the pipeline
 * again, and with every core analysing, that compile time is taken from the analysis. A doubled
 * interrupt budget leaves lukewarm functions to the baseline compiler, a halved inlining budget keeps
 * optimised graphs (and their compile) smaller. Bench corpus, --jobs 2: wall 13.2 -> 12.2 s (medians of
 * 3), CPU 24.9 -> 22.6 s, peak RSS 256 -> 244 MB. With every core analysing there is no idle core for
 * V8's background compiler either, so workers compile on their own thread: wall 10.4 -> 9.6 s (medians
 * of 6), peak RSS ~10 MB lower. One thread gains nothing from any of it (its compiler does find an idle
 * core), so it is left alone.
 */
let tuned = false;
function tuneForWorkers(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--interrupt-budget=135168');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
  setFlagsFromString('--no-concurrent-recompilation');
}

export interface WorkerSetup {
  options: AnalyzeOptions;
  /** The entity model's bytes in a SharedArrayBuffer (null when the run needs no NLP). */
  model: Uint8Array | null;
  /** What the worker sends back of each document (null: the whole document). */
  projection: ProjectionRef | null;
}

export interface WorkerRequest {
  id: number;
  src: SourceDocument;
}

/** A document's outcome: the analysed document, or its projection when the pool has one. */
export type PoolEvent = AnalysisEvent | ProjectedEvent<unknown>;

export interface WorkerReply {
  id: number;
  event: PoolEvent;
}

interface Task {
  id: number;
  src: SourceDocument;
  resolve: (e: PoolEvent) => void;
}

/** What every worker starts from: the options, this thread's copy of the model to share, the projection. */
export function workerSetup(options: AnalyzeOptions, projection: ProjectionRef | null = null): WorkerSetup {
  return { options, model: needsEntities(options) ? sharedModelBytes() : null, projection };
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private queue: Task[] = [];
  /** Each worker's tasks, in the order it was sent them (it answers in that order). */
  private readonly assigned = new Map<Worker, Task[]>();
  private nextId = 0;

  /** `script`: the worker's module (tests give a stand-in). */
  constructor(
    size: number,
    private readonly options: AnalyzeOptions,
    private readonly script: URL = new URL('./worker.js', import.meta.url),
    private readonly projection: ProjectionRef | null = null,
  ) {
    tuneForWorkers();
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, {
      workerData: workerSetup(this.options, this.projection),
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    this.assigned.set(worker, []);
    worker.on('message', (reply: WorkerReply) => this.finish(worker, reply.event));
    // A worker that dies (out of memory, a native crash) loses its document, not the run.
    worker.on('error', (err) => this.replace(worker, `worker failed: ${err.message}`));
    worker.on('exit', (code) => this.assigned.get(worker)?.length && this.replace(worker, `worker exited with status ${code}`));
    return worker;
  }

  /** The dead worker's current document fails; the ones queued behind it go to its replacement. */
  private replace(worker: Worker, message: string): void {
    const tasks = this.assigned.get(worker);
    if (!tasks) return;
    this.assigned.delete(worker);
    void worker.terminate();
    const failed = tasks.shift();
    if (failed) failed.resolve({ kind: 'error', path: failed.src.source, message });
    this.queue.unshift(...tasks);
    this.workers[this.workers.indexOf(worker)] = this.spawn();
    this.pump();
  }

  private finish(worker: Worker, event: PoolEvent): void {
    this.assigned.get(worker)?.shift()?.resolve(event);
    this.pump();
  }

  /** Keeps every worker DEPTH documents deep, so none waits on this thread between documents. */
  private pump(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const worker of this.workers) {
        const tasks = this.assigned.get(worker)!;
        if (tasks.length >= depth || !this.queue.length) continue;
        const task = this.queue.shift()!;
        tasks.push(task);
        worker.postMessage({ id: task.id, src: task.src } satisfies WorkerRequest);
      }
    }
  }

  run(src: SourceDocument): Promise<PoolEvent> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, src, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.assigned.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Each document analysed on `jobs` workers, in input order: whole, or its projection when given one. */
export function analyzeInPool(sources: AsyncIterable<ReadEvent>, jobs: number, options: AnalyzeOptions): AsyncGenerator<AnalysisEvent>;
export function analyzeInPool<P>(sources: AsyncIterable<ReadEvent>, jobs: number, options: AnalyzeOptions, projection: ProjectionRef): AsyncGenerator<ProjectedEvent<P>>;
export async function* analyzeInPool(sources: AsyncIterable<ReadEvent>, jobs: number, options: AnalyzeOptions, projection: ProjectionRef | null = null): AsyncGenerator<PoolEvent> {
  const it = sources[Symbol.asyncIterator]();
  const head: ReadEvent[] = [];
  let ended = false;
  while (head.length < LOOKAHEAD && !ended) {
    const next = await it.next();
    if (next.done) ended = true;
    else head.push(next.value);
  }
  if (ended) {
    const project: Projector<unknown> | null = projection && (await loadProjector(projection));
    for (const event of head) {
      if (event.kind === 'error') yield event;
      else yield project ? projectEvent(analyzeSource(event.doc, options), project) : analyzeSource(event.doc, options);
    }
    return;
  }

  const pool = new WorkerPool(jobs, options, undefined, projection);
  const inFlight: Promise<PoolEvent>[] = [];
  const sizes: number[] = [];
  let pending = 0;
  const submit = (event: ReadEvent) => {
    const size = event.kind === 'error' ? 0 : event.doc.content.length;
    inFlight.push(event.kind === 'error' ? Promise.resolve(event) : pool.run(event.doc));
    sizes.push(size);
    pending += size;
  };
  // Each worker's DEPTH documents go out whatever their size.
  const room = () => inFlight.length < jobs * DEPTH || (inFlight.length < jobs * WINDOW && pending < PENDING_CHARS);
  try {
    for (const event of head) submit(event);
    for (;;) {
      while (!ended && room()) {
        const next = await it.next();
        if (next.done) ended = true;
        else submit(next.value);
      }
      const first = inFlight.shift();
      if (!first) return;
      pending -= sizes.shift()!;
      yield await first;
    }
  } finally {
    await pool.close();
  }
}

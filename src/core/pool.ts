// Analysis on worker threads with output in input order. Each worker loads the pipeline (lexicons)
// once, over the entity model this thread read into shared memory, and takes one document at a time; at most WINDOW documents per worker are in
// flight, so memory stays flat however many inputs there are. Short runs never pay for workers:
// when the inputs end within the first LOOKAHEAD documents, they are analysed in this thread.
import { Worker } from 'node:worker_threads';
import type { ReadEvent } from '../input/read.js';
import { sharedModelBytes } from '../nlp/entities/model.js';
import { analyzeSource, type AnalysisEvent } from './analyze.js';
import type { SourceDocument } from './document.js';
import { type AnalyzeOptions, needsEntities } from './options.js';

const LOOKAHEAD = 16;
const WINDOW = 4;
// Half V8's default young generation per worker: a document's garbage still dies young, and the
// bench corpus peaks ~25 MB lower with 2 workers at no CPU cost we could measure.
const YOUNG_GENERATION_MB = 24;

export interface WorkerSetup {
  options: AnalyzeOptions;
  /** The entity model's bytes in a SharedArrayBuffer (null when the run needs no NLP). */
  model: Uint8Array | null;
}

export interface WorkerRequest {
  id: number;
  src: SourceDocument;
}

export interface WorkerReply {
  id: number;
  event: AnalysisEvent;
}

interface Task {
  id: number;
  src: SourceDocument;
  resolve: (e: AnalysisEvent) => void;
}

/** What every worker starts from: the options, and this thread's copy of the model to share. */
export function workerSetup(options: AnalyzeOptions): WorkerSetup {
  return { options, model: needsEntities(options) ? sharedModelBytes() : null };
}

class WorkerPool {
  private idle: Worker[] = [];
  private queue: Task[] = [];
  private running = new Map<Worker, Task>();
  private nextId = 0;

  constructor(size: number, private readonly options: AnalyzeOptions) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: workerSetup(this.options),
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', (reply: WorkerReply) => this.finish(worker, reply.event));
    // A worker that dies (out of memory, a native crash) loses its document, not the run.
    worker.on('error', (err) => this.replace(worker, `worker failed: ${err.message}`));
    worker.on('exit', (code) => this.running.has(worker) && this.replace(worker, `worker exited with status ${code}`));
    return worker;
  }

  private replace(worker: Worker, message: string): void {
    const task = this.running.get(worker);
    this.running.delete(worker);
    void worker.terminate();
    if (task) task.resolve({ kind: 'error', path: task.src.source, message });
    this.idle.push(this.spawn());
    this.pump();
  }

  private finish(worker: Worker, event: AnalysisEvent): void {
    const task = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    task?.resolve(event);
    this.pump();
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage({ id: task.id, src: task.src } satisfies WorkerRequest);
    }
  }

  run(src: SourceDocument): Promise<AnalysisEvent> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, src, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.running.keys()];
    this.idle = [];
    this.running.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}

export async function* analyzeInPool(sources: AsyncIterable<ReadEvent>, jobs: number, options: AnalyzeOptions): AsyncGenerator<AnalysisEvent> {
  const it = sources[Symbol.asyncIterator]();
  const head: ReadEvent[] = [];
  let ended = false;
  while (head.length < LOOKAHEAD && !ended) {
    const next = await it.next();
    if (next.done) ended = true;
    else head.push(next.value);
  }
  if (ended) {
    for (const event of head) yield event.kind === 'error' ? event : analyzeSource(event.doc, options);
    return;
  }

  const pool = new WorkerPool(jobs, options);
  const inFlight: Promise<AnalysisEvent>[] = [];
  const submit = (event: ReadEvent) => inFlight.push(event.kind === 'error' ? Promise.resolve(event) : pool.run(event.doc));
  try {
    for (const event of head) submit(event);
    for (;;) {
      while (!ended && inFlight.length < jobs * WINDOW) {
        const next = await it.next();
        if (next.done) ended = true;
        else submit(next.value);
      }
      const first = inFlight.shift();
      if (!first) return;
      yield await first;
    }
  } finally {
    await pool.close();
  }
}

// A pool worker: loads the pipeline once, then analyses one document per message.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeSource } from './analyze.js';
import type { AnalyzeOptions } from './options.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

const { options } = workerData as { options: AnalyzeOptions };

parentPort!.on('message', ({ id, src }: WorkerRequest) => {
  parentPort!.postMessage({ id, event: analyzeSource(src, options) } satisfies WorkerReply);
});

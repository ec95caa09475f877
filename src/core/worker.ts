// A pool worker: loads the pipeline once, then analyses one document per message.
import { parentPort, workerData } from 'node:worker_threads';
import { useSharedModelBytes } from '../nlp/entities/model.js';
import { analyzeSource } from './analyze.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool.js';

const { options, model } = workerData as WorkerSetup;
if (model) useSharedModelBytes(model);

parentPort!.on('message', ({ id, src }: WorkerRequest) => {
  parentPort!.postMessage({ id, event: analyzeSource(src, options) } satisfies WorkerReply);
});

// A pool worker: loads the pipeline (and the run's projection) once, then analyses one document per
// message and sends back the document, or only its projection.
import { parentPort, workerData } from 'node:worker_threads';
import { useSharedModelBytes } from '../nlp/entities/model.js';
import { warmUpPipeline } from '../nlp/warmup.js';
import { analyzeSource } from './analyze.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool.js';
import { loadProjector, projectEvent } from './projection.js';

const { options, model, projection } = workerData as WorkerSetup;
if (model) useSharedModelBytes(model);
warmUpPipeline(options.annotate);
// Documents posted meanwhile wait in the port until the listener below is attached.
const project = projection ? await loadProjector(projection) : null;

parentPort!.on('message', ({ id, src }: WorkerRequest) => {
  const event = analyzeSource(src, options);
  parentPort!.postMessage({ id, event: project ? projectEvent(event, project) : event } satisfies WorkerReply);
});

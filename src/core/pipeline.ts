// The pipeline: a list of stages, each Document -> Document, run in order.
import type { Document } from './document.js';
import type { AnalyzeOptions } from './options.js';

export type Stage = (doc: Document, options: AnalyzeOptions) => Document;

export interface NamedStage {
  name: string;
  run: Stage;
}

export function runStages(doc: Document, stages: readonly NamedStage[], options: AnalyzeOptions): Document {
  let current = doc;
  for (const stage of stages) current = stage.run(current, options);
  return current;
}

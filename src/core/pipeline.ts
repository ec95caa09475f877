// The pipeline: a list of stages, each Document -> Document, run in order.
import type { Document } from './document.js';
import type { AnalyzeOptions } from './options.js';

export type Stage = (doc: Document, options: AnalyzeOptions) => Document;

export interface NamedStage {
  name: string;
  run: Stage;
}

/** A stage that threw on one document: that document is lost, never the run. */
export class StageError extends Error {
  constructor(readonly stage: string, override readonly cause: unknown) {
    super(`${stage} stage failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export function runStages(doc: Document, stages: readonly NamedStage[], options: AnalyzeOptions): Document {
  let current = doc;
  for (const stage of stages) {
    try {
      current = stage.run(current, options);
    } catch (e) {
      throw new StageError(stage.name, e);
    }
  }
  return current;
}

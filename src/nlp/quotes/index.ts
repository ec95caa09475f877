// Quotation stage: direct quotes (text in quotation marks) and reported speech, each with its cue
// and speaker resolved to the canonical entity. The rules live in small files (marks, direct,
// indirect, cues, speaker, coref); engine.ts runs them in one pass.
import type { Entity, Quote, Span } from '../../core/document.js';
import { runEngine } from './engine.js';

export type { EngineQuote } from './engine.js';
export { warmUp as warmUpQuotes } from './warmup.js';

export function findQuotes(text: string, sentences: readonly Span[], entities: readonly Entity[]): Quote[] {
  return runEngine(text, sentences, entities);
}

// The library API: the same pipeline and records the CLI uses.
export { analyze, analyzeDocument, analyzeDocuments, analyzeText, readSources, type AnalysisEvent, type RunOptions } from './core/analyze.js';
export { parseShard, type Shard } from './core/shard.js';
export type * from './core/document.js';
export { ANNOTATIONS, defaultOptions, resolveOptions, type AnalyzeOptions, type Annotation } from './core/options.js';
export { runStages, type NamedStage, type Stage } from './core/pipeline.js';
export { toAnalysisRecord, toCleanRecord, type AnalysisRecord, type CleanRecord } from './core/record.js';
export { stagesFor } from './core/stages.js';
export { EntityAggregator, type AggregatedEntity } from './aggregate/entities.js';
export { dateRows, quoteRows, type DateRow, type QuoteRow } from './aggregate/rows.js';
export { cleanHtml, cleanText } from './clean/index.js';

// Options every entry point (CLI and library) resolves to before running the pipeline.

/** What the NLP stages can add to a document. */
export const ANNOTATIONS = ['entities', 'dates', 'quotes'] as const;
export type Annotation = (typeof ANNOTATIONS)[number];

export interface AnalyzeOptions {
  /** Strip boilerplate (false: the text is already clean and is kept exactly). */
  clean: boolean;
  /** Treat every text input as HTML (otherwise detected per document). */
  html: boolean;
  /** `YYYY-MM-DD`: resolves relative dates when a document has no publication date. */
  referenceDate: string | null;
  /** The annotations to make: a command asks for what it shows (none for `copydesk clean`). */
  annotate: readonly Annotation[];
}

export const defaultOptions: AnalyzeOptions = { clean: true, html: false, referenceDate: null, annotate: ANNOTATIONS };

/** The analysis options alone (callers may pass run options too: they are not copied). */
export function resolveOptions(partial: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    clean: partial.clean ?? defaultOptions.clean,
    html: partial.html ?? defaultOptions.html,
    referenceDate: partial.referenceDate ?? defaultOptions.referenceDate,
    annotate: partial.annotate ?? defaultOptions.annotate,
  };
}

/** Whether the entity tagger runs: for entities, and for quotes, whose speakers point at entities. */
export const needsEntities = (options: AnalyzeOptions): boolean => options.annotate.includes('entities') || options.annotate.includes('quotes');

// Options every entry point (CLI and library) resolves to before running the pipeline.

export interface AnalyzeOptions {
  /** Strip boilerplate (false: the text is already clean and is kept exactly). */
  clean: boolean;
  /** Treat every text input as HTML (otherwise detected per document). */
  html: boolean;
  /** `YYYY-MM-DD`: resolves relative dates when a document has no publication date. */
  referenceDate: string | null;
  /** Run the NLP stages (false for `copydesk clean`). */
  nlp: boolean;
}

export const defaultOptions: AnalyzeOptions = { clean: true, html: false, referenceDate: null, nlp: true };

/** The analysis options alone (callers may pass run options too: they are not copied). */
export function resolveOptions(partial: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    clean: partial.clean ?? defaultOptions.clean,
    html: partial.html ?? defaultOptions.html,
    referenceDate: partial.referenceDate ?? defaultOptions.referenceDate,
    nlp: partial.nlp ?? defaultOptions.nlp,
  };
}

// Shapes shared by the text and HTML cleaners.
import type { DocumentMeta, Removed } from '../core/document.js';

export interface CleanResult {
  /** The article body: kept blocks joined by blank lines. */
  text: string;
  /** What was dropped; offsets index the cleaned input (the scrape, or the HTML page's rendered text). */
  removed: Removed[];
  meta: Partial<DocumentMeta>;
  warnings: string[];
}

/** What a block looks like structurally; text mode only knows `line`. */
export type BlockTag = 'line' | 'p' | 'heading' | 'li' | 'quote' | 'pre' | 'cell' | 'caption' | 'other';

/** One line of a scrape or one block element of a page, trimmed; `start`/`end` index the input. */
export interface Block {
  start: number;
  end: number;
  text: string;
  tag: BlockTag;
  /** Share of the block's characters inside links (HTML mode; 0 in text mode). */
  linkDensity: number;
  /** Inside navigation, header, footer, aside or an element classed as such (HTML mode). */
  chrome?: boolean;
}

/** What the classifier knows about one block while it runs. */
export interface Verdict {
  /** Set once a rule drops the block. */
  drop: string | null;
  /** Prose weight: > 0 for article-like text, < 0 for furniture. */
  score: number;
  /** The block starts the page's trailing matter (related stories, comments): everything after goes too. */
  endsArticle: boolean;
}

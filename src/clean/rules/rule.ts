// The contract every rule file implements: look at one block, say what it is.
import type { DocumentMeta } from '../../core/document.js';
import type { Block } from '../types.js';

export interface RuleContext {
  blocks: readonly Block[];
  index: number;
  /** phraseKey of the block being judged, found once for all rules. */
  key: string;
  /** Index of the first block of running prose, or -1. */
  firstProse: number;
  /** How often each exact block text that is not prose occurs in the page (prose texts are not counted). */
  counts: ReadonlyMap<string, number>;
  /** Metadata found so far (rules only fill what is still empty). */
  meta: Partial<DocumentMeta>;
}

export interface Decision {
  /** Drop the block, for this reason ('' only in the classifier's KEEP: no rule had anything to say). */
  drop: string;
  /** Keep this block's text out of the body but keep what it says. */
  meta: Partial<DocumentMeta> | undefined;
  /** The article ends here: related stories, comments and the like follow. */
  endsArticle: boolean | undefined;
}

/**
 * Every decision is made here, so all have one object shape: the classifier reads their fields
 * monomorphically, where decisions of varying shapes deoptimised it each time a new one came by.
 * Unset fields are undefined (not null), so a decision still compares equal to its literal.
 */
export function decide(drop: string, meta?: Partial<DocumentMeta>, endsArticle?: boolean): Decision {
  return { drop, meta, endsArticle };
}

export type Rule = (block: Block, ctx: RuleContext) => Decision | null;

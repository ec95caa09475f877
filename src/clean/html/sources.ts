// A closing list of sources under a line of its own ("References", "Article Sources:"): the works the
// article cites, not its text. That line and everything after it are marked as chrome, so the densest
// run ends before them (chrome prose scores nothing, chrome short lines count against).
import type { Block } from '../types.js';

const SOURCES_LINE = /^(?:references|sources|article sources|works cited|bibliography|citations)\s*:?$/iu;
/** Only such a line in the last part of the blocks closes the article: one higher up heads a section. */
const FROM_SHARE = 0.6;

/** The blocks, with a closing sources line and what follows it marked as chrome. */
export function markSources(blocks: readonly Block[]): Block[] {
  let at = -1;
  for (let i = blocks.length - 1; i >= blocks.length * FROM_SHARE; i--) {
    const text = blocks[i]!.text;
    if (text.length <= 40 && SOURCES_LINE.test(text)) {
      at = i;
      break;
    }
  }
  if (at < 0) return blocks as Block[];
  return blocks.map((b, i) => (i >= at && !b.chrome ? { ...b, chrome: true } : b));
}

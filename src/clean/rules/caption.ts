// Figure and table captions: photo descriptions and credits beside the article, not its text (WCXB
// gold leaves them out). Only HTML marks them; a scrape's lines are never captions.
import { decide, type Rule } from './rule.js';

const CAPTION = decide('caption');

export const caption: Rule = (block) => (block.tag === 'caption' ? CAPTION : null);

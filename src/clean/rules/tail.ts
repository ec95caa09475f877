// Headings after which a page shows other things than the article: related stories, comments,
// author boxes. They end the article once some prose has been seen.
import { decide, type Rule } from './rule.js';

// Measured on WCXB dev: headings such as "Recommended", "Most popular", "Read next", "Top stories" or
// "Share this article" sit in sidebars and share bars inside the article as often as after it, so
// they are furniture (dropped alone), not the article's end.
const HEADINGS = new Set([
  'you may also like', 'you might also like', 'you may be interested in', 'related', 'related articles', 'related posts',
  'related stories', 'related content', 'related news', 'related reading', 'more stories', 'more news', 'more articles',
  'recommended for you', 'recommended stories', 'recommended articles', 'popular posts', 'latest news', 'latest posts',
  'latest articles', 'recent posts', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'join the discussion',
  'join the conversation', 'comments', 'responses', 'what to read next', 'up next', 'share this post', 'share this',
  'back to top button', 'adblock detected', 'about the author', 'subscribe to our newsletter',
]);

/** "12 comments", "One thought on …", "3 responses to …": the comment section's header. */
function commentHeader(key: string): boolean {
  const space = key.indexOf(' ');
  if (space < 0) return false;
  const first = key.slice(0, space);
  const rest = key.slice(space + 1);
  const counted = /^[0-9]{1,5}$/u.test(first) || first === 'one' || first === 'no';
  return counted && (rest === 'comments' || rest === 'comment' || rest.startsWith('thoughts on ') || rest.startsWith('thought on ')
    || rest.startsWith('responses to ') || rest.startsWith('response to ') || rest.startsWith('replies to ') || rest.startsWith('comments on '));
}

const ENDS_ARTICLE = decide('related or comments heading', undefined, true);

export const tail: Rule = (block, ctx) => {
  // A link is a teaser's "read more" or a menu item, not a section heading.
  if (block.text.length > 80 || block.linkDensity > 0.5 || ctx.firstProse < 0 || ctx.index <= ctx.firstProse) return null;
  const key = ctx.key;
  // "Leave a CommentIraq owns data …": a heading glued to the next headline still ends the article.
  if (HEADINGS.has(key) || commentHeader(key) || key.startsWith('leave a comment')) return ENDS_ARTICLE;
  return null;
};

// Page furniture: whole lines that are navigation, calls to action, share buttons or notices.
import { decide, type Rule } from './rule.js';
import { keyWordsUpTo } from './shape.js';

// Exact lines (lower-cased, trailing punctuation dropped).
const LINES = new Set([
  'skip to content', 'skip to main content', 'skip to navigation', 'menu', 'main menu', 'close menu', 'open menu', 'toggle navigation',
  'search', 'search for', 'close', 'home', 'login', 'log in', 'sign in', 'sign up', 'register', 'logout', 'log out', 'my account',
  'subscribe', 'subscribe now', 'newsletter', 'share', 'share this', 'share this article', 'share this post', 'share this story',
  'share on facebook', 'share on twitter', 'share on linkedin', 'share via email', 'tweet', 'facebook', 'twitter', 'x', 'linkedin',
  'pinterest', 'reddit', 'whatsapp', 'email', 'e-mail', 'print', 'copy link', 'link copied', 'copied', 'advertisement', 'advertisements',
  'sponsored', 'ad', 'read more', 'read full review', 'read the review', 'see the rating', 'continue reading', 'load more', 'show more', 'view all', 'see all', 'back to top', 'back to top button',
  'scroll to top', 'go to top', 'next', 'previous', 'prev', 'next post', 'previous post', 'next article', 'previous article',
  'contact', 'contact us', 'about', 'about us', 'privacy', 'privacy policy', 'terms', 'terms of use', 'terms of service',
  'terms and conditions', 'cookie policy', 'cookies', 'cookie settings', 'accept', 'accept all', 'reject all', 'manage preferences',
  'adblock detected', 'listen to this article', 'save', 'like', 'reply', 'follow', 'follow us', 'order now', 'buy now', 'shop now',
  'learn more', 'get started', 'book now', 'donate', 'tags', 'categories', 'category', 'topics', 'filed under', 'posted in',
  'leave a comment', 'leave a reply', 'cancel reply', 'post comment', 'submit', 'loading', 'loading...', 'sitemap', 'careers', 'faq',
  'you may also like', 'related', 'related articles', 'related posts', 'related stories', 'more stories', 'read next', 'recommended',
  'trending', 'popular', 'most popular', 'latest', 'latest news', 'latest posts', 'recent posts', 'top stories', 'more from',
  'apply now', 'back to blog', 'back to news', 'table of contents', 'take the next step', 'fact checked', 'share your story',
  'related companies', 'related searches', 'accessibility', 'make a gift', 'request information', 'get in touch', 'sponsor message',
  'terms & conditions', 'press center', 'press', 'our work', 'pricing', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky',
  'mastodon', 'flipboard', 'tumblr', 'pocket', 'contact sales', 'talk to sales', 'see pricing', 'view pricing', 'shop', 'blog',
  'recommended', 'read next', 'also read', 'share this article', 'share this post', 'share this story', 'up next',
]);

// Calls to action: a short line opening with an imperative and offering something now or for free.
const CTA_VERBS = ['get ', 'start ', 'request ', 'schedule ', 'book ', 'join ', 'sign up', 'subscribe', 'download ', 'try ', 'claim ',
  'register ', 'apply ', 'call ', 'contact ', 'explore ', 'discover ', 'shop ', 'buy ', 'order ', 'save ', 'grab ', 'unlock '];
const CTA_OFFERS = ['free', 'now', 'today', 'demo', 'trial', 'quote', 'consultation', 'newsletter', 'inbox', 'started', 'offer', 'deal'];

export function isCallToAction(key: string): boolean {
  // The cheap tests first: most lines open with no call-to-action verb.
  if (key.endsWith('.') || !startsWithAny(key, firstOf(CTA_VERBS_BY_FIRST, key)) || keyWordsUpTo(key, 8) > 8) return false;
  const words = key.split(/[^a-z]+/u);
  return CTA_OFFERS.some((o) => words.includes(o));
}

// Indexed loops, not for-of: leaving a for-of early closes its iterator, a step only the rare match
// takes, and TurboFan code compiled before any match had to be thrown away at the first one.

function startsWithAny(key: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (key.startsWith(prefixes[i]!)) return true;
  return false;
}

function includesAny(key: string, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) if (key.includes(parts[i]!)) return true;
  return false;
}

// Line openings that mark a notice or a prompt whatever follows.
const PREFIXES = [
  'share on ', 'share this ', 'follow us on ', 'follow us', 'sign up for ', 'sign up to ', 'subscribe to ', 'subscribe for ',
  'click here', 'tap here', 'copyright ©', 'copyright (c)', '© ', '(c) 20', 'all rights reserved', 'this website uses cookies',
  'this site uses cookies', 'we use cookies', 'by using this site', 'by continuing to use', 'please consider supporting us',
  'please disable your ad', 'please whitelist', 'we noticed you', 'it looks like you', 'you are using an ad',
  'read more:', 'related:', 'see also:', 'also read:', 'read also:', 'recommended:', 'advertisement', 'sponsored content',
  'your email address will not be published', 'required fields are marked', 'save my name, email', 'notify me of',
  'enter your email', 'join our newsletter', 'get our newsletter', 'download the app', 'listen to this',
  // Affiliate and trust disclosures, and cross-links set off from the text.
  'we may earn', 'we earn a commission', 'buying through links', 'if you buy through', 'if you purchase through',
  'this post may contain affiliate', 'this article contains affiliate', 'as an amazon associate', 'affiliate disclosure',
  'advertiser disclosure', 'all of our content is written by', 'why trust us', 'learn more about us', '» related', 'related reading:',
  'full bio', 'this field is for validation', 'get free quote', 'get a free quote', 'get a quote', 'book a demo', 'get a demo',
  'request a demo', 'schedule a demo', 'sign up now', 'join our mailing list', 'subscribe here', 'thank you! please check your inbox',
  // Shop buttons on review pages: 'Check price at Amazon', 'Check Amazon (on sale!)'.
  'check price at ', 'check price on ', 'check amazon',
  'products are chosen independently', 'our reviewers research', 'keep up with the latest', 'explore our latest',
];

// Whole-line notices that can sit anywhere in a longer line ("disabling your ad blocker" is found by
// "ad blocker"; the cookie notices only where "cookie" is).
const CONTAINS = ['all rights reserved', 'cookie', 'ad blocker'];
const COOKIE = 1;
const COOKIE_NOTICES = ['cookie policy', 'use of cookies'];
/** A line of at most this many units has at most 40 words (a word and a space are two units). */
const SHORT_KEY = 80;

/** The longest exact line: longer keys need no hashing to know they are not one. */
const LONGEST_LINE = Math.max(...[...LINES].map((l) => l.length));

/** Openings by their first character, so a line is tested only against those that can match it. */
function byFirst(openings: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of openings) {
    const list = map.get(p[0]!) ?? [];
    list.push(p);
    map.set(p[0]!, list);
  }
  return map;
}
const PREFIXES_BY_FIRST = byFirst(PREFIXES);
const CTA_VERBS_BY_FIRST = byFirst(CTA_VERBS);
const NO_PREFIXES: readonly string[] = [];

/** The openings of `map` that start as `key` does. */
function firstOf(map: ReadonlyMap<string, readonly string[]>, key: string): readonly string[] {
  return (key.length > 0 ? map.get(key[0]!) : undefined) ?? NO_PREFIXES;
}

/** Does the key hold a notice of CONTAINS (a cookie notice when it holds "cookie")? */
function containsNotice(key: string): boolean {
  for (let i = 0; i < CONTAINS.length; i++) {
    if (key.includes(CONTAINS[i]!) && (i !== COOKIE || includesAny(key, COOKIE_NOTICES))) return true;
  }
  return false;
}

const PAGE_FURNITURE = decide('page furniture');
const NOTICE = decide('notice or prompt');
const CALL_TO_ACTION = decide('call to action');

export const furniture: Rule = (_block, ctx) => {
  const key = ctx.key;
  if (key.length <= LONGEST_LINE && LINES.has(key)) return PAGE_FURNITURE;
  if (startsWithAny(key, firstOf(PREFIXES_BY_FIRST, key))) return NOTICE;
  if (isCallToAction(key)) return CALL_TO_ACTION;
  if (key.length > SHORT_KEY && keyWordsUpTo(key, 40) > 40) return null;
  return containsNotice(key) ? NOTICE : null;
};

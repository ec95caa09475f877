// "Ministry of Finance", "Journal of the Royal College of Physicians": an institution's word and the
// "of" phrase after it are one name, though the tagger may stop at the word ("Ministry") or find the
// rest as a name of its own ("Royal College of Physicians"). The word must be capitalised and end an
// organisation's mention; what follows "of" or "of the" is the next mention when it starts right there
// (a place, organisation or MISC name, not a person), else the run of capitalised words there, unless
// that run is a title before a name ("Awami League of Prime Minister Sheikh Hasina").
import type { Mention } from '../../core/document.js';
import { mention } from './mention.js';
import { Ch, codeAt, isUpperCode } from './chars.js';
import { leadingTitleLength } from './roles.js';

const HEADS = new Set(('ministry department board journal university council association federation confederation union institute '
  + 'academy office bureau commission committee court chamber league bank college school agency authority organisation organization '
  + 'foundation society').split(' '));

const CLOSING = new Set([Ch.dot, Ch.semicolon, Ch.colon, Ch.close, Ch.quote, Ch.apostrophe]);

/** Where the name after "of " or "of the " at `at` would begin ("at" is the end of the institution's word), or -1. */
function ofEnd(text: string, at: number): number {
  if (text.startsWith(' of the ', at)) return at + 8;
  return text.startsWith(' of ', at) ? at + 4 : -1;
}

/** The end of the run of capitalised words from `at` (-1 when there is none or it is a title before a name). */
function capitalisedRun(text: string, at: number): number {
  let end = -1;
  for (let s = at; isUpperCode(codeAt(text, s)); ) {
    let e = s;
    while (e < text.length && codeAt(text, e) !== Ch.space && codeAt(text, e) !== Ch.newline && codeAt(text, e) !== Ch.comma) e++;
    // A closing mark or a full stop ends the name with the word.
    let w = e;
    while (w > s && CLOSING.has(codeAt(text, w - 1))) w--;
    const word = text.slice(s, w);
    end = s + word.length;
    if (word.length < e - s || codeAt(text, e) !== Ch.space) break;
    s = e + 1;
  }
  // "Prime Minister Sheikh Hasina" is a person, "Finance" or "Health and Welfare" is no title before a name.
  const title = end > at ? leadingTitleLength(text.slice(at, end)) : 0;
  return title > 0 && at + title < end ? -1 : end;
}

/** The mention's last word, when it is a capitalised institution's word. */
function headed(m: Mention): boolean {
  const space = m.text.lastIndexOf(' ');
  const last = m.text.slice(space + 1);
  return isUpperCode(last.charCodeAt(0)) && HEADS.has(last.toLowerCase());
}

/** Where the name after an organisation's institution word and its "of" begins ("Ministry of |Finance"), or -1. */
function ofNameStart(text: string, m: Mention): number {
  if (m.type !== 'organization') return -1;
  const at = ofEnd(text, m.end);
  return at >= 0 && headed(m) ? at : -1;
}

export function institutionsOf(text: string, mentions: Mention[]): Mention[] {
  // Most documents have none: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = ofNameStart(text, mentions[i]!) >= 0;
  if (!any) return mentions;
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const from = ofNameStart(text, m);
    if (from < 0) {
      out.push(m);
      continue;
    }
    const next = mentions[i + 1];
    if (next && next.start === from) {
      if (next.type === 'person') {
        out.push(m);
        continue;
      }
      out.push(mention(text.slice(m.start, next.end), m.start, next.end, 'organization'));
      i++;
      continue;
    }
    if (next && next.start < from) {
      out.push(m);
      continue;
    }
    let end = capitalisedRun(text, from);
    // The run stops where the next mention begins.
    if (next && end > next.start) end = -1;
    out.push(end > from ? mention(text.slice(m.start, end), m.start, end, 'organization') : m);
  }
  return out;
}

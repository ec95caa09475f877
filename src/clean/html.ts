// HTML mode, first version: drop non-content elements, turn block elements into line breaks, decode
// entities, then clean the text as a text scrape. Title from <title>.
import { cleanText, type CleanResult } from './text.js';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/giu, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? m;
  });
}

export function htmlToText(html: string): { text: string; title: string | null } {
  const title = /<title[^>]*>([^<]*)<\/title>/iu.exec(html)?.[1];
  const text = html
    .replace(/<(script|style|noscript|template|svg|nav|header|footer|aside|form)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|pre)\b[^>]*>/giu, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/[ \t\r\f\v]+/gu, ' ');
  return { text: decodeEntities(text), title: title ? decodeEntities(title).trim() || null : null };
}

export function cleanHtml(html: string): CleanResult {
  const { text, title } = htmlToText(html);
  const result = cleanText(text);
  if (title) result.meta.title = title;
  return result;
}

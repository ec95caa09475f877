// Quotation stage: direct quotes (text in quotation marks) and reported speech, each with its cue
// and speaker. First version: paired quotation marks and "SPEAKER said" / "said SPEAKER" in the
// same sentence; speakers linked to the entity whose mention they overlap.
import type { Entity, Quote, Span, Speaker, TextSpan } from '../../core/document.js';

const CUE = /\b(said|says|told|added|adding|warned|accused|stated|according to)\b/gu;
const OPEN_TO_CLOSE: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

function containing(spans: readonly Span[], pos: number): Span | undefined {
  return spans.find((s) => s.start <= pos && pos < s.end);
}

/** Pairs of quotation marks, never nested; an unmatched opening mark is dropped. */
function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open >= 0) {
      if (c === close) {
        out.push({ start: open + 1, end: i });
        open = -1;
      } else if (c === '\n' && text[i + 1] === '\n') open = -1;
    } else if (OPEN_TO_CLOSE[c]) {
      open = i;
      close = OPEN_TO_CLOSE[c]!;
    }
  }
  return out;
}

function entityAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.start < end && start < m.end));
}

function speakerFrom(text: string, span: Span, entities: readonly Entity[]): Speaker | null {
  let start = span.start;
  let end = span.end;
  while (start < end && /[\s,.;:"“”]/u.test(text[start]!)) start++;
  while (end > start && /[\s,.;:"“”]/u.test(text[end - 1]!)) end--;
  if (end <= start || end - start > 80) return null;
  const entity = entityAt(entities, start, end);
  return { text: text.slice(start, end), start, end, entity: entity?.id ?? null, name: entity?.name ?? text.slice(start, end) };
}

/** The cue nearest the quote in its sentence, and the words on its far side as the speaker. */
function attribution(text: string, sentence: Span, quote: Span, entities: readonly Entity[]): { cue: TextSpan | null; speaker: Speaker | null } {
  const s = text.slice(sentence.start, sentence.end);
  let best: { cue: TextSpan; speaker: Speaker | null } | null = null;
  for (const m of s.matchAll(CUE)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (start >= quote.start && end <= quote.end) continue;
    const cue = { text: m[0], start, end };
    // After the quote: "..., said the Iraqi president" -> speaker follows the cue up to punctuation.
    // Before it: "Talabani said ..." -> speaker is the run of words before the cue.
    let speaker: Speaker | null;
    if (start >= quote.end) {
      const rest = text.slice(end, sentence.end);
      const stop = rest.search(/[,.;:]|\badding\b/u);
      speaker = speakerFrom(text, { start: end, end: stop < 0 ? sentence.end : end + stop }, entities);
    } else {
      const before = text.slice(sentence.start, start);
      const from = Math.max(before.lastIndexOf(','), before.lastIndexOf('"'), before.lastIndexOf('”')) + 1;
      speaker = speakerFrom(text, { start: sentence.start + from, end: start }, entities);
    }
    if (!best || Math.abs(start - quote.start) < Math.abs(best.cue.start - quote.start)) best = { cue, speaker };
  }
  return best ?? { cue: null, speaker: null };
}

export function findQuotes(text: string, sentences: readonly Span[], entities: readonly Entity[]): Quote[] {
  const quotes: Quote[] = [];
  for (const q of quotedSpans(text)) {
    const sentence = containing(sentences, q.start) ?? q;
    const { cue, speaker } = attribution(text, sentence, q, entities);
    // Without a cue, a short quoted phrase is a title or a scare quote, not speech.
    if (!cue) continue;
    quotes.push({ kind: 'direct', text: text.slice(q.start, q.end), start: q.start, end: q.end, cue, speaker });
  }
  // Reported speech: "SPEAKER said (that) CONTENT" where the content holds no direct quote.
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const m = /\b(said|told \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*,?) (?:on \p{Lu}\p{L}+ )?that /u.exec(s);
    if (!m) continue;
    const cueStart = sentence.start + m.index;
    const cueWord = m[1]!.split(' ')[0]!;
    const start = cueStart + m[0].length;
    let end = sentence.end;
    while (end > start && /[.\s]/.test(text[end - 1]!)) end--;
    if (quotes.some((q) => q.start < end && start < q.end) || end <= start) continue;
    const { speaker } = attribution(text, { start: sentence.start, end: cueStart + cueWord.length }, { start: cueStart + cueWord.length, end: cueStart + cueWord.length }, entities);
    quotes.push({ kind: 'indirect', text: text.slice(start, end), start, end, cue: { text: cueWord, start: cueStart, end: cueStart + cueWord.length }, speaker });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

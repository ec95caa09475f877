// Clean stage: the article body and its metadata out of a page, text scrape or HTML.
import type { Document } from '../core/document.js';
import type { AnalyzeOptions } from '../core/options.js';
import { cleanHtml, htmlToText } from './html.js';
import { cleanText } from './text.js';
import type { CleanResult } from './types.js';

export { cleanText, cleanHtml, htmlToText, type CleanResult };

export function cleanDocument(doc: Document, options: AnalyzeOptions): Document {
  const html = doc.kind === 'html' || options.html;
  if (!options.clean && !html) return doc;
  // HTML always becomes text; --no-clean only skips the boilerplate removal.
  const result = !html ? cleanText(doc.raw) : options.clean ? cleanHtml(doc.raw) : htmlAsIs(doc.raw);
  const { editors, authors, ...rest } = result.meta;
  const meta = { ...doc.meta };
  for (const [key, value] of Object.entries(rest)) {
    // What the input said (NDJSON fields) wins over what the page says.
    if (value != null && (meta as Record<string, unknown>)[key] == null) (meta as Record<string, unknown>)[key] = value;
  }
  if (editors) meta.editors = [...meta.editors, ...editors];
  if (authors) meta.authors = [...meta.authors, ...authors];
  return { ...doc, text: result.text, meta, layers: { ...doc.layers, removed: result.removed }, warnings: [...doc.warnings, ...result.warnings] };
}

function htmlAsIs(html: string): CleanResult {
  const { text, title } = htmlToText(html);
  return { text, removed: [], meta: title ? { title } : {}, warnings: [] };
}

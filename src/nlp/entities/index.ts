// Entity stage: find name mentions, then merge them into canonical entities.
// First version: compromise's people/places/organizations.
import type { Entity, Mention, Span } from '../../core/document.js';
import { matchSpans, nlp } from '../compromise.js';
import { buildEntities } from './merge.js';

export { buildEntities };

// Words compromise tags as names but that are titles or page furniture, never names on their own.
const NOT_A_NAME = new Set(['president', 'minister', 'mr', 'mrs', 'dr', 'home', 'editor']);

export function findMentions(text: string, _sentences: readonly Span[]): Mention[] {
  const doc = nlp(text);
  const found: Mention[] = [];
  const add = (type: string, view: { json(o: object): unknown[] }) => {
    for (const s of matchSpans(text, view)) {
      if (NOT_A_NAME.has(s.text.toLowerCase().replace(/\.$/, ''))) continue;
      found.push({ ...s, type });
    }
  };
  add('person', doc.people());
  add('organization', doc.organizations());
  add('place', doc.places());
  // Overlaps: keep the longer span (then the earlier).
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

export function findEntities(text: string, sentences: readonly Span[]): { mentions: Mention[]; entities: Entity[] } {
  const mentions = findMentions(text, sentences);
  return { mentions, entities: buildEntities(mentions) };
}

// Entity stage: a learned tagger finds the name mentions, then mentions are merged into canonical
// entities (aliases, roles, salience).
import type { Entity, Mention, Span } from '../../core/document.js';
import { buildEntities } from './merge.js';
import { mapMentions, retyped } from './mention.js';
import { recognize } from './recognize.js';

export { buildEntities };

export function findMentions(text: string, sentences: readonly Span[]): Mention[] {
  return recognize(text, sentences);
}

/** What the cleaner already knows about the article that names an entity. */
export interface EntityHints {
  /** The news agency of the dateline ("BAGHDAD, Xinhua –"): an organization wherever it is named. */
  agency?: string | null;
}

export function findEntities(text: string, sentences: readonly Span[], hints: EntityHints = {}): { mentions: Mention[]; entities: Entity[] } {
  const mentions = mapMentions(findMentions(text, sentences), (m) => (m.text === hints.agency && m.type !== 'organization' ? retyped(m, 'organization') : m));
  return { mentions, entities: buildEntities(mentions, text) };
}

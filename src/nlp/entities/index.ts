// Entity stage: a learned tagger finds the name mentions, then mentions are merged into canonical
// entities (aliases, roles, salience).
import type { Entity, Mention, Span } from '../../core/document.js';
import { buildEntities } from './merge.js';
import { recognize } from './recognize.js';

export { buildEntities };

export function findMentions(text: string, sentences: readonly Span[]): Mention[] {
  return recognize(text, sentences);
}

export function findEntities(text: string, sentences: readonly Span[]): { mentions: Mention[]; entities: Entity[] } {
  const mentions = findMentions(text, sentences);
  return { mentions, entities: buildEntities(mentions, text) };
}

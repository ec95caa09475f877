// Merge mentions into canonical entities: same type, and the same name, or for people a surname
// ("Jalal Talabani" / "Talabani"). The canonical name is the longest form.
import type { Entity, Mention } from '../../core/document.js';

function words(s: string): string[] {
  return s.toLowerCase().replace(/[’']s$/u, '').split(/\s+/).filter(Boolean);
}

function sameEntity(type: string, longer: string[], shorter: string[]): boolean {
  if (shorter.length > longer.length || (type !== 'person' && shorter.length !== longer.length)) return false;
  const tail = longer.slice(longer.length - shorter.length);
  return tail.every((w, i) => w === shorter[i]);
}

export function buildEntities(mentions: readonly Mention[]): Entity[] {
  // Longest forms first, so shorter ones attach to them.
  const order = [...mentions].sort((a, b) => words(b.text).length - words(a.text).length || a.start - b.start);
  const groups: { type: string; forms: string[][]; members: Mention[] }[] = [];
  for (const m of order) {
    const w = words(m.text);
    const g = groups.find((g) => g.type === m.type && g.forms.some((f) => sameEntity(m.type, f, w)));
    if (g) {
      g.members.push(m);
      g.forms.push(w);
    } else groups.push({ type: m.type, forms: [w], members: [m] });
  }
  const entities = groups.map((g) => {
    const members = [...g.members].sort((a, b) => a.start - b.start);
    const name = g.members[0]!.text.replace(/[’']s$/u, '');
    const aliases = [...new Set(members.map((m) => m.text))].filter((t) => t !== name);
    return { first: members[0]!.start, entity: { id: '', name, type: g.type, mentions: members.map(({ text, start, end }) => ({ text, start, end })), aliases } };
  });
  // Ids follow the order of first mention.
  entities.sort((a, b) => a.first - b.first);
  return entities.map((e, i) => ({ ...e.entity, id: `E${i + 1}` }));
}

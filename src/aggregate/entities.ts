// Cross-document aggregation of entities: one row per real-world entity over all inputs.
// Two entities are one when they share a type and a surface form (canonical name or alias),
// so "MKO" in one article joins "Mujahideen Khalq Organization" (alias "MKO") in another.
// The fold keeps counts and names, never documents, so memory grows with entities, not inputs.
import type { Entity } from '../core/document.js';

export interface AggregatedEntity {
  name: string;
  type: string;
  mentions: number;
  documents: number;
  aliases: string[];
}

const isAllCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

interface Group {
  type: string;
  /** Canonical names seen, with their mention counts, to pick the best overall name. */
  names: Map<string, number>;
  forms: Set<string>;
  mentions: number;
  documents: number;
  lastDocument: number;
}

export class EntityAggregator {
  private groups: Group[] = [];
  private byForm = new Map<string, Group>();
  private docCount = 0;

  /** Case, full stops and possessives do not make another entity ("U.S." is "US", "Iran’s" is "Iran"). */
  private static key(type: string, form: string): string {
    return `${type}\u0000${form.toLowerCase().replace(/['’]s$/u, '').replace(/\./gu, '')}`;
  }

  add(entities: readonly Entity[]): void {
    this.docCount++;
    for (const e of entities) {
      const forms = [e.name, ...e.aliases];
      let group = forms.map((f) => this.byForm.get(EntityAggregator.key(e.type, f))).find((g) => g !== undefined);
      if (!group) {
        group = { type: e.type, names: new Map(), forms: new Set(), mentions: 0, documents: 0, lastDocument: -1 };
        this.groups.push(group);
      }
      group.names.set(e.name, (group.names.get(e.name) ?? 0) + e.mentions.length);
      group.mentions += e.mentions.length;
      if (group.lastDocument !== this.docCount) {
        group.documents++;
        group.lastDocument = this.docCount;
      }
      for (const f of forms) {
        group.forms.add(f);
        this.byForm.set(EntityAggregator.key(e.type, f), group);
      }
    }
  }

  /** The aggregated entities, most mentioned first. */
  results(): AggregatedEntity[] {
    return this.groups
      .map((g) => {
        // The name most mentioned across documents; ties go to a form not in headline capitals,
        // then to the longer (fuller) form.
        const [name] = [...g.names].sort((a, b) => b[1] - a[1] || Number(isAllCaps(a[0])) - Number(isAllCaps(b[0])) || b[0].length - a[0].length)[0]!;
        const aliases = [...g.forms].filter((f) => f !== name).sort();
        return { name, type: g.type, mentions: g.mentions, documents: g.documents, aliases };
      })
      .sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || a.name.localeCompare(b.name));
  }
}

export interface EntityFilter {
  types: string[] | null;
  minMentions: number;
}

export function keepEntity(e: { type: string; mentions: number }, filter: EntityFilter): boolean {
  return (filter.types === null || filter.types.includes(e.type)) && e.mentions >= filter.minMentions;
}

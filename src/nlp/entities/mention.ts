// The one place a Mention object is made. Every rule builds its mentions here, so they all share one
// hidden class (V8 map): the same four fields in the same order. Literals and spreads at many sites
// gave several maps, and the loops that read mentions were deoptimised ("wrong map") again and again.
import type { EntityType, Mention } from '../../core/document.js';

export function mention(text: string, start: number, end: number, type: EntityType): Mention {
  return { text, start, end, type };
}

/** A copy of `m` with another type (the rules never change a mention another rule still holds). */
export function retyped(m: Mention, type: EntityType): Mention {
  return mention(m.text, m.start, m.end, type);
}

/**
 * `ms.map(f)` into a packed array. Array.prototype.map gives a packed array while its caller runs in
 * the interpreter but a holey one once TurboFan has inlined it, so the rules downstream saw both kinds
 * of array by turns and were deoptimised ("wrong map") at their loops over and over.
 */
export function mapMentions(ms: readonly Mention[], f: (m: Mention) => Mention): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) out.push(f(ms[i]!));
  return out;
}

/**
 * `mapMentions(ms, f)`, or `ms` itself when f returns every mention unchanged (most rules change
 * nothing in most documents): no copy then. A copy is a packed array, as mapMentions makes it.
 */
export function mapChanged(ms: Mention[], f: (m: Mention) => Mention): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const r = f(m);
    if (out !== null) out.push(r);
    else if (r !== m) {
      out = [];
      for (let k = 0; k < i; k++) out.push(ms[k]!);
      out.push(r);
    }
  }
  return out ?? ms;
}

// Deterministic sharding: `--shard K/N` keeps the documents whose id hashes to share K of N, so N
// machines or batch jobs each take a disjoint share of the same inputs.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/u.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** 32-bit FNV-1a over the UTF-16 units: stable across runs, machines and Node versions. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(id: string, shard: Shard): boolean {
  return fnv1a(id) % shard.count === shard.index - 1;
}

// Open-addressing hash table from 32-bit feature keys to weight rows, growing as features are added:
// the training script's weight store (the run-time model uses the fixed PackedWeights).

export class FeatureTable {
  keys: Uint32Array;
  rows: Int32Array;
  size = 0;
  private mask: number;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The row of `key`, or -1. */
  find(key: number): number {
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of `key`, given the next free row number when it is new. */
  insert(key: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) {
        this.keys[i] = key;
        this.rows[i] = this.size;
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const key = oldKeys[j]!;
      if (key === 0) continue;
      let i = key & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.rows[i] = oldRows[j]!;
    }
  }
}

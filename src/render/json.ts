// JSON renderers: NDJSON (one object a line) and a JSON array written piece by piece.

export function ndjsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** Pieces of one JSON array, so a long run can stream it: open, items, close. */
export class JsonArrayPieces {
  private count = 0;

  item(value: unknown): string {
    return this.itemText(JSON.stringify(value));
  }

  /** An item already in JSON (e.g. stringified on the worker that made it). */
  itemText(json: string): string {
    return `${this.count++ === 0 ? '[\n' : ',\n'}${json}`;
  }

  close(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}

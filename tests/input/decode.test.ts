import { describe, expect, it } from 'vitest';
import { decode, looksBinary } from '../../src/input/decode.js';

describe('decode', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decode(Buffer.from('Iraq’s army', 'utf8'))).toEqual({ text: 'Iraq’s army', encoding: 'utf-8' });
    expect(decode(Buffer.from('\ufeffIraq’s army', 'utf8')).text).toBe('Iraq’s army');
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café', 'utf16le')]);
    expect(decode(le)).toEqual({ text: 'Café', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('Café');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]))).toEqual({ text: 'Café “ok”', encoding: 'windows-1252' });
  });

  it('refuses binary content: a NUL byte near the start', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]))).toBe(true);
    expect(() => decode(Buffer.from([0x41, 0x00, 0x42]))).toThrow('binary file, skipped');
    expect(looksBinary(Buffer.from('plain text'))).toBe(false);
  });
});

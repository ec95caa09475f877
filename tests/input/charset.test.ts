import { describe, expect, it } from 'vitest';
import { decode, sniffCharset } from '../../src/input/decode.js';

const bytes = (s: string, extra: number[] = []) => Uint8Array.from([...Buffer.from(s, 'latin1'), ...extra]);

describe('sniffCharset', () => {
  it('reads <meta charset> and http-equiv declarations', () => {
    expect(sniffCharset(bytes('<html><head><meta charset="windows-1251"></head>'))).toBe('windows-1251');
    expect(sniffCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'))).toBe('iso-8859-2');
    expect(sniffCharset(bytes('<p>charset=koi8-r is not a declaration</p>'))).toBeNull();
    expect(sniffCharset(bytes('<meta charset="no-such-encoding">'))).toBeNull();
  });
});

describe('decode', () => {
  it('decodes a legacy page with the charset it declares', () => {
    // "Привет" in Windows-1251.
    const page = bytes('<meta charset="windows-1251"><p>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decode(page)).toEqual({ text: '<meta charset="windows-1251"><p>Привет', encoding: 'windows-1251' });
  });

  it('keeps valid UTF-8 as UTF-8 whatever the page declares', () => {
    const page = new TextEncoder().encode('<meta charset="iso-8859-1"><p>café</p>');
    expect(decode(page).text).toBe('<meta charset="iso-8859-1"><p>café</p>');
  });
});

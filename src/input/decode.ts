// Bytes to text: byte-order marks, UTF-8, and a Windows-1252 fallback for legacy pages.

export class InputError extends Error {}

// The words of the shell and of grep for the file errors users meet, instead of Node's "ENOENT: ...".
const ERRNO_MESSAGES: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ELOOP: 'Too many levels of symbolic links',
};

/** The message for a failed read: an InputError's own, or a file error in plain words. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (e instanceof InputError) return err.message;
  return (err.code && ERRNO_MESSAGES[err.code]) || (err.message ?? String(e));
}

export interface Decoded {
  text: string;
  encoding: string;
}

const SNIFF_BYTES = 8000;

/** A NUL byte in the first few KB (outside UTF-16) marks a binary file, as git and grep judge. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro sign); Node's
// TextDecoder treats the label as Latin-1, so those 32 code points are mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(buf: Uint8Array): string {
  const latin1 = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export function decode(buf: Uint8Array): Decoded {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8 (BOM)' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(buf)) throw new InputError('binary file, skipped');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the page's own <meta charset> names the legacy encoding, else Windows-1252.
    const declared = sniffCharset(buf);
    if (declared && declared !== 'windows-1252') return { text: new TextDecoder(declared).decode(buf), encoding: declared };
    return { text: decodeWindows1252(buf), encoding: 'windows-1252' };
  }
}

/**
 * The character set an HTML page declares in its first 2 KB (`<meta charset=...>` or
 * `<meta http-equiv="Content-Type" content="...; charset=...">`), if this runtime can decode it.
 */
export function sniffCharset(buf: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 2048)).toLowerCase();
  const at = head.indexOf('charset=');
  if (at < 0 || head.lastIndexOf('<meta', at) < 0) return null;
  const m = /^charset=["']?([a-z0-9_:.-]{1,40})/u.exec(head.slice(at, at + 60));
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!).encoding;
  } catch {
    return null;
  }
}

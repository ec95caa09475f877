// Text hygiene before cleaning: line ends, invisible characters and the commonest mojibake
// (UTF-8 read as Windows-1252: "Iraqâ€™s" -> "Iraq’s"). Skipped with --no-clean, which keeps
// the text exactly as given.
import { decodeWindows1252 } from './decode.js';

// A UTF-8 lead byte (Ã, Â, â, ð as Windows-1252) followed by continuation bytes as Windows-1252.
// Each match is bounded (2 to 4 characters), so the scan is linear.
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/gu;
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) CP1252_BYTE.set(decodeWindows1252(Uint8Array.of(b)), b);
// The same bytes read as Latin-1 ("â\u0080\u0099s"): C1 controls stand for themselves. Without this
// the controls were stripped below and left "âs" for "’s".
for (let b = 0x80; b <= 0x9f; b++) if (!CP1252_BYTE.has(String.fromCharCode(b))) CP1252_BYTE.set(String.fromCharCode(b), b);

/** Re-read a run of Windows-1252 characters as the UTF-8 bytes they were; null if it is not UTF-8. */
function repairRun(run: string): string | null {
  const bytes: number[] = [];
  for (const c of run) {
    const b = CP1252_BYTE.get(c);
    if (b === undefined) return null;
    bytes.push(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE, (run) => repairRun(run) ?? run);
}

// Zero-width spaces and joiners, soft hyphens and BOMs inside the text; C0 controls but tab and
// line ends; DEL and C1 controls.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

export function normalizeText(text: string): string {
  return repairMojibake(text)
    .replace(/\r\n?/gu, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu, ' ');
}

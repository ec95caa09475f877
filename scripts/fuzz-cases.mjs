// Seeded generators of hostile article texts, shared by the fuzz test (tests/fuzz) and the longer
// local run (npm run fuzz). Deterministic: the same seed gives the same cases.

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters that have broken text tools: quotation marks, brackets, dots, line ends, controls,
// invisible and bidirectional characters, lone surrogates, astral symbols.
const PALETTE = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '(', ')', '[', ']', '.', '...', ',', '—', '–', '-', '\n', '\n\n', '\r\n', '\r', '\t', '\u0000', '\u0007',
  '\u200b', '\u00a0', '\u202e', '\ud800', '\udfff', '😀', 'ﬁ', 'İ', 'ß', 'Mr.', 'U.S.', 'said', ' said ', '2013', 'Monday', 'the 1980s', 'five years', '»', ' » ', 'Home', 'Editor: ', '&amp;', '<p>', '</div>'];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

/** A random edit of `text`: delete, duplicate, or insert troublesome characters. */
export function mutate(r, text) {
  let out = text;
  const edits = 1 + Math.floor(r() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (out.length + 1));
    const op = r();
    if (op < 0.3) out = out.slice(0, at) + out.slice(at + Math.floor(r() * 40));
    else if (op < 0.5) {
      const from = Math.floor(r() * out.length);
      out = out.slice(0, at) + out.slice(from, from + Math.floor(r() * 200)) + out.slice(at);
    } else {
      let ins = '';
      for (let k = Math.floor(r() * 6); k >= 0; k--) ins += pick(r, PALETTE);
      out = out.slice(0, at) + ins + out.slice(at);
    }
  }
  return out;
}

/** Random text from the palette and words, with no structure at all. */
export function noise(r, length) {
  const words = ['the', 'Iraq', 'Talabani', 'said', 'MKO', 'on', 'Monday', 'in', '1981', 'year', 'Baghdad', 'O’Neill', 'al-Maliki', 'U.N.', 'Tehran’s'];
  let out = '';
  while (out.length < length) out += r() < 0.6 ? `${pick(r, words)} ` : pick(r, PALETTE);
  return out;
}

/** Inputs that make naive regular expressions and recursive code blow up; `scale` 1 is full size. */
export function pathological(scale = 1) {
  const n = (x) => Math.max(1, Math.floor(x * scale));
  return [
    ['10,000 quotation marks', '"'.repeat(n(10_000))],
    ['alternating curly quotes', '“a” '.repeat(n(5_000))],
    ['a 1 MB line without spaces', 'a'.repeat(n(1_000_000))],
    ['a long line of dots', 'a.'.repeat(n(200_000))],
    ['100,000 capitalised words', 'Word '.repeat(n(100_000))],
    ['deeply nested parentheses', `${'('.repeat(n(20_000))}x${')'.repeat(n(20_000))}`],
    ['unclosed parentheses', '(Reuters '.repeat(n(20_000))],
    ['many said', 'said '.repeat(n(50_000))],
    ['many digits', '1 2 3 4-5 6.5 '.repeat(n(20_000))],
    ['breadcrumbs', 'Home » News » '.repeat(n(20_000))],
    ['50,000 nested divs', `<html><body>${'<div>'.repeat(n(50_000))}text${'</div>'.repeat(n(50_000))}</body></html>`],
    ['unclosed tags', '<p><b><i>'.repeat(n(20_000))],
    ['an endless comment', `<html><!--${'x'.repeat(n(500_000))}`],
  ];
}

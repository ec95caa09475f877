// Finer types for the model's MISC class: nationalities and religious or ethnic groups ("Iraqi",
// "Shiite"), events ("World Cup", "Gulf War"), and misc for the rest.

const GROUP_SUFFIX = /(?:an|ian|ese|ish|i|ic|ite|ist|ean)s?$/u;
const GROUPS = new Set(
  'shiite shiites shia sunni sunnis muslim muslims islamic christian christians catholic catholics protestant jewish jew jews hindu sikh buddhist kurd kurds kurdish arab arabs arabic zionist marxist communist'.split(' '),
);
const EVENT_WORDS = new Set(
  'cup championship championships games olympics olympic open war revolution election elections summit conference festival tour prix grand series league trophy marathon classic derby rally world'.split(' '),
);

function groupWord(word: string): boolean {
  const w = word.replace(/[’']s$/u, '');
  return GROUPS.has(w) || (/^\p{L}+(?:-\p{L}+)?$/u.test(w) && !/^(?:anti|pro|non|ex)-/u.test(w) && GROUP_SUFFIX.test(w));
}

export function miscType(surface: string): string {
  const words = surface.toLowerCase().split(' ');
  // "Iraqi", "Shiite", "Shia Muslims", "Iraqi Kurds" (but not "anti-Iran").
  // Loops, not every()/some(): those calls sent the optimised recognize() back to the interpreter
  // on every document (a map check of the inlined builtin failed each time).
  let groups = words.length <= 3;
  for (let i = 0; groups && i < words.length; i++) groups = groupWord(words[i]!);
  if (groups) return 'nationality';
  const last = words[words.length - 1]!;
  if (EVENT_WORDS.has(last)) return 'event';
  for (const w of words) if (w === 'war' || w === 'olympics' || w === 'cup') return 'event';
  return 'misc';
}

// "Benetton of Italy beat Dinamo of Russia", "Fenerbahce of Turkey": a one-word club and the country
// it comes from are two names, an organisation and a place, though the tagger may run them into one.
// Not an institution named after its country ("Bank of Japan", "Council of Europe"; "Ministry of
// Finance" names no country anyway): the first word is then one of an institution's words. Only a
// country: a firm named with its town or state is one name ("Lloyd's of London", "Life of Georgia").
import type { Mention } from '../../core/document.js';
import { mention } from './mention.js';
import { isUpperCode } from './chars.js';

const OF = ' of ';
const INSTITUTION = new Set(
  ('bank ministry department university college school institute academy house court council board bureau office agency association union '
    + 'league federation confederation party government commission committee chamber conference church trust times news journal queen duke '
    + 'museum state republic kingdom people army navy embassy parliament senate assembly congress cabinet corp corporation co company inc ltd '
    + 'group foundation fund society center centre port city county province exchange authority police guard friends sons daughters').split(' '),
);

/** The length of the club's word when the mention is "Club of Place", else 0. */
function clubLength(m: Mention, isCountry: (name: string) => boolean): number {
  if (m.type !== 'organization') return 0;
  const at = m.text.indexOf(OF);
  if (at <= 1 || m.text.lastIndexOf(' ', at - 1) >= 0 || !isUpperCode(m.text.charCodeAt(0))) return 0;
  const club = m.text.slice(0, at);
  if (INSTITUTION.has(club.toLowerCase()) || club.endsWith("'s")) return 0;
  return isCountry(m.text.slice(at + OF.length)) ? at : 0;
}

export function clubsOfCountries(mentions: Mention[], isCountry: (name: string) => boolean): Mention[] {
  // Most documents have none: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = clubLength(mentions[i]!, isCountry) > 0;
  if (!any) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const n = clubLength(m, isCountry);
    if (!n) {
      out.push(m);
      continue;
    }
    out.push(mention(m.text.slice(0, n), m.start, m.start + n, 'organization'));
    out.push(mention(m.text.slice(n + OF.length), m.start + n + OF.length, m.end, 'place'));
  }
  return out;
}

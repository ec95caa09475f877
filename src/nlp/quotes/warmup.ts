// A short news text of our own that passes through most branches of the quotation rules. Run once
// before the first real document, it gives every rule the type feedback V8 optimises on: without
// it, the big passes were optimised while some of their branches had never run, and each branch
// met later sent them back to the interpreter to be compiled again, in every worker.
import type { Entity, EntityType, TextSpan } from '../../core/document.js';
import { splitSentences } from '../segment.js';
import { runEngine } from './engine.js';

const TEXT = `Mayor Ines Okafor said Monday that the pier would reopen in June. "The ships are not getting smaller," Okafor said. "We will be ready."
"We can look at the plans," she said, "but the plans are public." Tomas Reyes, who has advised the council, told reporters that the budget was "a disaster."
Reyes told the Alder Courier: "We will appeal." According to the harbor report, the docks lost money for three years.
The deal is dead, the spokesman said Tuesday. Asked whether he was concerned, Reyes demurred. Okafor's claim that the vote was rigged was false.
He called the plan "a list of slogans," adding that nobody had read it. Critics, according to the poll, include most voters.
Sen. Ada Marsh (D-Wis.) said in a statement that the bill, which passed the House, would help. Marsh also said, "It is time."
"Why now?" Marsh writes back, "Nobody asked." Remarking upon her "genuine empathy," Reyes said, "Leave aside the rest."
So when the board signaled it would sell, Mr. Barrett said, "we were floored." The group, Marsh warned, is running out of time, possibly forcing a vote.
''That was a mistake,'' said the mayor. He said it was "closing really strong," Reyes said. The union called for a strike and urged members to vote.
Politicos call this a trap. Trump Says He Never Pledged Support. As the board announces that prices will rise, it is his job, he said, to explain.
"Once more the crowd was quiet.

"Here he comes," Okafor said. « Oui, maintenant », a dit Reyes. She said „ja, jetzt“ and left. The sign read “Welcome home” in red.
“He told me, ‘don’t wait,’ and I didn’t,” she said. “The court isn’t about "Equal Justice Under Law" anymore,” Marsh told CNN on Sunday.
“Unclosed words here
“and here.”
Then “a closed one” later — Reyes pointed out that it was late; he noted the cost. The leaders who say otherwise are wrong, Marsh argued.
The plan will fail, Reyes says in a letter; "More quoted words follow."
Reyes said they had made progress. "I really believe it."
Okafor said the harbor is safe, the board is "ready," and the ships are "coming back" — "soon."
Marsh says voters are "right to be angry," but also hungry for what she calls "real solutions." Marsh says voters are "right" and hungry for "real change."
"We can wait," said Driscoll, who said Reyes is best suited for the job, "but not long." Reyes says the board is "ready" and the ships are coming back.
(“Now,” she said) the report, calls the plan "weak." The mayor — calls it "a trap." Okafor said after the vote she would run again.
"They wrote (“never again”) on the wall in Zürich," Reyes said. "The pier must stay," said Ada Marsh, who said the council had ignored the vote. "We will fight it." Okafor said the pier is safe and she also said the ships will come.
Reyes said the pier is safe and the board is ready but he also said the ships are late. He said "this never closes
And a new paragraph starts here.
Reyes said, "We'll see," when asked whether he would run. He said "soon "— and left. Sen. Rand Paul, R-Ky., told reporters that the Alder Courier was wrong.
Marsh said in a statement released late, that the pier was safe. "Open to the end`;

// Short texts with a cue at the very start, where the rules look before the first token.
const EDGES = ['Call it a trap, Reyes said.', 'Democrats call it a trap.', '"Go," he said.', 'Said the mayor: "We are done."',
  'The party director said in a statement. "There are no ballots."'];

let warmed = false;

/**
 * Entities of the text in the shape the entity stage builds them (every field, in its order, mentions
 * in a pushed array): with none at all, the speaker resolution met its first entities only on a real
 * document and went back to the interpreter ("wrong map").
 */
function entitiesOf(text: string): Entity[] {
  const names: Array<[string, EntityType, string | undefined, string[]]> = [
    ['Ines Okafor', 'person', 'Mayor', ['Okafor']], ['Tomas Reyes', 'person', undefined, ['Reyes']],
    ['Ada Marsh', 'person', undefined, ['Marsh']], ['Alder Courier', 'organization', undefined, []],
  ];
  const out: Entity[] = [];
  for (const [name, type, role, forms] of names) {
    const mentions: TextSpan[] = [];
    for (const form of [name, ...forms]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ text: form, start: at, end: at + form.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const aliases: string[] = [];
    for (const form of forms) aliases.push(form);
    out.push({ id: `E${out.length + 1}`, name, type, mentions, aliases, role, salience: 0.5 });
  }
  return out;
}

/** Once per thread, before the first document. */
export function warmUp(): void {
  if (warmed) return;
  warmed = true;
  runEngine(TEXT, splitSentences(TEXT), entitiesOf(TEXT));
  for (const text of [TEXT, TEXT.replace(/[“”]/gu, '"'), ...EDGES]) runEngine(text, splitSentences(text), []);
}

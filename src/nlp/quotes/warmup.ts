// A short news text of our own that passes through most branches of the quotation rules. Run once
// before the first real document, it gives every rule the type feedback V8 optimises on: without
// it, the big passes were optimised while some of their branches had never run, and each branch
// met later sent them back to the interpreter to be compiled again, in every worker.
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
Marsh said in a statement released late, that the pier was safe. "Open to the end`;

// Short texts with a cue at the very start, where the rules look before the first token.
const EDGES = ['Call it a trap, Reyes said.', 'Democrats call it a trap.', '"Go," he said.', 'Said the mayor: "We are done."'];

let warmed = false;

/** Once per thread, before the first document. */
export function warmUp(): void {
  if (warmed) return;
  warmed = true;
  for (const text of [TEXT, TEXT.replace(/[“”]/gu, '"'), ...EDGES]) runEngine(text, splitSentences(text), []);
}

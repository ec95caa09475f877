// Breadcrumb trails, "Home » Iraq » Iraq wants Iranian opposition out": dropped, and the crumb
// before the headline is the section.
import { decide, type Rule } from './rule.js';
import { isProse } from './shape.js';

const SEPARATORS = [' » ', ' › ', ' > ', ' / ', ' | ', ' → '];

export function splitCrumbs(line: string): string[] | null {
  if (line.length > 250) return null;
  for (let s = 0; s < SEPARATORS.length; s++) {
    const sep = SEPARATORS[s]!;
    if (!line.includes(sep)) continue;
    // A loop with push, not map()/filter()/every(): arrays those make inside compiled code can be of
    // another elements kind than the interpreter's, and the next call on them deoptimised.
    const parts = line.split(sep);
    const crumbs: string[] = [];
    let short = true;
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i]!.trim();
      if (c.length === 0) continue;
      crumbs.push(c);
      if (c.length > 120) short = false;
    }
    if (crumbs.length >= 2 && short) return crumbs;
  }
  return null;
}

export const breadcrumb: Rule = (block, ctx) => {
  if (ctx.firstProse >= 0 && ctx.index > ctx.firstProse) return null;
  const crumbs = splitCrumbs(block.text);
  if (!crumbs || isProse(block.text)) return null;
  const home = crumbs[0]!.toLowerCase();
  if (home !== 'home' && home !== 'homepage' && home !== 'start' && crumbs.length < 3) return null;
  // The last crumb is the page itself when it is long (a headline); the section is the one before.
  const last = crumbs[crumbs.length - 1]!;
  const sectionIndex = crumbs.length - (crumbs.length >= 3 || last.split(' ').length > 4 ? 2 : 1);
  return decide('breadcrumb', { section: sectionIndex >= 1 ? crumbs[sectionIndex] : undefined });
};

// Breadcrumb trails, "Home » Iraq » Iraq wants Iranian opposition out": dropped, and the crumb
// before the headline is the section.
import type { Rule } from './rule.js';
import { isProse } from './shape.js';

const SEPARATORS = [' » ', ' › ', ' > ', ' / ', ' | ', ' → '];

export function splitCrumbs(line: string): string[] | null {
  if (line.length > 250) return null;
  for (const sep of SEPARATORS) {
    if (!line.includes(sep)) continue;
    const crumbs = line.split(sep).map((c) => c.trim()).filter((c) => c.length > 0);
    if (crumbs.length >= 2 && crumbs.every((c) => c.length <= 120)) return crumbs;
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
  const sectionIndex = crumbs.length >= 3 || last.split(' ').length > 4 ? crumbs.length - 2 : crumbs.length - 1;
  const section = sectionIndex >= 1 ? crumbs[sectionIndex]! : null;
  return { drop: 'breadcrumb', meta: section ? { section } : {} };
};

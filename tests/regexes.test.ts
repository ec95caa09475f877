// No regular expression in src/ may go super-linear: every regex literal is checked by recheck, a
// ReDoS checker that proves a pattern linear (or finds the input that makes it polynomial or
// exponential), instead of timing pathological inputs, which only covers the inputs we thought of.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.join(import.meta.dirname, '..', 'src');

interface Literal {
  where: string;
  source: string;
  flags: string;
}

/** Every regular-expression literal of the TypeScript files under `dir`, with its file and line. */
function regexLiterals(dir: string): Literal[] {
  const found: Literal[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ where: `${path.relative(SRC, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      // `new RegExp(...)` would escape this check: its pattern is only known at run time.
      if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
        found.push({ where: `${path.relative(SRC, file)}: new RegExp`, source: '', flags: 'dynamic' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe('regular expressions in src/', () => {
  const literals = regexLiterals(SRC);

  it('are all literals, found by the scan', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(literals.filter((l) => l.flags === 'dynamic').map((l) => l.where)).toEqual([]);
  });

  it('all run in linear time (recheck)', { timeout: 300_000 }, async () => {
    const unsafe: string[] = [];
    for (const l of literals) {
      // The automaton check of a bounded repeat of a wide class can take seconds; no timeout of its own.
      const result = await check(l.source, l.flags, { timeout: null });
      if (result.status !== 'safe') {
        const attack = result.status === 'vulnerable' ? ` (${result.complexity.type}, attack ${result.attack.pattern})` : ` (${result.status})`;
        unsafe.push(`${l.where} /${l.source}/${l.flags}${attack}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});

/**
 * Message keys the code asks for and keys the catalogues define, compared: a key asked for and not
 * defined shows as `[key]` on a page; a key defined and never asked for is dead text a translator
 * keeps paying for. The code is read with the TypeScript parser, not run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { modules } from '../../modules/index.ts';
import { platformCatalogues } from '../catalogues.ts';
import { allMessages, locales, registerMessages } from './index.ts';

for (const catalogue of platformCatalogues) registerMessages(catalogue);
for (const module of modules) if (module.messages) registerMessages(module.messages);
const defined = new Set(Object.keys(allMessages('mn')));

const root = join(import.meta.dirname, '../../..');
const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter(
    (f) =>
      f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && !f.endsWith('test-support.ts'),
  )
  .map((f) => join(root, 'src', f));

/**
 * Keys the code builds in ways the scan cannot follow, each with where and how. The scan reads
 * `t(\`feedback.status.${s}\`)` itself; these are the prefixes it cannot see.
 */
const dynamicPrefixes: readonly string[] = [
  // procurement/pages/shared.ts: codeLabel(t, group, code) reads `procurement.${group}.${code}`;
  // its callers pass these groups.
  'procurement.method.',
  'procurement.category.',
  'procurement.status.',
  'procurement.bidStatus.',
  // plans/pages/evaluate.ts: radios(t, name, label, options, prefix) renders t(`${prefix}.${o}`);
  // the evaluation form passes these prefixes, and `plans` for its yes/no options.
  'plans.impact.',
  'plans.irmCompletion.',
  'plans.early.',
];
const dynamicKeys: readonly string[] = ['plans.yes', 'plans.no'];

interface Use {
  where: string;
  key: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `plans.status.${s}` → /^plans\.status\..+$/. Null for a template that is no key (`c${i}`) or
 * whose variables name all of it past a module's prefix (`procurement.${group}.${code}`): it
 * would count a whole module's keys as used.
 */
function templatePattern(node: ts.TemplateExpression): RegExp | null {
  const literal = node.head.text + node.templateSpans.map((s) => s.literal.text).join('');
  const named = literal.replace(/^[^.]*\./, '').replace(/\./g, '');
  if (!node.head.text.includes('.') || (named === '' && node.templateSpans.length > 1)) return null;
  const parts = [
    escapeRegExp(node.head.text),
    ...node.templateSpans.map((s) => `.+${escapeRegExp(s.literal.text)}`),
  ];
  return new RegExp(`^${parts.join('')}$`);
}

/** `t(…)`, `ctx.t(…)`, `request.t(…)`: the translator, whatever holds it. */
function isTranslatorCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || node.arguments.length === 0) return false;
  const callee = node.expression;
  return (
    (ts.isIdentifier(callee) && callee.text === 't') ||
    (ts.isPropertyAccessExpression(callee) && callee.name.text === 't')
  );
}

/** The keys a translator call's first argument can be: literals, both sides of `a ? 'x' : 'y'`. */
function literalKeys(node: ts.Expression): (string | ts.TemplateExpression)[] {
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isConditionalExpression(node))
    return [...literalKeys(node.whenTrue), ...literalKeys(node.whenFalse)];
  return [];
}

function scan() {
  const used = new Set<string>();
  const patterns: RegExp[] = [];
  const asked: Use[] = [];
  const askedPatterns: { where: string; pattern: RegExp }[] = [];
  for (const file of sources) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        // A catalogue's own keys are property names; any other literal naming a key uses it
        // (field problems, navigation labels and option lists hold keys for `t` to read later).
        const isName = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
        if (!isName && defined.has(node.text)) used.add(node.text);
      } else if (ts.isTemplateExpression(node)) {
        const pattern = templatePattern(node);
        if (pattern) patterns.push(pattern);
      } else if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
        ts.isStringLiteral(node.left) &&
        node.left.text.endsWith('.')
      ) {
        patterns.push(new RegExp(`^${escapeRegExp(node.left.text)}.+$`));
      }
      if (isTranslatorCall(node)) {
        for (const key of literalKeys(node.arguments[0]!)) {
          if (typeof key === 'string') asked.push({ where: where(node), key });
          else {
            const pattern = templatePattern(key);
            if (pattern) askedPatterns.push({ where: where(node), pattern });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  for (const prefix of dynamicPrefixes) patterns.push(new RegExp(`^${escapeRegExp(prefix)}.+$`));
  for (const key of dynamicKeys) patterns.push(new RegExp(`^${escapeRegExp(key)}$`));
  for (const key of defined) if (patterns.some((p) => p.test(key))) used.add(key);
  return { used, asked, askedPatterns };
}

const { used, asked, askedPatterns } = scan();

describe('message keys', () => {
  it('finds the translator calls it checks', () => {
    // The scan reads the code it claims to: hundreds of literal keys, dozens of built ones.
    expect(asked.length).toBeGreaterThan(1000);
    expect(askedPatterns.length).toBeGreaterThan(50);
    expect(asked).toContainEqual({ where: expect.stringMatching(/^src\/platform\//), key: 'search.title' });
  });

  it('defines every key the code asks the translator for', () => {
    const missing = asked.filter((u) => !defined.has(u.key)).map((u) => `${u.where}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('defines at least one key for every key the code builds', () => {
    const missing = askedPatterns
      .filter(({ pattern }) => ![...defined].some((key) => pattern.test(key)))
      .map(({ where, pattern }) => `${where}: ${pattern.source}`);
    expect(missing).toEqual([]);
  });

  it('uses every key it defines', () => {
    const unused = [...defined].filter((key) => !used.has(key)).sort();
    expect(unused).toEqual([]);
  });

  it('lists no built key that no longer exists', () => {
    const stale = [
      ...dynamicPrefixes.filter((prefix) => ![...defined].some((key) => key.startsWith(prefix))),
      ...dynamicKeys.filter((key) => !defined.has(key)),
    ];
    expect(stale).toEqual([]);
  });

  it('defines every key in both languages', () => {
    const [first, ...rest] = locales.map((l) => Object.keys(allMessages(l)).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });
});

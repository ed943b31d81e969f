import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { PATTERNS, PATTERN_IDS, SESSION_LENGTHS } from '@/lib/exercises/breathing';
import { GROUNDING_STEPS } from '@/lib/exercises/grounding';
import { ENTRY_KINDS, NEEDS } from '@/lib/journal/entry/types';
import { REVISIT_ANSWERS } from '@/lib/journal/labels';
import { PROMPTS, SUMMARY_PERIODS } from '@/lib/journal/summary';
import { PAUSE_THEMES } from '@/lib/pause/detect';
import { NEWTAB_MODES, THEMES } from '@/lib/settings/schema';

/**
 * A convention test: user-facing words come from t('key'), and every key must exist in the
 * English catalogue with its placeholders used consistently. TypeScript checks literal keys,
 * but keys built from a template (`pattern_${id}` as MessageKey) get past it; this resolves
 * them against the lists they are built from.
 */
type Message = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue: Record<string, Message> = messages;

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

/** What each template prefix is filled with. A new template key must be taught here. */
const TEMPLATE_VALUES: Record<string, readonly (string | number)[]> = {
  pattern_: PATTERN_IDS,
  patternHelp_: PATTERN_IDS,
  length_: SESSION_LENGTHS,
  phase_: [...new Set(Object.values(PATTERNS).flatMap((p) => p.phases.map((phase) => phase.kind)))],
  ground_: GROUNDING_STEPS.map((step) => step.sense),
  groundSubstitute_: GROUNDING_STEPS.filter((step) => step.hasSubstitute).map((step) => step.sense),
  need_: NEEDS,
  kind_: ENTRY_KINDS,
  revisit_: REVISIT_ANSWERS,
  theme_: THEMES,
  newtabMode_: NEWTAB_MODES,
  pauseReframe_: PAUSE_THEMES,
  prompt_: PROMPTS,
  period_: SUMMARY_PERIODS,
  // rangeProblem_tooLong is asked for by its own name, with its substitution.
  rangeProblem_: ['missing', 'order', 'future'],
};

interface Use {
  where: string;
  keys: string[];
  /** Substitutions passed, when they can be counted from the source. */
  substitutions: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(ROOT, dir, file));
}

function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

/** The keys a t() argument can be, or undefined when it is a typed value (not a literal). */
function keysOf(node: ts.Expression, where: string): string[] | undefined {
  const arg = unwrap(node);
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return [arg.text];
  if (ts.isConditionalExpression(arg)) {
    return [...(keysOf(arg.whenTrue, where) ?? []), ...(keysOf(arg.whenFalse, where) ?? [])];
  }
  if (ts.isTemplateExpression(arg)) {
    const [span, ...more] = arg.templateSpans;
    const values = TEMPLATE_VALUES[arg.head.text];
    if (!span || more.length > 0 || !values) {
      throw new Error(`${where}: teach i18n.test.ts the values of t(\`${arg.head.text}\${…}\`)`);
    }
    return values.map((value) => `${arg.head.text}${value}${span.literal.text}`);
  }
  return undefined;
}

function collectUses(): Use[] {
  const uses: Use[] = [];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 't'
      ) {
        const [key, subs] = node.arguments;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        const where = `${relative(ROOT, file)}:${line + 1}`;
        const keys = key && keysOf(key, where);
        const substitutions = !subs
          ? 0
          : ts.isArrayLiteralExpression(subs)
            ? subs.elements.length
            : 1;
        if (keys) uses.push({ where, keys, substitutions });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The $1, $2 … a message takes, from its placeholders. */
function substitutionsTaken(message: Message): number {
  const numbers = Object.values(message.placeholders ?? {}).flatMap((p) =>
    [...p.content.matchAll(/\$(\d)/g)].map((m) => Number(m[1])),
  );
  return numbers.length ? Math.max(...numbers) : 0;
}

const uses = collectUses();

describe('the English catalogue', () => {
  it('is found by the scan of components/, entrypoints/ and lib/', () => {
    // Guards the scan itself: if it found nothing, every other test here would pass vacuously.
    expect(uses.length).toBeGreaterThan(50);
    // Template keys were resolved, not skipped.
    expect(uses.some((use) => use.keys.includes('pattern_478'))).toBe(true);
    expect(uses.some((use) => use.keys.includes('need_safety'))).toBe(true);
  });

  it('uses only key names browsers accept (Chromium refuses to load the extension otherwise)', () => {
    const invalid = Object.keys(catalogue).filter((key) => !/^[A-Za-z0-9_]+$/.test(key));
    expect(invalid).toEqual([]);
  });

  it('has every key the source asks for, including keys built from templates', () => {
    const missing = uses.flatMap((use) =>
      use.keys.filter((key) => !(key in catalogue)).map((key) => `${use.where} ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('has every key the manifest asks for', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const keys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !(key in catalogue))).toEqual([]);
  });

  it('gets as many substitutions at each call as the message has placeholders', () => {
    const wrong = uses.flatMap((use) =>
      use.keys
        .filter((key) => catalogue[key] && substitutionsTaken(catalogue[key]) !== use.substitutions)
        .map(
          (key) =>
            `${use.where} ${key}: passes ${use.substitutions}, takes ${substitutionsTaken(catalogue[key]!)}`,
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('declares every placeholder a message uses, and uses every one it declares', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(catalogue)) {
      const used = new Set(
        [...entry.message.matchAll(/\$([A-Za-z_]\w*)\$/g)].map((m) => m[1]!.toLowerCase()),
      );
      const declared = new Set(
        Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()),
      );
      for (const name of used)
        if (!declared.has(name)) problems.push(`${key}: $${name}$ is not declared`);
      for (const name of declared)
        if (!used.has(name)) problems.push(`${key}: ${name} is declared but unused`);
    }
    expect(problems).toEqual([]);
  });

  it('numbers each message’s substitutions $1, $2 … without gaps or repeats', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(catalogue)) {
      const numbers = Object.values(entry.placeholders ?? {}).map((p) => p.content);
      const expected = numbers.map((_, i) => `$${i + 1}`);
      if ([...numbers].sort().join() !== expected.join())
        problems.push(`${key}: ${numbers.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('has words for every message', () => {
    const empty = Object.entries(catalogue).filter(([, entry]) => !entry.message.trim());
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});

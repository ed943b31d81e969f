import type { PauseTheme } from '../detect';

/** [phrase shown in the person's list, theme, weight, ...patterns]: see en.ts for the form. */
export type RuleRow = [phrase: string, theme: PauseTheme, weight: number, ...patterns: string[]];

export interface Rule {
  phrase: string;
  theme: PauseTheme;
  weight: number;
  pattern: RegExp;
}

const EDGE = '[\\p{L}\\p{N}]';
/** Words that may follow a question before it ends: "are you mad babe?", "¿estás enojado amor?". */
const TRAILING =
  '(?:babe|baby|bb|love|hun|hon|honey|lol|haha+|lmao|pls|please|rn|now|then|right|tho|though|again|today|still|yet|or what|or not|amor|mi amor|bebe|cielo|mor|gord[oa]|flac[oa]|che|po|wey|guey|ti[oa]|bolud[oa]|parce|pana|mij[oa]|bro|dude|man|mate|ma|pa|mum|mom|dad|mama|papa|ja+|jaja+|jeje|verdad|vdd|o que|o no|ya|conmigo|hoy|todavia|aun|entonces|por favor|asi)';
/** The clause ends here: punctuation, an emoji, the end, or only a pet name or "lol" before those. */
const CLAUSE_END = `(?=(?:[ ,]+${TRAILING})*[ ]*(?:[^\\p{L}\\p{N}\\s]|$))`;

/** Each space outside a [character class] becomes "one or more spaces or commas". */
function spaced(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    // A space with its own quantifier (" *") stays as written.
    out += c === ' ' && !inClass && !/[*+?{]/.test(source[i + 1] ?? '') ? '[ ,]+' : c;
  }
  return out;
}

/**
 * Turns a row's pattern into a regular expression over readText's form: a space stands for the
 * space (or comma) between two words, `$E` for the end of a clause, and a pattern matches only
 * whole words unless it is anchored itself.
 */
export function compilePattern(source: string): RegExp {
  let body = spaced(source).replace(/\$E$/, CLAUSE_END);
  if (!body.startsWith('^') && !body.startsWith('(?:^')) body = `(?<!${EDGE})${body}`;
  if (!source.endsWith('$') && !source.endsWith('$E')) body = `${body}(?!${EDGE})`;
  return new RegExp(body, 'u');
}

export function compileRows(rows: readonly RuleRow[]): Rule[] {
  return rows.flatMap(([phrase, theme, weight, ...patterns]) =>
    patterns.map((source) => ({ phrase, theme, weight, pattern: compilePattern(source) })),
  );
}

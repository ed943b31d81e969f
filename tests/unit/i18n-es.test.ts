import { describe, expect, it } from 'vitest';
import english from '@/public/_locales/en/messages.json';
import spanish from '@/public/_locales/es/messages.json';

/**
 * The Spanish catalogue follows the English one: the same keys, the same placeholders, and
 * words for every message. A key added in English without a Spanish translation fails here,
 * naming the key, rather than silently falling back to English in the browser.
 */
type Message = { message: string; placeholders?: Record<string, { content: string }> };
const en: Record<string, Message> = english;
const es: Record<string, Message> = spanish;

/** Placeholder names are case-insensitive in browsers: compare them lowercased. */
function declared(entry: Message): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
}

/** The $NAME$ placeholders a message's text uses, lowercased and sorted. */
function used(entry: Message): string[] {
  const names = [...entry.message.matchAll(/\$([A-Za-z_]\w*)\$/g)].map((m) => m[1]!.toLowerCase());
  return [...new Set(names)].sort();
}

describe('the Spanish catalogue', () => {
  it('is not empty (guards the other tests against passing vacuously)', () => {
    expect(Object.keys(es).length).toBeGreaterThan(50);
  });

  it('has only keys that exist in English', () => {
    const extra = Object.keys(es).filter((key) => !(key in en));
    expect(extra, `Spanish keys with no English original: ${extra.join(', ')}`).toEqual([]);
  });

  it('translates every English key', () => {
    const missing = Object.keys(en).filter((key) => !(key in es));
    expect(missing, `English keys with no Spanish translation: ${missing.join(', ')}`).toEqual([]);
  });

  it('declares the same placeholders, with the same contents, as English', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(es)) {
      const original = en[key];
      if (!original) continue;
      const want = declared(original);
      const have = declared(entry);
      for (const [name, content] of Object.entries(want)) {
        if (!(name in have)) problems.push(`${key}: placeholder ${name} is not declared`);
        else if (have[name] !== content)
          problems.push(`${key}: placeholder ${name} is ${have[name]}, English has ${content}`);
      }
      for (const name of Object.keys(have))
        if (!(name in want)) problems.push(`${key}: placeholder ${name} is not in English`);
    }
    expect(problems).toEqual([]);
  });

  it('uses every $NAME$ the English message uses, and no other', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(es)) {
      const original = en[key];
      if (!original) continue;
      const want = used(original);
      const have = used(entry);
      for (const name of want)
        if (!have.includes(name)) problems.push(`${key}: $${name.toUpperCase()}$ is not used`);
      for (const name of have)
        if (!want.includes(name))
          problems.push(`${key}: $${name.toUpperCase()}$ is not in English`);
    }
    expect(problems).toEqual([]);
  });

  it('has words for every message', () => {
    const empty = Object.entries(es)
      .filter(([, entry]) => typeof entry.message !== 'string' || !entry.message.trim())
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

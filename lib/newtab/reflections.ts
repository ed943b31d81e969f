import type { MessageKey } from '../i18n';
import { REFRAMES, REMINDER } from '../exercises/reframes';
import type { Random } from './random';

/**
 * What the new-tab card can show. Reframes come from the seed text; the prompt, the "what am I
 * seeking" question and the barometer check are its journaling and self-checking practices; a
 * note from calm me is the user's own words, written on a good day.
 */
export type Reflection =
  | { kind: 'reframe'; key: MessageKey }
  | { kind: 'prompt' }
  | { kind: 'need' }
  | { kind: 'barometer' }
  | { kind: 'calm' };

export const REFLECTIONS: readonly Reflection[] = [
  { kind: 'reframe', key: REMINDER },
  { kind: 'prompt' },
  ...REFRAMES.slice(0, 3).map((key): Reflection => ({ kind: 'reframe', key })),
  { kind: 'need' },
  { kind: 'calm' },
  ...REFRAMES.slice(3).map((key): Reflection => ({ kind: 'reframe', key })),
  { kind: 'barometer' },
];

/** A stable name for a reflection, remembered between tabs to avoid showing it twice in a row. */
export function reflectionId(reflection: Reflection): string {
  return reflection.kind === 'reframe' ? `reframe:${reflection.key}` : reflection.kind;
}

export function findReflection(id: string | null): Reflection | undefined {
  return REFLECTIONS.find((r) => reflectionId(r) === id);
}

/** Any reflection but the one shown last time, with equal chances. */
export function pickReflection(lastId: string | null, random: Random): Reflection {
  const choices = REFLECTIONS.filter((r) => reflectionId(r) !== lastId);
  return choices[Math.floor(random() * choices.length)] ?? REFLECTIONS[0]!;
}

/** "Another reflection": the next one in a fixed order, so every one can be reached. */
export function nextReflection(current: Reflection): Reflection {
  const index = REFLECTIONS.findIndex((r) => reflectionId(r) === reflectionId(current));
  return REFLECTIONS[(index + 1) % REFLECTIONS.length]!;
}

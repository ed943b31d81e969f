import { MAX_TAG_LENGTH, MAX_TAGS } from './limits';

/** Splits "work, Late night #texts" into ["work", "Late night", "texts"]: trimmed, no '#', no duplicates. */
export function parseTags(input: string): string[] {
  // A new tag starts at a comma, a line break, or a '#' after a space.
  return normaliseTags(input.split(/[,\n]|\s+(?=#)/));
}

/** Tags as every write keeps them: trimmed, no leading '#', no repeats (by case), capped. */
export function normaliseTags(tags: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    if (typeof raw !== 'string') continue;
    const tag = raw.trim().replace(/^#+/, '').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

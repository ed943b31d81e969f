import { afterEach, describe, expect, it } from 'vitest';
import { speakSpanish } from '../../support/spanish';
import type { Entry } from '@/lib/journal/entry/types';
import { resetPluralRules } from '@/lib/locale';
import { toMarkdown } from '@/lib/journal/transfer/markdown';
import { wordsFrom } from '@/lib/journal/transfer/markdownCatalogue';
import { markdownCatalogue, pageWords } from '@/lib/journal/transfer/markdownWords';
import { sampleEntries } from './fixtures';

afterEach(resetPluralRules);

/** Every fact a section can show: each kind, need and pattern, one breath and many, a revisit. */
function everyFact(): Entry[] {
  const base = sampleEntries();
  const breathing = base.find((e) => e.breathing)!;
  return [
    ...base,
    { ...breathing, id: 'one-breath', breathing: { pattern: 'sigh', seconds: 8, cycles: 1 } },
    { ...breathing, id: 'no-breath', breathing: { pattern: '478', seconds: 0, cycles: 0 } },
  ];
}

describe('Markdown made in the export’s worker', () => {
  it('reads word for word as the page’s, in English', () => {
    const entries = everyFact();
    const page = toMarkdown(entries, 0, pageWords);
    expect(toMarkdown(entries, 0, wordsFrom(markdownCatalogue()))).toBe(page);
    expect(page).toContain('# Your journal');
  });

  it('reads word for word as the page’s, in Spanish (its plurals too)', () => {
    speakSpanish();
    const entries = everyFact();
    const page = toMarkdown(entries, 0, pageWords);
    const catalogue = markdownCatalogue();
    expect(catalogue.language).toBe('es');
    expect(toMarkdown(entries, 0, wordsFrom(catalogue))).toBe(page);
    expect(page).toContain('# Tu diario');
  });

  it('says a word it was not given as its key, never as nothing', () => {
    const words = wordsFrom({ language: 'en', messages: {} });
    expect(words.t('journalTitle')).toBe('journalTitle');
  });
});

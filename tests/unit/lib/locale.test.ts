import { afterEach, describe, expect, it } from 'vitest';
import { speakSpanish } from '../support/spanish';
import { plural, pluralKey, resetPluralRules, uiLanguage } from '@/lib/locale';

afterEach(resetPluralRules);

describe('counts in words', () => {
  it.each([
    [0, '0 breaths'],
    [1, '1 breath'],
    [2, '2 breaths'],
  ])('in English, %i is "%s"', (count, words) => {
    expect(uiLanguage()).toBe('en');
    expect(plural('breathCount', count)).toBe(words);
  });

  it.each([
    [0, 'Se exportaron 0 entradas. Tu navegador guardó el archivo.'],
    [1, 'Se exportó 1 entrada. Tu navegador guardó el archivo.'],
    [2, 'Se exportaron 2 entradas. Tu navegador guardó el archivo.'],
  ])('in Spanish, %i is "%s"', (count, words) => {
    speakSpanish();
    expect(uiLanguage()).toBe('es');
    expect(plural('exportDone', count)).toBe(words);
  });

  it('puts the right article before an hour in Spanish: "a la 1", "a las 13"', () => {
    speakSpanish();
    expect(pluralKey('hourFrom', 1)).toBe('hourFrom_one');
    expect(pluralKey('hourFrom', 13)).toBe('hourFrom_other');
  });

  it('groups large numbers the way the language does', () => {
    expect(plural('deleteAllEntries', 12000)).toBe('12,000 entries');
  });
});

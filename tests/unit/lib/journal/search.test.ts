import { describe, expect, it } from 'vitest';
import { compileFilter } from '@/lib/journal/search/filters';
import { fold, searchTerms } from '@/lib/journal/search/fold';
import { sampleEntries } from './fixtures';

const ids = (filter: Parameters<typeof compileFilter>[0]) =>
  sampleEntries()
    .filter(compileFilter(filter))
    .map((e) => e.id);

describe('search', () => {
  it('ignores case and accents, in English and Spanish', () => {
    expect(fold('Café NIÑO Sentí über')).toBe('cafe nino senti uber');
    expect(ids({ q: 'CAFE' })).toEqual(['note-1']);
    expect(ids({ q: 'senti tranquila' })).toEqual(['note-2']);
    expect(ids({ q: 'sentí' })).toEqual(['note-2']);
  });

  it('needs every word, in any order', () => {
    expect(ids({ q: 'distant reply' })).toEqual(['note-1']);
    expect(ids({ q: 'distant unicorn' })).toEqual([]);
  });

  it('finds tags, the site and the words that matched, and grounding items', () => {
    expect(ids({ q: 'whatsapp' })).toEqual(['unsent-1']);
    expect(ids({ q: 'lamp' })).toEqual(['ground-1']);
    expect(ids({ q: 'nino' })).toEqual(['note-2']);
  });

  it('treats an empty search as no search', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(ids({ q: '  ' })).toHaveLength(sampleEntries().length);
  });
});

describe('filters', () => {
  it('filter by kind, need and tag (tags without regard to case or accents)', () => {
    expect(ids({ kind: 'unsent' })).toEqual(['unsent-1']);
    expect(ids({ need: 'space' })).toEqual(['note-2']);
    expect(ids({ tag: 'TEXTS' })).toEqual(['note-1', 'unsent-1']);
    expect(ids({ tag: 'nino' })).toEqual(['note-2']);
  });

  it('filter by a date range of whole local days', () => {
    expect(ids({ from: '2026-03-11', to: '2026-03-11' })).toEqual(['unsent-1']);
    expect(ids({ to: '2026-03-10' })).toEqual(['note-1', 'breath-1', 'ground-1']);
    expect(ids({ from: '2026-03-12' })).toEqual(['note-2']);
  });

  it('combine: every filter must hold', () => {
    expect(ids({ tag: 'texts', kind: 'note' })).toEqual(['note-1']);
    expect(ids({ tag: 'texts', q: 'mad', need: 'safety' })).toEqual(['unsent-1']);
    expect(ids({ tag: 'texts', need: 'space' })).toEqual([]);
  });
});

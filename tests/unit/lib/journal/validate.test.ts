import { describe, expect, it } from 'vitest';
import { MAX_TAGS, MAX_TAG_LENGTH, MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';
import { normaliseTags, parseTags } from '@/lib/journal/entry/tags';
import type { EntryContent, EntryKind } from '@/lib/journal/entry/types';
import { newEntry } from '@/lib/journal/entry/write';

/** What a write would store of the input, without the id, kind and times. */
function validateContent(kind: EntryKind, input: Partial<EntryContent>): EntryContent {
  const {
    id: _id,
    kind: _kind,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = newEntry({ ...input, kind }, 0, 'test-id');
  return content;
}

describe('typed tags', () => {
  it('split on commas and new lines, trimmed, without the #', () => {
    expect(parseTags(' #work ,#texts\n  ##late night ')).toEqual(['work', 'texts', 'late night']);
  });

  // Bug: validate.ts documents this very example, but parseTags splits only on commas and new
  // lines, so a '#' inside a piece stays in the tag ("Late night #texts").
  it('start a new tag at a # inside a piece, as parseTags documents', () => {
    expect(parseTags('work, Late night #texts')).toEqual(['work', 'Late night', 'texts']);
  });

  it('drop duplicates regardless of case, keeping the first spelling', () => {
    expect(parseTags('Texts, texts, #TEXTS, work')).toEqual(['Texts', 'work']);
  });

  it('drop empty pieces', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,, # ,\n')).toEqual([]);
  });

  it(`keep at most ${MAX_TAGS} tags of at most ${MAX_TAG_LENGTH} characters`, () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `tag${i}`).join(',');
    expect(parseTags(many)).toHaveLength(MAX_TAGS);
    expect(parseTags(many)[MAX_TAGS - 1]).toBe(`tag${MAX_TAGS - 1}`);
    const [long] = parseTags('x'.repeat(MAX_TAG_LENGTH + 10));
    expect(long).toBe('x'.repeat(MAX_TAG_LENGTH));
  });

  it('count duplicates only once toward the limit', () => {
    const tags = ['a', 'A', ...Array.from({ length: MAX_TAGS - 1 }, (_, i) => `t${i}`)];
    expect(normaliseTags(tags)).toHaveLength(MAX_TAGS);
  });

  it('ignore stored values that are not strings', () => {
    expect(normaliseTags(['ok', 3, null, { tag: 'x' }, ' #fine '])).toEqual(['ok', 'fine']);
  });
});

describe('checking an entry before it is written', () => {
  it('keeps the words exactly as typed, spaces and all', () => {
    expect(validateContent('note', { text: '  still awake\n' }).text).toBe('  still awake\n');
  });

  it('refuses a note or unsent message with no words', () => {
    for (const kind of ['note', 'unsent'] as const) {
      for (const text of [undefined, '', '   ', '\n\t']) {
        expect(() => validateContent(kind, { text })).toThrow(
          expect.objectContaining({ reason: 'empty' }),
        );
      }
    }
  });

  it('lets breathing and grounding entries have no words', () => {
    expect(validateContent('breathing', {})).toEqual({ text: '', tags: [] });
    expect(validateContent('grounding', { text: '' })).toEqual({ text: '', tags: [] });
  });

  it(`accepts ${MAX_TEXT_LENGTH.toLocaleString('en')} characters and refuses one more`, () => {
    expect(validateContent('note', { text: 'a'.repeat(MAX_TEXT_LENGTH) }).text).toHaveLength(
      MAX_TEXT_LENGTH,
    );
    expect(() => validateContent('note', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) })).toThrow(
      expect.objectContaining({ reason: 'too-long' }),
    );
    expect(() => validateContent('breathing', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) })).toThrow(
      expect.objectContaining({ reason: 'too-long' }),
    );
  });

  it('accepts whole intensities from 0 to 10 and nothing else', () => {
    expect(validateContent('note', { text: 'x', intensity: 0 }).intensity).toBe(0);
    expect(validateContent('note', { text: 'x', intensity: 10 }).intensity).toBe(10);
    for (const intensity of [-1, 11, 2.5, Number.NaN, '5' as unknown as number]) {
      expect(() => validateContent('note', { text: 'x', intensity })).toThrow(
        expect.objectContaining({ reason: 'invalid' }),
      );
    }
  });

  it('leaves intensity and need out when the user did not choose them', () => {
    const content = validateContent('note', { text: 'x' });
    expect(content).not.toHaveProperty('intensity');
    expect(content).not.toHaveProperty('need');
  });

  it('accepts only the known needs', () => {
    expect(validateContent('note', { text: 'x', need: 'space' }).need).toBe('space');
    expect(() => validateContent('note', { text: 'x', need: 'attention' as never })).toThrow(
      expect.objectContaining({ reason: 'invalid' }),
    );
  });

  it('tidies the tags', () => {
    expect(validateContent('note', { text: 'x', tags: ['#work', 'Work', ' late '] }).tags).toEqual([
      'work',
      'late',
    ]);
  });

  it('copies breathing and grounding details instead of keeping the caller’s objects', () => {
    const breathing = { pattern: 'box', seconds: 64, cycles: 4 };
    const grounding = { steps: [['lamp'], [], [], [], []] };
    const content = validateContent('grounding', { breathing, grounding });
    grounding.steps[0]!.push('window');
    breathing.cycles = 9;
    expect(content.grounding).toEqual({ steps: [['lamp'], [], [], [], []] });
    expect(content.breathing).toEqual({ pattern: 'box', seconds: 64, cycles: 4 });
  });
});

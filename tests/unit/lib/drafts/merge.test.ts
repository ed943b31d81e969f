import { describe, expect, it } from 'vitest';
import {
  mergeText,
  mergeTextDrafts,
  remainderAfterSave,
  remainingTextDraft,
} from '@/lib/drafts/merge';

describe('merging two versions of a draft', () => {
  it('keeps both texts once, never dropping either', () => {
    expect(mergeText('', 'typed')).toBe('typed');
    expect(mergeText('stored', '')).toBe('stored');
    expect(mergeText('I keep checking', 'checking')).toBe('I keep checking');
    expect(mergeText('I keep', 'I keep checking')).toBe('I keep checking');
    expect(mergeText('alpha: she is pulling away', 'beta')).toBe(
      'alpha: she is pulling away\nbeta',
    );
  });

  it('takes the typed choices over the stored ones, with both texts', () => {
    expect(
      mergeTextDrafts(
        { text: 'a', need: 'space', tags: 'x' },
        { text: 'b', need: undefined, tags: '' },
      ),
    ).toEqual({ text: 'a\nb', need: 'space', tags: 'x' });
    expect(mergeTextDrafts({ text: 'a', need: 'space' }, { text: 'a', need: 'safety' })).toEqual({
      text: 'a',
      need: 'safety',
    });
  });
});

describe('what is left after a save', () => {
  it('is nothing when nothing was typed meanwhile', () => {
    expect(remainderAfterSave('first thought', 'first thought')).toBe('');
    expect(
      remainingTextDraft(
        { text: 'x', tags: 'a' },
        { text: 'x', tags: 'a' },
        { text: '', tags: '' },
      ),
    ).toBeUndefined();
  });

  it('is what was typed after it, with fresh choices', () => {
    expect(remainderAfterSave('first thought and more', 'first thought')).toBe('and more');
    expect(
      remainingTextDraft(
        { text: 'one\ntwo', tags: 'a' },
        { text: 'one', tags: 'a' },
        { text: '', tags: '' },
      ),
    ).toEqual({ text: 'two', tags: '' });
  });

  it('is everything when the saved words were changed in the middle', () => {
    expect(remainderAfterSave('first, edited, thought', 'first thought')).toBe(
      'first, edited, thought',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { JournalError } from '@/lib/journal/errors';
import { pauseFailureText } from '@/lib/pause/failure';

describe('what the pause says when a save is refused', () => {
  it('says kindly that too many saves came from the page, and that nothing was sent', () => {
    const text = pauseFailureText(new JournalError('too-many'), 'are you mad??');
    expect(text).toMatch(/several messages from this page in the last minute/);
    expect(text).toMatch(/try again in a minute/);
    expect(text).toMatch(/Nothing was sent/i);
  });
});

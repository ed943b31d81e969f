import { describe, expect, it } from 'vitest';
import { journalErrorText } from '@/lib/journal/messages';
import { JournalError, toJournalError, type JournalErrorReason } from '@/lib/journal/errors';
import { MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';

const STILL_HERE = /Your words are still here[.:]/;

describe('turning a failure into a reason', () => {
  it('passes a JournalError through unchanged', () => {
    const error = new JournalError('not-found');
    expect(toJournalError(error)).toBe(error);
  });

  it('reads a full disk as quota', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const mapped = toJournalError(full);
    expect(mapped).toBeInstanceOf(JournalError);
    expect(mapped.reason).toBe('quota');
    expect(mapped.cause).toBe(full);
  });

  it('reads an aborted or inactive transaction as aborted', () => {
    expect(toJournalError(new DOMException('aborted', 'AbortError')).reason).toBe('aborted');
    expect(toJournalError(new DOMException('done', 'TransactionInactiveError')).reason).toBe(
      'aborted',
    );
  });

  it('reads anything else as unknown, keeping its message', () => {
    const mapped = toJournalError(new TypeError('x is undefined'));
    expect(mapped).toMatchObject({ reason: 'unknown', message: 'x is undefined' });
    expect(toJournalError(new DOMException('no', 'DataError')).reason).toBe('unknown');
    expect(toJournalError('a string was thrown')).toMatchObject({
      reason: 'unknown',
      message: 'a string was thrown',
    });
    expect(toJournalError(undefined).reason).toBe('unknown');
  });

  it('names itself JournalError', () => {
    expect(new JournalError('quota').name).toBe('JournalError');
    expect(new JournalError('quota').message).toBe('quota');
  });
});

describe('what the user reads when something was not saved', () => {
  it('says gently that there is nothing to save yet', () => {
    expect(journalErrorText(new JournalError('empty'))).toBe(
      "There's nothing to save yet. Write a few words first, whenever you're ready.",
    );
  });

  it('gives both lengths when an entry is too long', () => {
    const text = 'a'.repeat(MAX_TEXT_LENGTH + 1);
    expect(journalErrorText(new JournalError('too-long'), text)).toBe(
      `This entry is ${(MAX_TEXT_LENGTH + 1).toLocaleString()} characters, and one entry can hold up to ${MAX_TEXT_LENGTH.toLocaleString()}. Your words are still here: you could save part of it now and the rest as a second entry.`,
    );
  });

  it('explains a full disk', () => {
    expect(journalErrorText(new DOMException('full', 'QuotaExceededError'))).toBe(
      "Your browser has run out of room for Steady, so this wasn't saved. Your words are still here. Freeing some disk space, or exporting and clearing old entries, will make room.",
    );
  });

  it('explains an interrupted save', () => {
    expect(journalErrorText(new DOMException('stop', 'AbortError'))).toBe(
      "Saving was interrupted, so this wasn't saved. Your words are still here. Please try again.",
    );
  });

  it('explains a database held open by an older page', () => {
    expect(journalErrorText(new JournalError('blocked'))).toBe(
      'Another Steady page is still open from before an update. Close it, then try again. Your words are still here.',
    );
  });

  it('falls back to a kind generic sentence', () => {
    expect(journalErrorText(new Error('boom'))).toBe(
      "Something went wrong and this wasn't saved. Your words are still here. Please try again.",
    );
  });

  it('tells the user their words are still there for every failure except an empty entry', () => {
    const reasons: JournalErrorReason[] = [
      'too-long',
      'invalid',
      'not-found',
      'quota',
      'aborted',
      'blocked',
      'unknown',
    ];
    for (const reason of reasons) {
      expect(journalErrorText(new JournalError(reason), 'x'), reason).toMatch(STILL_HERE);
    }
    expect(journalErrorText(new JournalError('empty'))).not.toMatch(STILL_HERE);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_MATCHED, MAX_SHORT_TEXT } from '@/lib/journal/entry/limits';
import {
  MAX_CONVERSATION_LENGTH,
  MAX_MATCHED_ITEM,
  MAX_MATCHED_SENT,
  SAVES_PER_MINUTE,
  ownConversation,
  takeSave,
} from '@/lib/pause/limits';
import { MAX_PHRASE_LENGTH } from '@/lib/pause/settings';
import { conversationOf, siteById } from '@/lib/pause/sites';

describe('the limits on what a pause may send', () => {
  it('never refuse what Steady itself finds, and stay inside what a backup import accepts', () => {
    expect(MAX_MATCHED_ITEM).toBeGreaterThanOrEqual(MAX_PHRASE_LENGTH);
    expect(MAX_MATCHED_ITEM).toBeLessThanOrEqual(MAX_SHORT_TEXT);
    expect(MAX_MATCHED_SENT).toBeLessThanOrEqual(MAX_MATCHED);
  });

  it('let a page speak only for its own site’s conversations', () => {
    expect(ownConversation('gmail', undefined)).toBe('gmail');
    expect(ownConversation('gmail', 'gmail:#inbox/abc')).toBe('gmail:#inbox/abc');
    expect(ownConversation('gmail', 'gmailx:#inbox')).toBeUndefined();
    expect(ownConversation('gmail', 'slack:/client/T1')).toBeUndefined();
    expect(ownConversation('gmail', 42)).toBeUndefined();
    expect(ownConversation('gmail', `gmail:${'#'.repeat(MAX_CONVERSATION_LENGTH)}`)).toBe(
      undefined,
    );
  });

  it('give a very long address a short key of its own, so its pause is never refused', () => {
    const gmail = siteById('gmail')!;
    const search = (q: string) => ({ pathname: '/mail/u/0/', hash: `#search/${q}/FMfcgz` });
    const one = conversationOf(gmail, search('a'.repeat(500)));
    const two = conversationOf(gmail, search('b'.repeat(500)));
    expect(one.key.length).toBeLessThanOrEqual(MAX_CONVERSATION_LENGTH);
    expect(ownConversation('gmail', one.key)).toBe(one.key);
    expect(one.key).not.toBe(two.key);
    expect(conversationOf(gmail, search('a'.repeat(500)))).toEqual(one);
    expect(conversationOf(gmail, search('short')).key).toBe('gmail:#search/short/FMfcgz');
  });

  it('count saves per tab over the last minute and forget tabs gone quiet', () => {
    let times = {};
    for (let i = 0; i < SAVES_PER_MINUTE; i++) {
      const step = takeSave(times, '1', 1000 + i);
      expect(step.allowed).toBe(true);
      times = step.next;
    }
    expect(takeSave(times, '1', 2000).allowed).toBe(false);
    expect(takeSave(times, '2', 2000).allowed).toBe(true);
    const later = takeSave(times, '2', 1000 + 60_000 + SAVES_PER_MINUTE);
    expect(later.next).toEqual({ '2': [1000 + 60_000 + SAVES_PER_MINUTE] });
  });
});

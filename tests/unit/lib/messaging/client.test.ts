import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { handlers } from '@/entrypoints/background/handlers';
import { JournalError } from '@/lib/journal/errors';
import type { Entry } from '@/lib/journal/entry/types';
import type { NewEntry } from '@/lib/journal/entry/write';
import { sendMessage } from '@/lib/messaging/client';
import type { MessageData, MessageReply } from '@/lib/messaging/protocol';
import { createMessageListener } from '@/lib/messaging/server';
import { sharedEntries } from '../../support/sharedJournal';

/**
 * WXT's fake runtime.sendMessage delivers to onMessage listeners with an empty sender; a real
 * browser fills in sender.id with the extension's own id for its own pages and content
 * scripts. This wires the real background handlers the way the browser would present them.
 */
function startBackgroundAsBrowserWould() {
  const listener = createMessageListener(handlers, fakeBrowser.runtime.id);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    listener(message, {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/newtab.html'),
    }),
  );
}

describe('sending a message to the background', () => {
  beforeEach(() => {
    expect(fakeBrowser.runtime.id).toBe('test-extension-id');
  });

  it('returns the stored entry', async () => {
    startBackgroundAsBrowserWould();
    const entry = await sendMessage('journal.addEntry', {
      kind: 'note',
      text: 'did I do something?',
    });
    expect(entry).toMatchObject({ kind: 'note', text: 'did I do something?', tags: [] });
    expect(await sharedEntries()).toEqual([entry]);
  });

  it('throws a JournalError carrying the reason the background gave', async () => {
    startBackgroundAsBrowserWould();
    const sending = sendMessage('journal.addEntry', { kind: 'note', text: '' });
    await expect(sending).rejects.toBeInstanceOf(JournalError);
    await expect(sending).rejects.toMatchObject({ reason: 'empty' });
    expect(await sharedEntries()).toEqual([]);
  });

  it('throws rather than resolving to nothing when the background does not answer', async () => {
    // The real entrypoint, reached through the fake's empty sender: no id, so no reply.
    background.main();
    await expect(
      sendMessage('journal.addEntry', { kind: 'note', text: 'hello' }),
    ).rejects.toMatchObject({
      name: 'JournalError',
      reason: 'unknown',
    });
    expect(await sharedEntries()).toEqual([]);
  });

  it('is typed from the protocol map at both ends', () => {
    const send = () => sendMessage('journal.addEntry', { kind: 'note', text: 'x' });
    expectTypeOf(send).returns.toEqualTypeOf<Promise<Entry>>();
    expectTypeOf<MessageData<'journal.addEntry'>>().toEqualTypeOf<NewEntry>();
    expectTypeOf<MessageReply<'journal.addEntry'>>().toEqualTypeOf<Entry>();
    expectTypeOf(handlers['journal.addEntry']).returns.toEqualTypeOf<Promise<Entry>>();
    // @ts-expect-error a message the protocol does not define
    expectTypeOf(sendMessage).toBeCallableWith('journal.deleteAll', {});
    // @ts-expect-error data of the wrong shape
    expectTypeOf(sendMessage).toBeCallableWith('journal.addEntry', { text: 'no kind' });
  });
});

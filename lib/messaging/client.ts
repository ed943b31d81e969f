import { browser } from 'wxt/browser';
import { JournalError } from '../journal/errors';
import type { Envelope, MessageData, MessageReply, MessageType, Reply } from './protocol';

/** Sends a typed message to the background and returns its typed reply, or throws a JournalError. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
): Promise<MessageReply<K>> {
  const envelope: Envelope<K> = { steady: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new JournalError('unknown', 'no reply from the background');
  if (!reply.ok) throw new JournalError(reply.reason, reply.message);
  return reply.value;
}

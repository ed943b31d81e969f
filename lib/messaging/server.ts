import { toJournalError } from '../journal/errors';
import {
  isEnvelope,
  type MessageData,
  type MessageReply,
  type MessageType,
  type Reply,
} from './protocol';

export interface Sender {
  id?: string;
  url?: string;
  /** The tab a content script runs in: the pause's rate limit counts saves per tab. */
  tab?: { id?: number };
  /** The frame a content script runs in (0 for the top frame): a ride opens in that frame. */
  frameId?: number;
}

export type Handlers = {
  [K in MessageType]: (data: MessageData<K>, sender: Sender) => Promise<MessageReply<K>>;
};

/**
 * Builds the background's message listener. Messages from anything but this extension are
 * ignored (no reply), and every handler's failure becomes a reason the sender can show.
 */
export function createMessageListener(handlers: Handlers, ownId: string) {
  return (message: unknown, sender: Sender): Promise<Reply<MessageType>> | undefined => {
    if (!isEnvelope(message) || sender.id !== ownId) return undefined;
    // Own keys only: a type such as 'toString' must not reach Object.prototype's methods.
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type] as
      ((data: unknown, sender: Sender) => Promise<MessageReply<MessageType>>) | undefined;
    if (!handler) return undefined;
    return handler(message.data, sender).then(
      (value): Reply<MessageType> => ({ ok: true, value }),
      (error: unknown): Reply<MessageType> => {
        const { reason, message: text } = toJournalError(error);
        return { ok: false, reason, message: text };
      },
    );
  };
}

type PromiseListener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/**
 * Adapts a promise-returning listener to the callback form every browser accepts: return true
 * and answer through sendResponse. (Chromium's MV3 onMessage ignores a returned Promise; the
 * polyfill used to paper over that, at 3 kB on every surface.)
 */
export function withSendResponse(listener: PromiseListener) {
  return (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): boolean => {
    const reply = listener(message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  };
}

import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from './bytes';
import type { Envelope } from './privateItem';

/**
 * The quick copy of a private item (sealedValues.ts): AES-GCM under a key kept in
 * storage.session (memory only, Steady's own pages only, gone when the browser closes). On its
 * own, small, so that a popup opening with the lock on loads only this to get its draft back.
 */
const SESSION_KEY = 'steady-session-key';
const encoder = new TextEncoder();

/** Bound to the item's key; a draft set aside (draftkept:<name>:<time>) keeps its own. */
export const aadOf = (key: string) =>
  encoder.encode(`steady-item:${key.replace(/^draftkept:(.+):\d+$/, 'draft:$1')}`);

type SessionKey = { sid: string; key: CryptoKey } | undefined;
let sessionKey: Promise<SessionKey> | undefined;

/** After "Delete everything" cleared storage.session: the next seal makes a new key. */
export function forgetSessionKey(): void {
  sessionKey = undefined;
}

/** This browser session's key for the quick copies, made by whichever page needs it first. */
export function getSessionKey(): Promise<SessionKey> {
  sessionKey ??= (async () => {
    try {
      const stored = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as
        { sid: string; raw: string } | undefined;
      let raw = stored?.raw;
      let sid = stored?.sid;
      if (!raw || !sid) {
        raw = toBase64(crypto.getRandomValues(new Uint8Array(32)).buffer);
        sid = crypto.randomUUID();
        await browser.storage.session.set({ [SESSION_KEY]: { sid, raw } });
      }
      const key = await crypto.subtle.importKey('raw', fromBase64(raw), 'AES-GCM', false, [
        'encrypt',
        'decrypt',
      ]);
      return { sid, key };
    } catch {
      // No session storage here: every read of a sealed item then needs the passcode.
      return undefined;
    }
  })();
  return sessionKey;
}

/** The quick copy opened, if it was made in this browser session. */
export async function openSessionCopy(
  key: string,
  envelope: Envelope,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const session = envelope.session && (await getSessionKey());
  if (!envelope.session || !session || session.sid !== envelope.session.sid) return { ok: false };
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.session.iv), additionalData: aadOf(key) },
      session.key,
      fromBase64(envelope.session.ct),
    );
    return { ok: true, value: JSON.parse(new TextDecoder().decode(plain)) };
  } catch {
    return { ok: false };
  }
}

import { browser } from 'wxt/browser';
import type { Sealed } from '../journal/lock/crypto';
import { openSealed, sealBox } from '../journal/lock/seal';
import { anyHeldKeys } from '../journal/lock/session';
import { fromBase64, toBase64 } from './bytes';
import { aadOf, getSessionKey, openSessionCopy } from './sessionCopy';
import { isEnvelope, LOCK_PUBLIC_KEY, type Envelope } from './privateItem';

/**
 * Sealing and opening private items (privateItem.ts), loaded only when the lock is on. The
 * person's own words outside the journal (drafts, notes from calm you) are kept in
 * storage.local like any item, but sealed while the privacy lock is on, twice:
 * - `box`: sealed to the lock's public key (what any page can do, locked or not), opened only
 *   with the passcode's keys. This copy survives a browser restart.
 * - `session`: the same value under a key that lives in storage.session (memory only, Steady's
 *   own pages only, gone when the browser closes), so the popup that was closed mid-sentence
 *   gets its words back without asking for the passcode, and the pause can show a note from
 *   calm you. After a restart that copy is gone until the journal is next unlocked, which
 *   seals it afresh (resealPrivateItems).
 * The same WebCrypto primitives as the journal's lock (lib/journal/lock/crypto.ts).
 */

const encoder = new TextEncoder();

export async function lockPublicKey(): Promise<JsonWebKey | undefined> {
  const stored = (await browser.storage.local.get(LOCK_PUBLIC_KEY))[LOCK_PUBLIC_KEY];
  return stored && typeof stored === 'object' ? (stored as JsonWebKey) : undefined;
}

async function seal(key: string, value: unknown, publicKey: JsonWebKey): Promise<Envelope> {
  const plain = encoder.encode(JSON.stringify(value));
  const box = (await sealBox(publicKey, plain, aadOf(key))) as Extract<Sealed, { via: 'box' }>;
  const envelope: Envelope = {
    sealed: 1,
    box: { epk: toBase64(box.epk), iv: toBase64(box.iv), ct: toBase64(box.ct) },
  };
  const session = await getSessionKey();
  if (session) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: aadOf(key) },
      session.key,
      plain,
    );
    envelope.session = { sid: session.sid, iv: toBase64(iv.buffer), ct: toBase64(ct) };
  }
  return envelope;
}

/** The stored form of a value under the lock's public key. */
export function sealValue(key: string, packed: unknown, publicKey: JsonWebKey): Promise<unknown> {
  return seal(key, packed, publicKey);
}

export type Opened = { ok: true; value: unknown } | { ok: false };

/** Opens an envelope with this session's key, else with the keys this page holds. */
export async function openEnvelope(key: string, envelope: Envelope): Promise<Opened> {
  const quick = await openSessionCopy(key, envelope);
  if (quick.ok) return quick;
  const decoder = new TextDecoder();
  const keys = anyHeldKeys();
  if (!keys) return { ok: false };
  try {
    const plain = await openSealed(
      keys,
      {
        via: 'box',
        epk: fromBase64(envelope.box.epk),
        iv: fromBase64(envelope.box.iv),
        ct: fromBase64(envelope.box.ct),
      },
      aadOf(key),
    );
    return { ok: true, value: JSON.parse(decoder.decode(plain)) };
  } catch {
    return { ok: false };
  }
}

/** The keys in storage.local that hold the person's words (drafts, notes from calm you). */
export const isPrivateKey = (key: string) =>
  key.startsWith('draft:') || key.startsWith('draftkept:') || key === 'calmNotes';

/**
 * Every private item sealed (the lock went on), opened (it went off), or given a fresh quick
 * copy for this browser session (the journal was unlocked after a restart). A value this page
 * cannot open is left exactly as it is.
 */
export async function resealPrivateItems(mode: 'seal' | 'open' | 'refresh'): Promise<void> {
  const all = await browser.storage.local.get(null);
  const publicKey = await lockPublicKey();
  const sid = (await getSessionKey())?.sid;
  const changes: Record<string, unknown> = {};
  for (const [key, stored] of Object.entries(all)) {
    if (!isPrivateKey(key)) continue;
    let value = stored;
    if (isEnvelope(stored)) {
      if (mode === 'seal' || (mode === 'refresh' && stored.session?.sid === sid)) continue;
      const opened = await openEnvelope(key, stored);
      if (!opened.ok) continue;
      value = opened.value;
    } else if (mode !== 'seal') continue;
    changes[key] = mode !== 'open' && publicKey ? await seal(key, value, publicKey) : value;
  }
  if (Object.keys(changes).length) await browser.storage.local.set(changes);
  if (mode !== 'seal') await restoreKeptDrafts();
}

/**
 * Drafts set aside because they could not be opened while locked (drafts/store.ts) go back
 * where they were, now that they can be. One whose place a different draft has taken since is
 * left set aside: the person's words are never deleted to make room. A copy of what is there
 * now (the same draft set aside twice) goes.
 */
async function restoreKeptDrafts(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const plain = async (key: string, stored: unknown) => {
    if (!isEnvelope(stored)) return { ok: true as const, value: stored };
    return openEnvelope(key, stored);
  };
  for (const [key, stored] of Object.entries(all)) {
    const name = /^draftkept:(.+):\d+$/.exec(key)?.[1];
    if (!name) continue;
    const kept = await plain(key, stored);
    if (!kept.ok) continue;
    const place = `draft:${name}`;
    if (all[place] === undefined) {
      await browser.storage.local.set({ [place]: stored });
      all[place] = stored;
    } else {
      const current = await plain(place, all[place]);
      const same = current.ok && JSON.stringify(current.value) === JSON.stringify(kept.value);
      if (!same) continue;
    }
    await browser.storage.local.remove(key);
  }
}

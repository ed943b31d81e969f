import { browser } from 'wxt/browser';
import { LOCK_PUBLIC_KEY } from './privateItem';
import { isPrivateKey } from './sealedValues';
import { forgetSessionKey } from './sessionCopy';

/**
 * The storage half of "Delete everything": every draft (and any set aside while locked), the
 * notes from calm you, the lock's public key, and all of storage.session (cooldowns, the
 * pause's rate limits, this session's key, wrong-passcode waits). Settings and the sites that
 * are on stay: the person chose those, and they hold none of their words.
 */
export async function clearPrivateItems(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((key) => isPrivateKey(key) || key === LOCK_PUBLIC_KEY);
  if (keys.length) await browser.storage.local.remove(keys);
  await browser.storage.session?.clear().catch(() => undefined);
  forgetSessionKey();
}

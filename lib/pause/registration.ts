import { browser } from 'wxt/browser';
import { ENABLED_SITES_KEY } from './constants';
import { SITES, type Site } from './sites';

export { ENABLED_SITES_KEY };

/** The built content script (WXT writes entrypoints/pause.content/ here). */
export const PAUSE_SCRIPT = 'content-scripts/pause.js';
const ID_PREFIX = 'steady-pause-';

/** The origins to request or remove for a site (a copy: the API wants a mutable array). */
export function originsOf(site: Site): string[] {
  return [...site.matches];
}

/** A site is on exactly when its host permission is held; the registration follows it. */
export async function isSiteOn(site: Site): Promise<boolean> {
  return browser.permissions.contains({ origins: originsOf(site) });
}

export async function sitesOn(): Promise<Site[]> {
  const held = await Promise.all(SITES.map(isSiteOn));
  return SITES.filter((_, i) => held[i]);
}

/**
 * Makes the registered content scripts match the permissions held: registers the script for
 * every site that is on and unregisters it for every site that is not. Safe to run at any time
 * and as often as needed (startup, install, a permission added or removed, a page asking).
 * Registration happens here, with matches given at run time, because a `matches` in the
 * entrypoint would make WXT ask for every site at install (platform-notes.md).
 */
export async function syncRegistrations(): Promise<string[]> {
  const on = await sitesOn();
  const wanted = new Set(on.map((site) => ID_PREFIX + site.id));
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(ID_PREFIX),
  );
  const stale = ours.filter((script) => !wanted.has(script.id)).map((script) => script.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(ours.map((script) => script.id));
  const missing = on.filter((site) => !have.has(ID_PREFIX + site.id));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((site) => ({
        id: ID_PREFIX + site.id,
        matches: originsOf(site),
        js: [PAUSE_SCRIPT],
        runAt: 'document_start' as const,
        allFrames: false,
        persistAcrossSessions: true,
      })),
    );
  }
  const enabled = on.map((site) => site.id);
  await browser.storage.local.set({ [ENABLED_SITES_KEY]: enabled });
  return enabled;
}

let queue: Promise<unknown> = Promise.resolve();

/** syncRegistrations, one at a time: two overlapping runs would register the same id twice. */
export function syncRegistrationsInOrder(): Promise<string[]> {
  const run = queue.then(syncRegistrations, syncRegistrations);
  queue = run.catch(() => undefined);
  return run;
}

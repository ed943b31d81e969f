import { browser } from 'wxt/browser';

/**
 * Wrong passcodes slow down: after three, each try waits twice as long as the last (1 s, 2 s,
 * 4 s … up to a minute). Kept in storage.session (memory only, for Steady's own pages; gone
 * when the browser closes), so reloading the page does not reset the wait.
 */
const KEY = 'steady-lock-attempts';
const FREE_TRIES = 3;
const MAX_WAIT_MS = 60_000;

interface Attempts {
  failures: number;
  /** No try is taken before this time (ms since the epoch). */
  until: number;
}

async function read(): Promise<Attempts> {
  try {
    const stored = (await browser.storage.session.get(KEY))[KEY] as Partial<Attempts> | undefined;
    return { failures: Number(stored?.failures) || 0, until: Number(stored?.until) || 0 };
  } catch {
    return { failures: 0, until: 0 };
  }
}

async function write(attempts: Attempts | undefined): Promise<void> {
  try {
    if (attempts) await browser.storage.session.set({ [KEY]: attempts });
    else await browser.storage.session.remove(KEY);
  } catch {
    // No session storage (an odd browser): the wait is kept for this page only, below.
  }
}

let local: Attempts = { failures: 0, until: 0 };

/** How long before the next try may be taken, in ms (0: now). */
export async function waitBeforeTry(now = Date.now()): Promise<number> {
  const stored = await read();
  const until = Math.max(stored.until, local.until);
  return Math.max(0, until - now);
}

export async function noteFailure(now = Date.now()): Promise<number> {
  const stored = await read();
  const failures = Math.max(stored.failures, local.failures) + 1;
  const wait =
    failures < FREE_TRIES ? 0 : Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - FREE_TRIES));
  local = { failures, until: now + wait };
  await write(local);
  return wait;
}

export async function noteSuccess(): Promise<void> {
  local = { failures: 0, until: 0 };
  await write(undefined);
}

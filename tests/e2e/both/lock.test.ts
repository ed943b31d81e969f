import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from '../pages/journal';
import { PopupPage } from '../pages/popup';
import { launchIn } from '../support/launch';
import type { SteadyIn } from '../support/ui';

/**
 * The privacy lock in the browser under test: turned on, a popup closed mid-sentence gets its
 * words back while locked (the draft's quick copy), a save while locked, and the journal opens
 * only with the passcode.
 */
const PASSCODE = 'slow tide at noon';
let steady: SteadyIn;

beforeAll(async () => {
  steady = await launchIn();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe(`the privacy lock (${process.env.STEADY_E2E_BROWSER ?? 'chromium'})`, () => {
  it('turns on, keeps a locked popup’s draft, saves while locked, and opens with the passcode', async () => {
    const journal = await JournalPage.in(steady, '?view=data');
    const page = journal.page;
    await page.getByRole('button', { name: 'Set a passcode…' }).click();
    await page.locator('#lock-new').fill(PASSCODE);
    await page.locator('#lock-again').fill(PASSCODE);
    await page.getByRole('checkbox', { name: /a lost passcode cannot be recovered/ }).check();
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();

    const popup = await PopupPage.in(steady);
    await popup.write('Half a sentence, while locked');
    // The draft is sealed as it is typed; give the debounce its moment, then close.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await popup.close();
    const again = await PopupPage.in(steady);
    await again.tab('Write').click();
    await expect.poll(() => again.entryBox.inputValue()).toBe('Half a sentence, while locked');
    await again.save();
    await again.status.getByText('Saved').waitFor();
    await again.close();

    const stored = await page.evaluate(async () => {
      // Firefox's promise API is `browser`; Chromium's `chrome` returns promises too.
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return JSON.stringify(await api.storage.local.get(null));
    });
    expect(stored).not.toContain('Half a sentence');

    await page.reload();
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await page.locator('#unlock-passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('tab', { name: 'Entries' }).click();
    await journal.entry('Half a sentence, while locked').waitFor();
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PopupPage } from './pages/popup';
import { seriousViolations } from './support/axe';
import { launchSteady, type Steady } from './support/steady';

/**
 * "Ride it out" from the popup, any time: on a fake clock (Playwright's, which reaches an
 * extension page), from the keyboard, carried on after the popup closes mid-ride (a popup
 * closes whenever focus leaves it), and ended by the person.
 */
let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

const OFFER = 'Feeling the pull to text? Ride out the urge';

async function storedRides(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('steady-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('rides').objectStore('rides').getAll();
          get.onsuccess = () => resolve(get.result as Record<string, unknown>[]);
        };
      }),
  );
}

describe('riding out an urge from the popup', () => {
  it('runs from the keyboard, carries on after the popup closes, and ends when the person stops', async () => {
    const popup = await PopupPage.open(steady, { fakeClock: true });
    const { page } = popup;
    await page.getByRole('button', { name: OFFER }).focus();
    await page.keyboard.press('Enter');
    const scale = page.getByRole('group', { name: 'How strong is the urge right now?' });
    await scale.waitFor();
    // Start without a number: a kind word, nothing started.
    await page.getByRole('button', { name: 'Start riding it out' }).click();
    await page.getByText('Choose a number first, from 0 to 10.').waitFor();
    // The radio group from the keyboard: focus 0, arrow to 8 (arrows check as they move).
    await page.getByRole('radio', { name: '0', exact: true }).focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start riding it out' }).click();
    await page.getByText('Minute 1 of 15').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.clock.runFor(60_000);
    await page.getByText('A minute has passed. How is the urge now?').first().waitFor();
    // The question has the focus, not a button: a stray Enter answers nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'A minute has passed. How is the urge now?',
    );
    await page.getByRole('button', { name: 'Still as strong' }).click();
    await page.getByText('Noted.', { exact: false }).waitFor();
    const leftAt = await page.evaluate(() => Date.now());
    await popup.close(); // focus left the popup: it closed mid-ride

    const again = await steady.context.newPage();
    await again.clock.install({ time: leftAt + 40_000 });
    await again.goto(steady.url('popup.html'));
    // Back in the ride where it was, not at a fresh start.
    await again.getByText('Minute 2 of 15').waitFor();
    await again.clock.runFor(60_000);
    await again.getByRole('button', { name: 'Easing' }).click();
    await again.getByRole('button', { name: 'Stop here' }).click();
    await again.getByText('You rode it for 3 minutes, and it eased from 8 to about 6.').waitFor();
    expect(await seriousViolations(again)).toEqual([]);
    await again.getByRole('button', { name: 'Close' }).click();
    // Back to the popup, focus where the person asked for the ride.
    await again.getByRole('tab', { name: 'Breathe' }).waitFor();
    await expect.poll(() => again.evaluate(() => document.activeElement?.textContent)).toBe(OFFER);

    const rides = await storedRides(again);
    expect(rides).toHaveLength(1);
    expect(rides[0]).toMatchObject({ strength: 8, source: 'popup', end: 'stopped' });
    expect(rides[0]!.pauseId).toBeUndefined();
    await again.close();

    // Finished: the next popup opens on its usual first view.
    const third = await PopupPage.open(steady);
    await third.tab('Breathe').waitFor();
    expect(await third.page.getByRole('heading', { name: 'Ride it out' }).count()).toBe(0);
    await third.close();
  });

  it('keeps the breathing circle still under reduced motion, light and dark, axe clean', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await PopupPage.open(steady, { fakeClock: true });
      const { page } = popup;
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme });
      await page.getByRole('button', { name: OFFER }).click();
      await page.getByRole('radio', { name: '5', exact: true }).check();
      await page.getByRole('button', { name: 'Start riding it out' }).click();
      await page.getByText('Minute 1 of 15').waitFor();
      await page.clock.runFor(3_000);
      expect(await page.locator('.ride .circle').evaluate((el) => el.style.transform)).toBe('');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Stop here' }).click();
      await page.getByRole('button', { name: 'Close' }).click();
      await popup.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PopupPage } from './pages/popup';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  // Nothing Steady did in this file reached beyond its own files.
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the popup exercises', () => {
  it('guides a breathing session to its end, asks how I feel, and logs it', async () => {
    const popup = await PopupPage.open(steady, { fakeClock: true });
    const { page } = popup;
    await page.getByRole('combobox', { name: 'Length' }).selectOption({ label: '30 seconds' });
    await page.getByRole('button', { name: 'Start breathing' }).click();
    const cue = page.getByTestId('pacer-cue');
    await expect.poll(() => cue.textContent()).toBe('Breathe in');
    await expect.poll(() => cue.getAttribute('aria-live')).toBe('polite');
    await page.clock.runFor(4_500);
    await expect.poll(() => cue.textContent()).toBe('Hold');
    await page.clock.runFor(30_000);

    await page.getByRole('radiogroup', { name: 'How do you feel now?' }).waitFor();
    await page.getByRole('radio', { name: '3', exact: true }).check();
    await page.getByText('Logged to your journal, with how you feel (3 of 10).').waitFor();

    await popup.tab('Write').click();
    const newest = popup.recent.first();
    await expect.poll(() => newest.textContent()).toContain('Breathing');
    expect(await newest.textContent()).toContain('Box breathing (4-4-4-4), 2 breaths');
    expect(await newest.textContent()).toContain('felt 3 of 10 after');
    await popup.close();
  });

  it('walks the five grounding steps with typing optional, and logs them', async () => {
    const popup = await PopupPage.open(steady);
    const { page } = popup;
    await popup.tab('Ground').click();
    await page.getByText('Notice 5 things you can see.').waitFor();
    await page.getByRole('textbox', { name: /What you noticed/ }).fill('lamp\nwindow');
    const expected = [
      '4 things you can touch',
      '3 things you can hear',
      '2 things you can smell',
      '1 thing you can taste',
    ];
    for (const step of expected) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(step).waitFor();
    }
    expect(await page.getByText('Nothing to taste? Think of a taste you love.').isVisible()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByText("You're here, in this moment.").waitFor();
    await page.getByRole('status').filter({ hasText: 'Logged to your journal.' }).waitFor();

    await popup.tab('Write').click();
    await expect.poll(() => popup.recent.first().textContent()).toContain('5-4-3-2-1 grounding');
    await popup.close();
  });

  it('offers another reframe while the reminder stays in view', async () => {
    const popup = await PopupPage.open(steady);
    await popup.tab('Reframe').click();
    const quote = popup.page.locator('.reframe');
    const first = await quote.textContent();
    await popup.page.getByRole('button', { name: 'Another thought' }).click();
    expect(await quote.textContent()).not.toBe(first);
    expect(await popup.reminder.isVisible()).toBe(true);
    await popup.close();
  });
});

describe('npm start', () => {
  it('can name the extension id before Chromium loads it, to open the popup straight away', async () => {
    const { unpackedExtensionId } = await import('../../scripts/browsers.mjs');
    const { EXTENSION_DIR } = await import('./support/paths');
    expect(unpackedExtensionId(EXTENSION_DIR)).toBe(steady.extensionId);
  });
});

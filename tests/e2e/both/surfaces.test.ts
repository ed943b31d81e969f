import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewtabPage } from '../pages/newtab';
import { PopupPage } from '../pages/popup';
import { launchIn } from '../support/launch';
import { browserUnderTest, type SteadyIn } from '../support/ui';

/**
 * The popup, the new tab and the options page as a person uses them, in the browser under
 * test (STEADY_E2E_BROWSER): `npm test` runs this file in Chromium and again in Firefox.
 */
let steady: SteadyIn;
beforeAll(async () => {
  steady = await launchIn();
});
afterAll(async () => {
  // Nothing Steady did in this file reached beyond its own files.
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe(`the popup (${process.env.STEADY_E2E_BROWSER ?? 'chromium'})`, () => {
  // A real half minute: no fake clock reaches a Firefox extension page. Chromium runs the same
  // flow with Playwright's fake clock in popup-exercises.test.ts, so it is spared the wait here.
  it.skipIf(browserUnderTest() === 'chromium')(
    'breathes a 30-second session to its end, asks how I feel, and logs it',
    async () => {
      const popup = await PopupPage.in(steady);
      const { page } = popup;
      await page.getByRole('combobox', { name: 'Pattern' }).selectOption('resonance');
      await page.getByRole('combobox', { name: 'Length' }).selectOption({ label: '30 seconds' });
      await page.getByRole('button', { name: 'Start breathing' }).click();
      await page.getByText('Breathe in', { exact: true }).waitFor();
      await page.getByText('Breathe out', { exact: true }).waitFor();
      await page
        .getByRole('radiogroup', { name: 'How do you feel now?' })
        .waitFor({ timeout: 60_000 });
      await page.getByRole('radio', { name: '3', exact: true }).check();
      await page.getByText('Logged to your journal, with how you feel (3 of 10).').waitFor();
      await popup.tab('Write').click();
      await popup.recent.first().getByText('Breathing').waitFor();
      expect(await popup.recent.first().textContent()).toContain('felt 3 of 10 after');
      await popup.close();
    },
    90_000,
  );

  it('walks the five grounding steps and logs them', async () => {
    const popup = await PopupPage.in(steady);
    const { page } = popup;
    await popup.tab('Ground').click();
    await page.getByText('Notice 5 things you can see.').waitFor();
    await page.getByRole('textbox', { name: /What you noticed/ }).fill('lamp\nwindow');
    for (const step of [
      '4 things you can touch',
      '3 things',
      '2 things',
      '1 thing you can taste',
    ]) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(step).first().waitFor();
    }
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByText("You're here, in this moment.").waitFor();
    await page.getByRole('status').filter({ hasText: 'Logged to your journal.' }).waitFor();
    await popup.tab('Write').click();
    await popup.recent.first().getByText('5-4-3-2-1 grounding').waitFor();
    await popup.close();
  });

  it('keeps a draft through a reload, then saves it to the journal', async () => {
    const words = 'They read my message an hour ago and said nothing.';
    const popup = await PopupPage.in(steady);
    await popup.tab('Write').click();
    await popup.entryBox.click();
    await popup.page.keyboard.type(words);
    await popup.page.getByRole('radio', { name: '7', exact: true }).check();
    await popup.reload();
    await popup.reminder.waitFor();
    // It opens where the unsaved words are, with every one of them and the choice made.
    expect(await popup.tab('Write').getAttribute('aria-selected')).toBe('true');
    expect(await popup.entryBox.inputValue()).toBe(words);
    expect(await popup.page.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true);
    await popup.save();
    await popup.status.getByText('Saved to your journal.').waitFor();
    expect(await popup.entryBox.inputValue()).toBe('');
    expect(await popup.recent.first().textContent()).toContain('Intensity 7 of 10');
    await popup.reload();
    await popup.tab('Write').click();
    await popup.recent.first().getByText(words).waitFor();
    expect(await popup.entryBox.inputValue()).toBe('');
    await popup.close();
  });
});

describe('the new tab', () => {
  it("shows Steady's reflection card, and a note written there reaches the popup", async () => {
    const tab = await NewtabPage.in(steady);
    await tab.card.waitFor();
    expect(await tab.page.locator('.card-title').textContent()).toBeTruthy();
    await tab.noteBox.fill('I noticed the urge and let it pass.');
    await tab.noteBox.press('Enter');
    await tab.page.getByRole('status').filter({ hasText: 'Saved to your journal.' }).waitFor();
    expect(await tab.noteBox.inputValue()).toBe('');
    await tab.page.getByRole('button', { name: 'Another reflection' }).click();
    await tab.card.waitFor();
    await tab.page.close();

    const popup = await PopupPage.in(steady);
    await popup.tab('Write').click();
    await popup.recent.first().getByText('I noticed the urge and let it pass.').waitFor();
    await popup.close();
  });
});

describe('the settings page', () => {
  it('says a change was saved, and the popup and new tab follow it', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('combobox', { name: 'Default pattern' }).selectOption('resonance');
    await options.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const popup = await PopupPage.in(steady);
    expect(await popup.page.getByRole('combobox', { name: 'Pattern' }).inputValue()).toBe(
      'resonance',
    );
    await popup.close();
    await options.close();

    const again = await steady.open('options.html');
    await again.getByRole('combobox', { name: 'What a new tab shows' }).selectOption('minimal');
    await again.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const tab = await steady.openNewTab();
    await tab.getByRole('heading', { name: "Distance doesn't always mean rejection." }).waitFor();
    expect(await tab.locator('.card.reflection').count()).toBe(0);
    await tab.close();
    await again.close();
  });
});

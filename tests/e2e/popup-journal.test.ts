import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from './pages/journal';
import { PopupPage } from './pages/popup';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the quick journal', () => {
  it('keeps a draft through the popup closing 50 ms after the last keystroke, and keeps the saved entry through a browser restart', async () => {
    const words = 'They read my message an hour ago and said nothing.\nI keep checking.';
    let popup = await PopupPage.open(steady);
    await popup.tab('Write').click();
    await popup.entryBox.click();
    await popup.page.keyboard.type(words, { delay: 5 });
    await popup.page.getByRole('radio', { name: '7', exact: true }).check();
    await popup.page.getByRole('radio', { name: 'Reassurance' }).check();
    await popup.page.waitForTimeout(50);
    await popup.close(); // focus left the popup: it is gone, unsaved

    popup = await PopupPage.open(steady);
    // It opens where the unsaved words are, with every one of them and the choices made.
    await expect.poll(() => popup.entryBox.inputValue()).toBe(words);
    expect(await popup.tab('Write').getAttribute('aria-selected')).toBe('true');
    expect(await popup.page.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true);
    expect(await popup.page.getByRole('radio', { name: 'Reassurance' }).isChecked()).toBe(true);

    await popup.page.getByRole('textbox', { name: /What set this off/ }).fill('texts, #late night');
    await popup.save();
    await popup.status.getByText('Saved to your journal.').waitFor();
    expect(await popup.entryBox.inputValue()).toBe('');
    const newest = popup.recent.first();
    expect(await newest.textContent()).toContain('I keep checking.');
    expect(await newest.textContent()).toContain('Intensity 7 of 10');
    expect(await newest.textContent()).toContain('#late night');
    await popup.close();

    steady = await steady.restart();
    popup = await PopupPage.open(steady);
    await popup.tab('Write').click();
    await expect.poll(() => popup.recent.first().textContent()).toContain('I keep checking.');
    expect(await popup.entryBox.inputValue()).toBe(''); // the saved draft is not offered again
    const journal = await JournalPage.open(steady);
    await expect
      .poll(() => journal.entries.first().textContent())
      .toContain('They read my message');
    await journal.page.close();
    await popup.close();
  });

  it('saves with the keyboard alone', async () => {
    const popup = await PopupPage.open(steady);
    const { keyboard } = popup.page;
    // From the top of the page: Tab to the tab list, arrow to Write, Tab into the panel.
    await keyboard.press('Tab');
    expect(await popup.tab('Breathe').evaluate((el) => el === document.activeElement)).toBe(true);
    await keyboard.press('End');
    expect(await popup.tab('Write').getAttribute('aria-selected')).toBe('true');
    await keyboard.press('Tab');
    expect(await popup.entryBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await keyboard.type('Written without a mouse.');
    await keyboard.press('Control+Enter');
    await popup.status.getByText('Saved to your journal.').waitFor();

    await popup.entryBox.focus();
    await keyboard.type('And saved with the button.');
    // Tab past the scale, the needs and the tags to the Save button, then press Enter.
    const save = popup.page.getByRole('button', { name: 'Save to journal' });
    for (let i = 0; i < 20 && !(await save.evaluate((el) => el === document.activeElement)); i++) {
      await keyboard.press('Tab');
    }
    await keyboard.press('Enter');
    await popup.status.getByText('Saved to your journal.').waitFor();
    await expect
      .poll(() => popup.recent.first().textContent())
      .toContain('And saved with the button.');
    await popup.close();
  });

  it('explains an empty save and changes nothing', async () => {
    const popup = await PopupPage.open(steady);
    await popup.tab('Write').click();
    const before = await popup.recent.count();
    await popup.save();
    await popup.status.getByText("There's nothing to save yet.").waitFor();
    expect(await popup.recent.count()).toBe(before);
    await popup.close();
  });

  it('saves a 100,000-character entry, and keeps every word of a longer one while saying why it cannot', async () => {
    const popup = await PopupPage.open(steady);
    const long = 'I am still here. '.repeat(6_000).slice(0, 100_000);
    await popup.write(long);
    await popup.save();
    await popup.status.getByText('Saved to your journal.').waitFor();

    await popup.write(`${long}!`);
    await popup.save();
    await popup.status.getByText('This entry is 100,001 characters').waitFor();
    expect(await popup.status.textContent()).toContain('Your words are still here');
    expect(await popup.entryBox.inputValue()).toHaveLength(100_001);
    await popup.close();

    const again = await PopupPage.open(steady);
    await expect.poll(async () => (await again.entryBox.inputValue()).length).toBe(100_001);
    await again.close();
  });
});

describe('words are never lost', () => {
  it('keeps what I type while a save is running', async () => {
    const popup = await PopupPage.open(steady);
    await popup.write('first thought');
    await popup.entryBox.press('Control+Enter');
    await popup.page.keyboard.type(' and why do I care so much');
    // (The "Saved" message goes as soon as the box changes again, so it is not waited on here.)
    await expect.poll(() => popup.recent.first().textContent()).toContain('first thought');
    // (A leading space is the user's own when the save finished before they typed it.)
    await expect
      .poll(async () => (await popup.entryBox.inputValue()).trim())
      .toBe('and why do I care so much');
    expect(await popup.recent.first().textContent()).not.toContain('why do I care');
    await popup.close();
    const again = await PopupPage.open(steady);
    await expect
      .poll(async () => (await again.entryBox.inputValue()).trim())
      .toBe('and why do I care so much');
    await again.entryBox.fill('');
    await again.close();
  });

  it('keeps grounding answers when the popup closes mid-exercise', async () => {
    let popup = await PopupPage.open(steady);
    await popup.tab('Ground').click();
    await popup.page.getByRole('textbox', { name: /What you noticed/ }).fill('the lamp');
    await popup.page.getByRole('button', { name: 'Next' }).click();
    await popup.page.getByRole('textbox', { name: /What you noticed/ }).fill('my sleeve');
    await popup.page.waitForTimeout(50);
    await popup.close();

    popup = await PopupPage.open(steady);
    await popup.tab('Ground').click();
    await popup.page.getByText('Notice 4 things you can touch.').waitFor();
    expect(await popup.page.getByRole('textbox', { name: /What you noticed/ }).inputValue()).toBe(
      'my sleeve',
    );
    await popup.page.getByRole('button', { name: 'Back' }).click();
    expect(await popup.page.getByRole('textbox', { name: /What you noticed/ }).inputValue()).toBe(
      'the lamp',
    );
    await popup.close();
  });
});

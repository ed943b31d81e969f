import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewtabPage } from './pages/newtab';
import { PopupPage } from './pages/popup';
import { seriousViolations } from './support/axe';
import { launchSteady, type Steady } from './support/steady';
import { appReady } from './support/appReady';
import { seedJournal } from './support/seed';

let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the new tab', () => {
  it("shows Steady's reflection card, and never the same reflection twice in a row", async () => {
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const tab = await NewtabPage.open(steady);
      await tab.card.waitFor();
      // chrome://newtab/ hands over to Steady's page.
      expect(tab.page.url()).toBe(steady.url('newtab.html'));
      expect(await tab.page.title()).toBe('New Tab');
      seen.push(await tab.reflection());
      await tab.page.close();
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
  });

  it('saves a one-line note to the journal, which the popup then shows, and keeps an unsaved draft', async () => {
    let tab = await NewtabPage.open(steady);
    await tab.noteBox.fill('Half-written when the tab closed');
    await tab.page.waitForTimeout(50);
    await tab.page.close();

    tab = await NewtabPage.open(steady);
    await expect.poll(() => tab.noteBox.inputValue()).toBe('Half-written when the tab closed');
    await tab.noteBox.fill('I noticed the urge and let it pass.');
    await tab.noteBox.press('Enter');
    await tab.page.getByRole('status').filter({ hasText: 'Saved to your journal.' }).waitFor();
    expect(await tab.noteBox.inputValue()).toBe('');
    await tab.page.close();

    const popup = await PopupPage.open(steady);
    await popup.tab('Write').click();
    await expect
      .poll(() => popup.recent.first().textContent())
      .toContain('I noticed the urge and let it pass.');
    await popup.close();
  });

  it('breathes for a minute in one tap, inside the card', async () => {
    const page = await steady.context.newPage();
    await page.clock.install();
    await page.goto('chrome://newtab/');
    await appReady(page);
    await page.getByRole('button', { name: 'Breathe for a minute' }).click();
    await expect.poll(() => page.getByTestId('pacer-cue').textContent()).toBe('Breathe in');
    await page.clock.runFor(70_000);
    await page.getByText('How do you feel now?').waitFor();
    await page.getByRole('status').filter({ hasText: 'Logged to your journal.' }).waitFor();
    await page.close();
  });

  it('takes the barometer seriously: when something is amiss it offers a direct ask and resources', async () => {
    const tab = await NewtabPage.open(steady);
    await tab.showReflection('Check the barometer');
    const { page } = tab;
    await page
      .getByRole('radiogroup', { name: /shifted in the relationship/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page
      .getByRole('heading', { name: 'Your anxiety may be pointing at something real.' })
      .waitFor();
    expect(
      await page
        .getByText("I'm feeling unsure about us and could use some reassurance. Can we talk?")
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText('A therapist can help you').isVisible()).toBe(true);
    expect(await tab.card.getByRole('link', { name: 'US: call or text 988' }).isVisible()).toBe(
      true,
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start over' }).click();
    await page
      .getByRole('radiogroup', { name: /shifted/ })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page
      .getByRole('radiogroup', { name: /agreements/ })
      .getByRole('radio', { name: 'Kept', exact: true })
      .check();
    await page
      .getByRole('radiogroup', { name: /afraid of this person/ })
      .getByRole('radio', { name: "I'm uneasy" })
      .check();
    await page.getByRole('heading', { name: 'This may be an old fear speaking.' }).waitFor();
    await page.close();
  });

  it('puts safety first when I say I am afraid of them: no script for talking it through', async () => {
    const tab = await NewtabPage.open(steady);
    await tab.showReflection('Check the barometer');
    const { page } = tab;
    await page
      .getByRole('radiogroup', { name: /afraid of this person/ })
      .getByRole('radio', { name: "I'm afraid of them" })
      .check();
    await page.getByRole('heading', { name: 'Your safety comes first.' }).waitFor();
    expect(
      await page.getByRole('link', { name: /National Domestic Violence Hotline/ }).isVisible(),
    ).toBe(true);
    expect(await page.getByRole('link', { name: 'US: call or text 988' }).first().isVisible()).toBe(
      true,
    );
    expect(await page.getByText('Can we talk?').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy these words' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the focus on "Another reflection", and a breath under way goes on', async () => {
    const page = await steady.context.newPage();
    await page.clock.install();
    await page.goto('chrome://newtab/');
    await appReady(page);
    await page.getByRole('button', { name: 'Breathe for a minute' }).click();
    await expect.poll(() => page.getByTestId('pacer-cue').textContent()).toBe('Breathe in');
    const another = page.getByRole('button', { name: 'Another reflection' });
    for (let i = 0; i < 6; i++) {
      await another.focus();
      await page.keyboard.press('Enter');
      expect(await another.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    expect(await page.getByTestId('pacer-cue').isVisible()).toBe(true);
    await page.close();
  });

  it('invites a note from calm me, and shows it on a later tab', async () => {
    let tab = await NewtabPage.open(steady);
    await tab.showReflection('A note from calm you');
    await tab.page.getByText('On a good day, write a few words').waitFor();
    await tab.page.getByRole('button', { name: 'Keep this note' }).click();
    await tab.page.getByText('Write a few words first').waitFor();
    await tab.page
      .getByRole('textbox', { name: /A note from calm you/ })
      .fill('You have been here before, and you came through it.');
    await tab.page.getByRole('button', { name: 'Keep this note' }).click();
    await tab.page.getByText('Kept. It will turn up now and then, on a new tab.').waitFor();
    await tab.page.close();

    tab = await NewtabPage.open(steady);
    await tab.showReflection('A note from calm you');
    await tab.page.getByText('You have been here before, and you came through it.').waitFor();
    await tab.page.close();
  });

  it('lists notes from calm me in settings, where one can be removed', async () => {
    const options = await steady.open('options.html');
    const note = options.getByText('You have been here before, and you came through it.');
    await note.waitFor();
    await options
      .getByRole('button', { name: 'Remove the note “You have been here before, and you came' })
      .click();
    await expect.poll(() => note.count()).toBe(0);
    await options.getByText('No notes yet.').waitFor();
    // Removing was a slip: Undo brings it back.
    await options.getByRole('button', { name: 'Undo' }).click();
    await note.waitFor();
    await options
      .getByRole('button', { name: 'Remove the note “You have been here before, and you came' })
      .click();
    await expect.poll(() => note.count()).toBe(0);
    await options.close();
  });

  it('says gently when a paused message is waiting, and links to it', async () => {
    const seed = await steady.open('journal.html');
    const id = 'unsent-1';
    await seedJournal(seed, {
      entries: [
        {
          id,
          kind: 'unsent',
          text: 'are you mad at me??',
          tags: [],
          createdAt: Date.now(),
          updatedAt: Date.now(),
          unsent: { site: 'whatsapp', matched: ['are you mad', '??'] },
        },
      ],
    });
    await seed.close();
    const tab = await NewtabPage.open(steady);
    const line = tab.page.getByText('A message you paused is waiting for you');
    await line.waitFor();
    expect(await tab.page.getByRole('link', { name: 'Look at it' }).getAttribute('href')).toBe(
      steady.url(`journal.html?entry=${id}`),
    );
    await tab.page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious accessibility violations in %s',
    async (colorScheme) => {
      const tab = await NewtabPage.open(steady);
      await tab.page.emulateMedia({ colorScheme });
      await tab.card.waitFor();
      expect(await seriousViolations(tab.page)).toEqual([]);
      await tab.showReflection('A note from calm you');
      expect(await seriousViolations(tab.page)).toEqual([]);
      await tab.page.close();
    },
  );

  it('shows only the reminder in minimal mode, chosen in settings', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('combobox', { name: 'What a new tab shows' }).selectOption('minimal');
    await options.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await options.close();

    const tab = await NewtabPage.open(steady);
    await tab.page
      .getByRole('heading', { name: "Distance doesn't always mean rejection." })
      .waitFor();
    expect(await tab.card.count()).toBe(0);
    expect(await tab.noteBox.count()).toBe(0);
    // Still one click from help.
    expect(await tab.page.getByRole('link', { name: 'US: call or text 988' }).isVisible()).toBe(
      true,
    );
    await tab.page.close();
  });
});

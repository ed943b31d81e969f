import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from './pages/journal';
import { seriousViolations } from './support/axe';
import { sampleJournal, seedJournal } from './support/seed';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
  const journal = await JournalPage.open(steady);
  await seedJournal(journal.page, sampleJournal());
  await journal.page.close();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe.each(['light', 'dark'] as const)('the journal in %s', (colorScheme) => {
  it('has no serious or critical accessibility violations in any view', async () => {
    const journal = await JournalPage.open(steady, '?entry=sample-unsent-2');
    await journal.page.emulateMedia({ colorScheme });
    await journal.page.locator('.focused-entry').waitFor();
    const check = async (where: string) =>
      expect({ where, violations: await seriousViolations(journal.page) }).toEqual({
        where,
        violations: [],
      });
    await check('entries, with a focused unsent message');

    await journal.entry('Felt calmer after a walk').getByRole('button', { name: 'Edit' }).click();
    await check('editing an entry');
    await journal.page.getByRole('button', { name: 'Cancel' }).click();

    await journal.entry('Felt calmer after a walk').getByRole('button', { name: 'Delete' }).click();
    await journal.toast.getByRole('button', { name: 'Undo' }).waitFor();
    await check('the undo status');
    await journal.toast.getByRole('button', { name: 'Undo' }).click();

    await journal.tab('Patterns').click();
    await journal.page.locator('svg[role=img]').first().waitFor();
    expect(await journal.page.locator('svg[role=img]').count()).toBe(4);
    await check('patterns');

    await journal.tab('Your data').click();
    await journal.page.getByRole('button', { name: 'Delete everything…' }).click();
    await check('your data, confirming delete everything');
    await journal.page.close();
  });

  it('is usable by keyboard alone: tabs move with arrow keys and focus is visible', async () => {
    const journal = await JournalPage.open(steady);
    await journal.page.emulateMedia({ colorScheme });
    await journal.tab('Entries').focus();
    await journal.page.keyboard.press('ArrowRight');
    await expect(journal.tab('Patterns').getAttribute('aria-selected')).resolves.toBe('true');
    const outline = await journal.page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    expect(new URL(journal.page.url()).search).toBe('?view=insights');
    await journal.page.close();
  });

  it('says kindly that patterns need more time when there is little to show', async () => {
    const other = await launchSteady();
    const journal = await JournalPage.open(other, '?view=insights');
    await journal.page.emulateMedia({ colorScheme });
    await journal.page.getByText('Patterns take a little time').waitFor();
    expect(await seriousViolations(journal.page)).toEqual([]);
    expect(other.foreignRequests()).toEqual([]);
    await other.close();
  });
});

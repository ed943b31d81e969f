import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundOf } from './pages/pauseSite';
import { seriousViolations } from './support/axe';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;
beforeAll(async () => {
  // As a person who allowed notifications when the check-in asked (support/grant.ts).
  steady = await launchSteady({ grant: ['notifications'] });
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the keyboard shortcut', () => {
  it('is in the manifest, and the popup and settings say which keys open Steady', async () => {
    const worker = await backgroundOf(steady);
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(
      expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+S' }),
    );
    const popup = await steady.open('popup.html');
    await popup.getByRole('contentinfo').getByText('Alt+Shift+S opens Steady.').waitFor();
    const options = await steady.open('options.html');
    await options.getByRole('heading', { name: 'Keyboard shortcut' }).waitFor();
    await options.getByText('Alt+Shift+S opens Steady.').waitFor();
    await popup.close();
    await options.close();
  });
});

describe('Save to Steady journal, on selected text', () => {
  it('saves the selection as a note named by its site, not its address, and confirms quietly', async () => {
    const worker = await backgroundOf(steady);
    const page = await steady.open('popup.html');
    // Headless Chromium shows no context menu to right-click, so the test fires the menu's
    // own click event in the background, with what Chromium passes for a selection.
    const tab = (await page.evaluate(() => chrome.tabs.getCurrent()))!;
    const tabId = tab.id!;
    await worker.evaluate((tab) => {
      const onClicked = chrome.contextMenus.onClicked as unknown as {
        dispatch(info: object, tab: object): void;
      };
      onClicked.dispatch(
        {
          menuItemId: 'steady-save-selection',
          selectionText: 'Their independence does not diminish their care.',
          pageUrl: 'https://www.example.org/private/letters?to=me',
          editable: false,
        },
        tab,
      );
    }, tab);
    await expect
      .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('✓');
    expect(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      'Saved to your Steady journal.',
    );
    const journal = await steady.open('journal.html');
    const entry = journal.locator('.entry', {
      hasText: 'Their independence does not diminish their care.',
    });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('example.org');
    expect(await entry.textContent()).not.toContain('private/letters');
    await journal.close();
    await page.close();
  });

  it('has created its one menu item (creating it again with the same id is refused)', async () => {
    const worker = await backgroundOf(steady);
    const error = await worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          chrome.contextMenus.create(
            { id: 'steady-save-selection', title: 'x', contexts: ['selection'] },
            () => resolve(chrome.runtime.lastError?.message ?? ''),
          );
        }),
    );
    expect(error).toMatch(/duplicate id/i);
  });
});

describe('gentle reminders', () => {
  it('turn on in settings, ring with no journal text, open Write, and turn off from there', async () => {
    const note = await steady.open('popup.html');
    await note.getByRole('tab', { name: 'Write' }).click();
    await note.getByRole('textbox', { name: 'Your entry' }).fill('a private worry about M.');
    await note.getByRole('button', { name: 'Save to journal' }).click();
    await note.getByText('Saved to your journal.').waitFor();
    await note.close();

    const options = await steady.open('options.html');
    const toggle = options.getByRole('switch', { name: 'A daily check-in' });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await options.getByText(/^On: every day at 8:00\sPM\.$/).waitFor();
    expect(await seriousViolations(options)).toEqual([]);

    const worker = await backgroundOf(steady);
    await expect
      .poll(() => worker.evaluate(() => chrome.alarms.get('steady-checkin')))
      .toBeTruthy();
    // A shortened time: the same alarm, due in a moment instead of at 8 PM. What it shows is
    // recorded on its way to the browser.
    await worker.evaluate(async () => {
      const shown: unknown[] = [];
      (globalThis as unknown as { shown: unknown[] }).shown = shown;
      const create = chrome.notifications.create.bind(chrome.notifications) as (
        ...a: unknown[]
      ) => Promise<string>;
      (chrome.notifications as unknown as { create: unknown }).create = (...args: unknown[]) => {
        shown.push(args);
        return create(...args);
      };
      await chrome.alarms.create('steady-checkin', { when: Date.now() + 500 });
    });
    await expect
      .poll(() => worker.evaluate(() => chrome.notifications.getAll()), { timeout: 10_000 })
      .toHaveProperty('steady-checkin');
    const shown = await worker.evaluate(
      () => (globalThis as unknown as { shown: unknown[] }).shown,
    );
    expect(JSON.stringify(shown)).toContain('A gentle check-in');
    expect(JSON.stringify(shown)).not.toContain('worry');
    // Tomorrow's is set already.
    const next = await worker.evaluate(() => chrome.alarms.get('steady-checkin'));
    expect(next!.scheduledTime).toBeGreaterThan(Date.now() + 60_000);

    // The click opens the popup's Write tab as a page, with the way to stop them.
    const opened = steady.context.waitForEvent('page');
    await worker.evaluate(() =>
      (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(
        'steady-checkin',
      ),
    );
    const page = await opened;
    await page.waitForURL(/popup\.html\?tab=write&from=checkin/);
    await page.getByRole('tab', { name: 'Write', selected: true }).waitFor();
    await page.getByText('This is your daily check-in.').waitFor();
    await page.getByRole('button', { name: 'Turn off daily check-ins' }).click();
    await page.getByText('Daily check-ins are off.').waitFor();
    await expect.poll(() => worker.evaluate(() => chrome.alarms.get('steady-checkin'))).toBeFalsy();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await page.close();
    await options.close();
  });
});

describe('Settings → Privacy', () => {
  it('says what is stored where, leads to export and delete, and shows the crisis resources', async () => {
    const options = await steady.open('options.html');
    const privacy = options.getByRole('region', { name: 'Privacy' });
    await privacy.getByText("in this browser's IndexedDB").waitFor();
    await privacy.getByText('gone when the browser closes').waitFor();
    await privacy.getByRole('link', { name: 'US: call or text 988' }).waitFor();
    await options.setViewportSize({ width: 1000, height: 3400 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect({ colorScheme, violations: await seriousViolations(options) }).toEqual({
        colorScheme,
        violations: [],
      });
      await options.screenshot({ path: `.tmp/options-${colorScheme}.png`, fullPage: true });
    }
    await privacy.getByRole('link', { name: 'Export or delete everything' }).click();
    await options.waitForURL(/journal\.html\?view=data/);
    await options.getByRole('button', { name: 'Delete everything…' }).waitFor();
    await options.getByRole('button', { name: 'Export JSON' }).waitFor();
    await options.close();
  });
});

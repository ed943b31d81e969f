import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;

/** The tab Steady opened by itself on install, if any. */
async function welcomeTab(s: Steady, wait = 5_000): Promise<Page | undefined> {
  const deadline = Date.now() + wait;
  while (Date.now() < deadline) {
    const page = s.context.pages().find((p) => p.url() === s.url('welcome.html'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the welcome page', () => {
  it('opens by itself on install, privacy promise first, then the optional sites, then a breath', async () => {
    const page = (await welcomeTab(steady))!;
    expect(page).toBeDefined();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Steady' }).waitFor();
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.slice(0, 3)).toEqual([
      'Your words stay with you',
      'Pause before sending (optional)',
      'One breath together',
    ]);
    await page.getByText('Steady makes no network requests').waitFor();
    expect(await page.getByText("in this browser's IndexedDB").count()).toBe(1);
    // Nothing is asked for until a site's own button is pressed.
    expect(await page.getByRole('button', { name: 'Pause on WhatsApp Web' }).isVisible()).toBe(
      true,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('is keyboard-first: Tab reaches the breath, Enter starts it, and it ends by itself', async () => {
    const page = (await welcomeTab(steady))!;
    await page.clock.install();
    await page.reload();
    const start = page.getByRole('button', { name: 'Breathe once with Steady' });
    await start.waitFor();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await start.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Breathe in…').waitFor();
    await page.clock.runFor(4_500);
    await page.getByText('…and slowly out.').waitFor();
    await page.clock.runFor(6_500);
    await page.getByText('Steady is in your toolbar whenever you need it.').waitFor();
    await page.getByRole('button', { name: 'Another breath' }).waitFor();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious accessibility problems in %s',
    async (scheme) => {
      const page = (await welcomeTab(steady))!;
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `.tmp/welcome-${scheme}.png`, fullPage: true });
    },
  );

  it('does not open again when the browser starts again', async () => {
    (await welcomeTab(steady))!.close();
    steady = await steady.restart();
    expect(await welcomeTab(steady, 2_000)).toBeUndefined();
  });
});

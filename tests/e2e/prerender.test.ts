import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REFLECTIONS, reflectionId } from '../../lib/newtab/reflections';
import spanish from '../../public/_locales/es/messages.json';
import { launchSteady, type Steady } from './support/steady';
import { watchFirstView } from './support/firstView';
import { appReady } from './support/appReady';

/**
 * The popup and the new tab are in their HTML, prerendered at build time (scripts/prerender/):
 * the first frame is the real page, and the app only attaches to it. These tests read the
 * page with scripts off (what the HTML itself holds), and watch every change made to the DOM
 * from the moment parsing ends (after the classic first-paint script, before the app's
 * module) to check that hydrating changes nothing a person could see.
 */
const SHORTCUT_ARRIVES = 'html > body.popup > div#app > footer.footer: +[p.hint] -[]';
const RECENT_ARRIVES = 'main > div#panel-write.panel > div.stack > section.recent: +[p.hint] -[]';
/** A lazily loaded part's stylesheet (already inline; Vite's loader links it again). */
const PART_STYLES = 'html > head: +[link] -[]';
const CALM_ARRIVES = [
  PART_STYLES,
  'body.newtab > div#root > main.newtab-main > section.card.reflection: +[div.stack] -[]',
];
const BAROMETER_SWAPPED = [
  PART_STYLES,
  'div#root > main.newtab-main > section.card.reflection > div.part: +[] -[div.stack]',
  'div#root > main.newtab-main > section.card.reflection > div.part: +[div.stack] -[]',
];

let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

/** Makes newtab-paint pick REFLECTIONS[index] (it picks with Math.random when none was last). */
async function pickReflection(page: Page, index: number): Promise<void> {
  await page.addInitScript(
    ({ index, count }) => {
      localStorage.removeItem('steady:newtab-last');
      Math.random = () => (index + 0.5) / count;
    },
    { index, count: REFLECTIONS.length },
  );
}

async function withoutScripts(path: string): Promise<Page> {
  const page = await steady.context.newPage();
  const cdp = await steady.context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(steady.url(path));
  // The page shows itself once its first-paint script has run (popup.css, newtab.css): with
  // no script, the test shows it, to look at what the HTML holds.
  expect(
    await page.locator('#app, #root').evaluate((root) => getComputedStyle(root).visibility),
  ).toBe('hidden');
  await page.locator('#app, #root').evaluate((root) => root.setAttribute('data-painted', ''));
  return page;
}

describe('the HTML as built, before any script runs', () => {
  it("holds the popup's Breathe panel, ready to start", async () => {
    const page = await withoutScripts('popup.html');
    expect(await page.evaluate(() => typeof window.performance.mark)).toBe('function');
    const panel = page.getByRole('tabpanel', { name: 'Breathe' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Start breathing' }).isVisible()).toBe(true);
    expect(await panel.getByRole('combobox', { name: 'Pattern' }).inputValue()).toBe('box');
    expect(await page.getByRole('tab', { name: 'Breathe', selected: true }).count()).toBe(1);
    expect(await page.getByText("Distance doesn't always mean rejection.").isVisible()).toBe(true);
    // Nothing ran: no app (its ready mark) and no first-paint script (it sets <html lang>).
    expect(
      await page.evaluate(() => performance.getEntriesByName('steady:interactive').length),
    ).toBe(0);
    await page.setViewportSize({ width: 380, height: 600 });
    await page.screenshot({ path: '.tmp/prerender-popup-noscript.png' });
    await page.close();
  });

  it("holds the new tab's card, its note box and its one-tap breath", async () => {
    const page = await withoutScripts('newtab.html');
    const card = page.locator('.card.reflection');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.getByRole('heading', { name: 'A kinder reading' }).isVisible()).toBe(true);
    expect(await card.getByText("Distance doesn't always mean rejection.").isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Breathe for a minute' }).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: "What's on your mind?" }).isVisible()).toBe(
      true,
    );
    await page.setViewportSize({ width: 900, height: 700 });
    await page.screenshot({ path: '.tmp/prerender-newtab-noscript.png' });
    await page.close();
  });
});

describe('hydration changes nothing on screen', () => {
  it('in the popup, and Start breathing answers at once', async () => {
    const page = await steady.context.newPage();
    const view = await watchFirstView(page, steady.url('popup.html'));
    // Only what is read after load arrives after: the keys that open Steady (the browser's
    // commands API is async), at the foot of the popup below the fold of its 600 px, and the
    // recent entries in the hidden Write tab.
    expect((await view.changes()).sort()).toEqual([RECENT_ARRIVES, SHORTCUT_ARRIVES].sort());
    // The app's module is not in the page as parsed, so it cannot hold back the first frame;
    // the first-paint script starts it once the page has painted (lib/prerender/startApp.ts).
    const modules = (root: Element) => root.querySelectorAll('script[type="module"]').length;
    expect(await view.atFirstPaint(modules)).toBe(0);
    expect(await page.locator('script[type="module"]').count()).toBe(1);
    // The first click after load reaches the app's handler (hydration attached it).
    await page.getByRole('button', { name: 'Start breathing' }).click();
    await page.getByTestId('pacer-cue').waitFor();
    await page.close();
  });

  it('in the popup that opens on Write, where words are waiting', async () => {
    let page = await steady.context.newPage();
    await page.goto(steady.url('popup.html'));
    await appReady(page);
    await page.getByRole('tab', { name: 'Write' }).click();
    await page.getByRole('textbox', { name: 'Your entry' }).fill('Still here when I come back');
    await page.close(); // the flush on pagehide keeps the words

    page = await steady.context.newPage();
    const view = await watchFirstView(page, steady.url('popup.html'));
    // Open on Write from the first frame (paint.js), so nothing moved under the reader.
    expect(await view.atFirstPaint((d) => d.querySelector('[aria-selected="true"]')?.id)).toBe(
      'tab-write',
    );
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Your entry' }).inputValue())
      .toBe('Still here when I come back');
    // The recent entries under the words arrive from the journal (none yet: a line says so).
    expect((await view.changes()).sort()).toEqual([RECENT_ARRIVES, SHORTCUT_ARRIVES].sort());
    await page.getByRole('textbox', { name: 'Your entry' }).fill('');
    await page.waitForTimeout(400);
    await page.close();
  });

  it('in the new tab, for every kind of card', async () => {
    const kinds = new Map<string, number>();
    REFLECTIONS.forEach((r, index) => kinds.has(r.kind) || kinds.set(r.kind, index));
    const seen: Record<string, string[]> = {};
    for (const [kind, index] of kinds) {
      const page = await steady.context.newPage();
      await pickReflection(page, index);
      const view = await watchFirstView(page, steady.url('newtab.html'));
      expect(await page.locator('#root').getAttribute('data-reflection')).toBe(
        reflectionId(REFLECTIONS[index]!),
      );
      seen[kind] = await view.changes();
      if (kind === 'barometer') {
        // Its questions were in the first frame, and the app's own are the same markup.
        // (Only the prerender's data-i18n marks, which show nothing, are gone.)
        const unmarked = (html = '') => html.replace(/ data-i18n(-attr)?="[^"]*"/g, '');
        const first = await view.atFirstPaint((root) => root.querySelector('.part')?.innerHTML);
        expect(first).toContain('fieldset');
        expect(await page.locator('.part').innerHTML()).toBe(unmarked(first));
      }
      await page.close();
    }
    // The card's words never change. The barometer's questions, prerendered, are swapped for
    // the app's identical ones, in one task, when their code arrives; a note from calm you is
    // read from storage, so that part arrives after.
    expect(seen).toEqual({
      reframe: [],
      prompt: [],
      need: [],
      barometer: BAROMETER_SWAPPED,
      calm: CALM_ARRIVES,
    });
  });

  it('in the new tab showing another kinder reading than the default', async () => {
    const index = REFLECTIONS.findIndex((r) => reflectionId(r) === 'reframe:reframe_pattern');
    const page = await steady.context.newPage();
    await pickReflection(page, index);
    const view = await watchFirstView(page, steady.url('newtab.html'));
    const line = await view.atFirstPaint((d) => d.querySelector('.card-text')?.textContent);
    expect(line).toMatch(/pattern/i);
    expect(await view.changes()).toEqual([]);
    await page.close();
  });

  it('in dark, chosen in settings: dark from the first frame, never unpinned', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect
      .poll(() => options.evaluate(() => localStorage.getItem('steady:theme')))
      .toBe('dark');
    try {
      for (const [path, expected] of [
        ['popup.html', [RECENT_ARRIVES, SHORTCUT_ARRIVES].sort()],
        ['newtab.html', []],
      ] as const) {
        const page = await steady.context.newPage();
        if (path === 'newtab.html') await pickReflection(page, 0);
        const view = await watchFirstView(page, steady.url(path));
        expect(await view.atFirstPaint((root) => root.getAttribute('data-theme'))).toBe('dark');
        expect({ path, changes: (await view.changes()).sort() }).toEqual({
          path,
          changes: expected,
        });
        await page.setViewportSize({ width: path === 'popup.html' ? 380 : 900, height: 600 });
        await page.screenshot({ path: `.tmp/prerender-${path.replace('.html', '')}-dark.png` });
        await page.close();
      }
    } finally {
      await options.getByRole('combobox', { name: 'Theme' }).selectOption('system');
      await options.close();
    }
  });

  it('under reduced motion, and the breath then keeps the circle still', async () => {
    const page = await steady.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const view = await watchFirstView(page, steady.url('popup.html'));
    expect((await view.changes()).sort()).toEqual([RECENT_ARRIVES, SHORTCUT_ARRIVES].sort());
    await page.getByRole('button', { name: 'Start breathing' }).click();
    const pacer = page.locator('.pacer');
    expect(await pacer.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await page.close();
  });
});

describe('in Spanish', () => {
  let spain: Steady;
  beforeAll(async () => {
    // Chromium on Linux takes its UI language from LANGUAGE (tests/e2e/words.test.ts).
    const before = process.env.LANGUAGE;
    process.env.LANGUAGE = 'es';
    try {
      spain = await launchSteady({ args: ['--lang=es'] });
    } finally {
      if (before === undefined) delete process.env.LANGUAGE;
      else process.env.LANGUAGE = before;
    }
  });
  afterAll(async () => {
    expect(spain.foreignRequests()).toEqual([]);
    await spain?.close();
  });

  it('the popup is in Spanish from the first frame, and hydrating changes nothing', async () => {
    const page = await spain.context.newPage();
    const view = await watchFirstView(page, spain.url('popup.html'));
    const first = await view.atFirstPaint((root) => ({
      lang: root.getAttribute('lang'),
      tab: root.querySelector('#tab-breathe')?.textContent,
      start: root.querySelector('#panel-breathe button.primary')?.textContent,
      label: root.querySelector('[role=tablist]')?.getAttribute('aria-label'),
    }));
    expect(first).toEqual({
      lang: 'es',
      tab: spanish.tabBreathe.message,
      start: spanish.startBreathing.message,
      label: spanish.tabsLabel.message,
    });
    expect((await view.changes()).sort()).toEqual([RECENT_ARRIVES, SHORTCUT_ARRIVES].sort());
    await page.getByRole('button', { name: spanish.startBreathing.message }).click();
    await page.getByTestId('pacer-cue').waitFor();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.screenshot({ path: '.tmp/prerender-popup-es.png' });
    await page.close();
  });

  it('the new tab is in Spanish from the first frame, and hydrating changes nothing', async () => {
    for (const [kind, index] of [
      ['reframe', 2],
      ['need', REFLECTIONS.findIndex((r) => r.kind === 'need')],
    ] as const) {
      const page = await spain.context.newPage();
      await pickReflection(page, index);
      const view = await watchFirstView(page, spain.url('newtab.html'));
      const title = await view.atFirstPaint(
        (root) => root.querySelector('.card-title')?.textContent,
      );
      expect(title).toBe(
        kind === 'need' ? spanish.newtabNeedTitle.message : spanish.newtabReframeTitle.message,
      );
      expect(await page.title()).toBe(spanish.newtabTitle.message);
      expect({ kind, changes: await view.changes() }).toEqual({ kind, changes: [] });
      if (kind === 'reframe') {
        await page.setViewportSize({ width: 900, height: 600 });
        await page.screenshot({ path: '.tmp/prerender-newtab-es.png' });
      }
      await page.close();
    }
  });
});

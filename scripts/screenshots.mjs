// `npm run screenshots`: the README's pictures, taken from the real build in headless Chromium.
// Run `npm run build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './launch.mjs';
import { journalShots } from './screenshots-journal.mjs';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const out = (name) => join(root, 'docs/screenshots', name);
const profile = mkdtempSync(join(tmpdir(), 'steady-shots-'));
const { context, extensionId } = await launchWithExtension(
  profile,
  // STEADY_OUT_DIR picks another build, as in wxt.config.ts and the end-to-end tests.
  join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3'),
  {
    viewport: { width: 380, height: 600 },
  },
);
const url = (path) => `chrome-extension://${extensionId}/${path}`;

async function popup(colorScheme) {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.clock.install();
  await page.goto(url('popup.html'));
  await page.getByText("Distance doesn't always mean rejection.").waitFor();
  return page;
}

// Light: a breathing session under way.
const breathe = await popup('light');
await breathe.getByRole('button', { name: 'Start breathing' }).click();
await breathe.clock.runFor(2_600);
await breathe.waitForTimeout(2_200); // let the circle's growth settle for the picture
await breathe.screenshot({ path: out('popup-breathe.png') });

// Dark: the quick journal with words in it.
const write = await popup('dark');
await write.getByRole('tab', { name: 'Write' }).click();
await write
  .getByRole('textbox', { name: 'Your entry' })
  .fill('No reply since this morning. I want to text again, but I will breathe first.');
await write.getByRole('radio', { name: '6', exact: true }).check();
await write.getByRole('radio', { name: 'Reassurance' }).check();
await write.evaluate(() => window.scrollTo(0, 0));
await write.screenshot({ path: out('popup-write-dark.png') });

// The new tab: light, on the barometer check with "something is amiss" answered; dark, a reframe.
async function newtab(colorScheme) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.goto('chrome://newtab/');
  await page.locator('.card.reflection').waitFor();
  return page;
}

async function stepTo(page, title) {
  for (
    let i = 0;
    i < 20 && (await page.locator('#reflection-title').textContent()) !== title;
    i++
  ) {
    await page.getByRole('button', { name: 'Another reflection' }).click();
  }
}

const barometer = await newtab('light');
await stepTo(barometer, 'Check the barometer');
await barometer
  .getByRole('radiogroup', { name: /shifted/ })
  .getByRole('radio', { name: 'Yes' })
  .check();
await barometer.evaluate(() => window.scrollTo(0, 0));
await barometer.screenshot({ path: out('newtab-barometer.png'), fullPage: true });

const reframe = await newtab('dark');
await stepTo(reframe, 'A kinder reading');
await reframe.screenshot({ path: out('newtab-dark.png') });

await journalShots(context, url, out);

await context.close();
rmSync(profile, { recursive: true, force: true });
console.log('wrote the pictures in docs/screenshots/');

// `npm run store-assets`: the pictures a browser's add-on store asks for, taken from the real
// build in headless Chromium (run `npm run build` first). Writes to docs/store/, light and dark:
// 1280×800 pictures of the popup, the new tab, the journal and the pause, and the 440×280 tile.
// Nothing here is drawn by hand: each picture is the extension's own page, or (for the popup and
// the tile, which are smaller than a store picture) that page set on a plain background.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { sampleJournal, seedJournal } from './journal-sample.mjs';
import { launchWithExtension } from './launch.mjs';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const build = join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3');
const outDir = join(root, 'docs/store');
mkdirSync(outDir, { recursive: true });
const out = (name) => join(outDir, name);
const messages = JSON.parse(readFileSync(join(build, '_locales/en/messages.json'), 'utf8'));
const say = (key) => messages[key].message;

const profile = mkdtempSync(join(tmpdir(), 'steady-store-'));
const { context, extensionId } = await launchWithExtension(profile, build, {
  viewport: { width: 1280, height: 800 },
});
const url = (path) => `chrome-extension://${extensionId}/${path}`;
const SCHEMES = ['light', 'dark'];
/** Steady's own page colours (components/styles/base.css), for the plain backgrounds. */
const BACKDROP = { light: '#f7f5f0', dark: '#14191b' };
const INK = { light: '#1f2a2e', dark: '#e8eeee' };

async function page(colorScheme, viewport = { width: 1280, height: 800 }) {
  const p = await context.newPage();
  await p.setViewportSize(viewport);
  await p.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  return p;
}

/** A smaller picture set on Steady's background with its name and promise beside it. */
async function framed(scheme, picture, size, file, caption = true) {
  const p = await page(scheme, size);
  const img = `data:image/png;base64,${picture.toString('base64')}`;
  await p.setContent(`<!doctype html><html><body style="margin:0;height:100vh;display:flex;
    align-items:center;justify-content:center;gap:64px;background:${BACKDROP[scheme]};
    color:${INK[scheme]};font:20px/1.5 system-ui,sans-serif">
    ${
      caption
        ? `<div style="max-width:420px"><div style="font-size:44px;font-weight:700">${say('extName')}</div>
           <p>${say('extDescription')}</p></div>`
        : ''
    }
    <img src="${img}" style="border-radius:14px;box-shadow:0 16px 48px rgba(0,0,0,.28);max-height:90vh">
    </body></html>`);
  await p.screenshot({ path: out(file) });
  await p.close();
}

for (const scheme of SCHEMES) {
  // The popup, on its Breathe tab, set on a 1280×800 background.
  const popup = await page(scheme, { width: 380, height: 600 });
  await popup.goto(url('popup.html'));
  await popup.getByRole('button', { name: 'Start breathing' }).waitFor();
  await framed(
    scheme,
    await popup.screenshot(),
    { width: 1280, height: 800 },
    `popup-${scheme}.png`,
  );

  // The tile: the popup's first view, smaller, beside the name.
  const tile = await page(scheme, { width: 440, height: 280 });
  await tile.setContent(`<!doctype html><html><body style="margin:0;height:100vh;display:flex;
    align-items:center;gap:20px;padding:0 28px;background:${BACKDROP[scheme]};color:${INK[scheme]};
    font:16px/1.4 system-ui,sans-serif"><img src="data:image/png;base64,${readFileSync(
      join(build, 'icon/128.png'),
    ).toString('base64')}" width="112" height="112">
    <div><div style="font-size:34px;font-weight:700">${say('extName')}</div>
    <div>${say('extDescription')}</div></div></body></html>`);
  await tile.screenshot({ path: out(`tile-${scheme}.png`) });
  await tile.close();
  await popup.close();

  // The new tab, as it opens.
  const newtab = await page(scheme);
  await newtab.goto('chrome://newtab/');
  await newtab.locator('.card.reflection').waitFor();
  await newtab.screenshot({ path: out(`newtab-${scheme}.png`) });
  await newtab.close();

  // The journal, with a kind, realistic sample (scripts/journal-sample.mjs).
  const journal = await page(scheme);
  await journal.goto(url('journal.html'));
  await journal.getByRole('heading', { name: 'Your journal', exact: true }).waitFor();
  if (scheme === 'light') {
    await seedJournal(journal, sampleJournal());
    await journal.reload();
  }
  await journal.locator('.entry-list .entry').first().waitFor();
  await journal.screenshot({ path: out(`journal-${scheme}.png`) });
  await journal.close();
}

await context.close();
rmSync(profile, { recursive: true, force: true });
// The pause, on the chat imitation the end-to-end tests use (its own browser and server).
execFileSync('node', [join(root, 'scripts/screenshots-pause.mjs'), '--store'], {
  stdio: 'inherit',
});
console.log(
  'wrote docs/store/: popup, newtab, journal, pause (1280×800) and tile (440×280), light and dark',
);

// `npm run screenshots` (second part): the pause before sending, on the WhatsApp imitation the
// end-to-end tests use, served over HTTPS on loopback under its real name. Run `npm run build`
// first. Writes docs/screenshots/pause.png (light); `--all` also writes dark and Spanish
// pictures to the system's temporary folder, for looking at; `--store` writes the 1280×800
// store pictures of the pause, light and dark, to docs/store/ (scripts/store-assets.mjs).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { grantInProfile } from './grant.mjs';
import { launchWithExtension } from './launch.mjs';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const fixtures = join(root, 'tests/e2e/fixtures');
const extensionDir = join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3');
const all = process.argv.includes('--all');
const store = process.argv.includes('--store');

const server = createServer(
  { key: readFileSync(join(fixtures, 'key.pem')), cert: readFileSync(join(fixtures, 'cert.pem')) },
  (request, response) => {
    if (request.url?.startsWith('/favicon')) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(join(fixtures, 'sites/whatsapp.html')));
  },
);
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

/** What the closed dialog says, read from Steady's own content-script world over CDP. */
async function dialogText(page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
      contexts.push(context.id);
  });
  await cdp.send('Runtime.enable');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: contexts.at(-1),
    returnByValue: true,
    expression: `(() => {
      const host = [...document.documentElement.children].find((el) => chrome.dom.openOrClosedShadowRoot(el));
      return host ? chrome.dom.openOrClosedShadowRoot(host).textContent : '';
    })()`,
  });
  await cdp.detach();
  return result.value;
}

async function shoot(lang, pictures, viewport = { width: 900, height: 1000 }) {
  if (lang) process.env.LANGUAGE = lang; // Chromium on Linux takes its UI language from here
  const profile = mkdtempSync(join(tmpdir(), 'steady-shots-'));
  // Turning a site on asks for notifications too (the Wait reminder): allowed earlier.
  const first = await launchWithExtension(profile, extensionDir);
  await first.context.close();
  await grantInProfile(profile, first.extensionId, ['notifications']);
  const { context, extensionId } = await launchWithExtension(profile, extensionDir, {
    viewport,
    ignoreHTTPSErrors: true,
    args: [
      `--host-resolver-rules=MAP web.whatsapp.com 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
  });
  // The person's "Allow" for the site (platform-notes.md), then the switch in Settings.
  const grant = await context.newPage();
  await grant.goto('chrome://extensions/');
  await grant.evaluate(
    (id) =>
      new Promise((done) =>
        chrome.developerPrivate.addHostPermission(id, 'https://web.whatsapp.com/*', done),
      ),
    extensionId,
  );
  await grant.close();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('switch', { name: 'WhatsApp Web', exact: true }).click();
  await options.waitForFunction(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).some((s) => s.id.endsWith('whatsapp')),
  );
  await options.close();

  const page = await context.newPage();
  await page.goto('https://web.whatsapp.com/');
  const composer = page.locator('footer [contenteditable="true"]');
  // The pause turns what it offers first; the picture shows the kinder reading.
  const heading = lang === 'es' ? 'Otra forma de verlo' : 'Another way to see it';
  for (let i = 0; i < 4; i++) {
    await composer.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      lang === 'es' ? '¿estás enojado conmigo??' : 'are you mad at me?? you went quiet',
    );
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    if ((await dialogText(page)).includes(heading)) break;
    await page.keyboard.press('Escape');
  }
  await page.waitForTimeout(2_300); // the circle part-way through its in-breath
  for (const [colorScheme, file] of pictures) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: file });
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (store) {
  const pictures = ['light', 'dark'].map((scheme) => [
    scheme,
    join(root, `docs/store/pause-${scheme}.png`),
  ]);
  await shoot(undefined, pictures, { width: 1280, height: 800 });
} else {
  await shoot(undefined, [
    ['light', join(root, 'docs/screenshots/pause.png')],
    ...(all ? [['dark', join(tmpdir(), 'pause-dark.png')]] : []),
  ]);
  if (all) await shoot('es', [['light', join(tmpdir(), 'pause-es.png')]]);
}
server.close();
console.log('wrote the pause pictures');

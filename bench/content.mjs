// The pause content script on a large chat page: what each keystroke costs the page, and how
// long Enter on a worried draft takes to show the pause. The page is the WhatsApp imitation
// from the end-to-end tests, grown to about 50,000 elements and served over HTTPS under its
// real name on loopback; the site is turned on the way a user does (options page).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';
import { percentile, median } from './stats.mjs';

const HOST = 'web.whatsapp.com';
const URL_ = `https://${HOST}/`;
const COMPOSER = 'footer [contenteditable="true"]';

export async function serveChat(root) {
  const fixtures = join(root, 'tests/e2e/fixtures');
  const page = readFileSync(join(fixtures, 'sites/whatsapp.html'));
  const server = createServer(
    {
      key: readFileSync(join(fixtures, 'key.pem')),
      cert: readFileSync(join(fixtures, 'cert.pem')),
    },
    (request, response) => {
      if (request.url?.startsWith('/favicon')) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    },
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The user's "Allow" (headless Chromium shows no prompt), then the switch in the options page. */
export async function turnOnWhatsApp(steady) {
  const grant = await steady.context.newPage();
  await grant.goto('chrome://extensions/');
  await grant.evaluate(
    (id) =>
      new Promise((resolve) =>
        chrome.developerPrivate.addHostPermission(id, `https://${'web.whatsapp.com'}/*`, resolve),
      ),
    steady.extensionId,
  );
  await grant.close();
  const options = await steady.context.newPage();
  await options.goto(steady.url('options.html'));
  const toggle = options.getByRole('switch', { name: 'WhatsApp Web', exact: true });
  await toggle.click();
  await options.waitForFunction(() =>
    [...document.querySelectorAll('input[role="switch"]')].some((input) => input.checked),
  );
  await options.close();
  // The background registers the script after the permission arrives.
  const worker = steady.context.serviceWorkers()[0];
  for (let i = 0; i < 100; i++) {
    const ids = await worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id),
    );
    if (ids.includes('steady-pause-whatsapp')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the pause script was not registered for WhatsApp Web');
}

/** Opens the chat, grows it to about 50,000 elements, and measures keydowns in the composer. */
async function keystrokes(context) {
  const page = await context.newPage();
  await page.goto(URL_);
  await page.locator(COMPOSER).waitFor();
  const batches = await page.evaluate((selector) => {
    const list = document.getElementById('sent');
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < 12_500; i++) {
      const li = document.createElement('li');
      li.innerHTML = `<div class="bubble"><span class="text">message ${i}</span><time>12:${i % 60}</time></div>`;
      fragment.append(li);
    }
    list.append(fragment);
    const editor = document.querySelector(selector);
    editor.focus();
    // performance.now() is coarse in a page that is not cross-origin isolated: time batches of
    // 100 keydowns and report per key.
    const out = [];
    for (let b = 0; b < 300; b++) {
      const start = performance.now();
      for (let i = 0; i < 100; i++) {
        editor.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }),
        );
      }
      out.push((performance.now() - start) / 100);
    }
    return { perKey: out, elements: document.getElementsByTagName('*').length };
  }, COMPOSER);
  return { page, ...batches };
}

/**
 * The person's Enter on a worried draft until the pause is on screen (the next frame after it
 * appears). Only trusted input counts for Steady, so the Enter is a real key press; its time is
 * the event's own timeStamp, read by the page after Steady has handled it.
 */
async function enterToPause(page, rounds) {
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    await page.locator(COMPOSER).click();
    await page.keyboard.type('are you mad at me??');
    // Steady's pause is a plain <div> on <html> with a closed shadow root, the only one there:
    // a page can see that something is on top, not what or whose.
    await page.evaluate(() => {
      const shown = () =>
        [...document.documentElement.children].some((el) => el.localName === 'div');
      window.pauseTiming = new Promise((resolve) => {
        let start = performance.now();
        addEventListener('keydown', (e) => (start = e.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.documentElement, { childList: true });
      });
    });
    await page.keyboard.press('Enter');
    samples.push(await page.evaluate(() => window.pauseTiming));
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => ![...document.documentElement.children].some((el) => el.localName === 'div'),
    );
    await page.evaluate((selector) => {
      document.querySelector(selector).innerHTML = '<p><br></p>';
    }, COMPOSER);
  }
  return median(samples);
}

async function heap(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export async function measureContentScript({ steady, plain, quick }) {
  const on = await keystrokes(steady.context);
  const off = await keystrokes(plain.context);
  const enter = await enterToPause(on.page, quick ? 3 : 10);
  const heapOn = await heap(steady.context, on.page);
  const heapOff = await heap(plain.context, off.page);
  await on.page.close();
  await off.page.close();
  return {
    elements: on.elements,
    keyMedianOn: median(on.perKey),
    keyMedianOff: median(off.perKey),
    keyP99On: percentile(on.perKey, 99),
    keyP99Off: percentile(off.perKey, 99),
    enterToPauseMs: enter,
    heapOn,
    heapOff,
  };
}

// The background service worker woken from stopped by a message: how long the round trip
// takes cold, against the same message with the worker already running.
import { median } from './stats.mjs';

async function roundTrip(page) {
  return page.evaluate(async () => {
    const start = performance.now();
    // A message the background ignores without a reply would not be timed: send a real one
    // that fails validation (an empty note), so nothing is written but a reply comes back.
    await chrome.runtime.sendMessage({
      steady: 1,
      type: 'journal.addEntry',
      data: { kind: 'note', text: '' },
    });
    return performance.now() - start;
  });
}

export async function measureColdStart(steady, { rounds }) {
  const page = await steady.context.newPage();
  await page.goto(steady.url('bench-blank.html'));
  const cdp = await steady.context.newCDPSession(page);
  const cold = [];
  const warm = [];
  for (let i = 0; i < rounds; i++) {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    cold.push(await roundTrip(page));
    warm.push(await roundTrip(page));
  }
  await cdp.detach();
  await page.close();
  return { coldMs: median(cold), warmMs: median(warm) };
}

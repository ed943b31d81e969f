// JavaScript heap of a page after use, read over CDP after a garbage collection.

export async function heapAfter(context, url, use) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await use(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  } finally {
    await page.close();
  }
}

/** Clicks through the popup's tabs and types a line: a typical visit. */
export async function usePopup(page) {
  for (const name of ['Ground', 'Reframe', 'Write', 'Breathe']) {
    await page.getByRole('tab', { name }).click();
  }
  await page.getByRole('tab', { name: 'Write' }).click();
  await page
    .getByRole('textbox', { name: 'Your entry' })
    .fill('A line typed during the benchmark.');
}

export async function useNewtab(page) {
  await page.locator('.card.reflection').waitFor();
  await page.getByRole('button', { name: 'Another reflection' }).click();
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill('A benchmark line.');
}

// Time to first content and to interactive for a page, read from the page's own performance
// timeline: first-contentful-paint, and Steady's 'steady:interactive' mark where it sets one.

/** Opens `url` in a fresh tab and returns { content, interactive } in ms since navigation. */
export async function measurePage(context, url, { waitForMark = false } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      (waitForMark) =>
        new Promise((resolve) => {
          const read = () => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            const mark = performance.getEntriesByName('steady:interactive')[0];
            if (fcp && (mark || !waitForMark)) {
              resolve({ content: fcp.startTime, interactive: mark?.startTime ?? fcp.startTime });
              return true;
            }
            return false;
          };
          if (read()) return;
          const started = performance.now();
          const poll = setInterval(() => {
            if (read()) {
              clearInterval(poll);
            } else if (performance.now() - started > 5000) {
              // A page that never paints content is reported as such, not waited on forever.
              clearInterval(poll);
              resolve({ content: NaN, interactive: NaN });
            }
          }, 5);
        }),
      waitForMark,
    );
  } finally {
    await page.close();
  }
}

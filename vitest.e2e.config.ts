import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in real headless Chromium.
// Two files at a time, each with its own browser, profile and loopback sites (random ports):
// most of a test's time is waiting on a browser, so two overlap well on this machine's two
// cores. Measured on a loaded machine (load 6-13), the whole suite ran in 702 s of wall time
// for 1,210 s of tests, with no failure that one-at-a-time does not also have. Nothing here
// times itself: stopwatch figures are the bench's (npm run bench), run on its own.
// tests/e2e/both/ runs here too, and again in Firefox (vitest.e2e.firefox.config.ts).
process.env.STEADY_E2E_BROWSER = 'chromium';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A browser starting, installing the extension and opening its welcome tab can take more
    // than expect.poll's default second with two suites sharing two cores (a CI run failed on
    // exactly that); a poll still ends the moment its condition holds.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
  },
});

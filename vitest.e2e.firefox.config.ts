import { defineConfig } from 'vitest/config';

// The browser-neutral end-to-end tests (tests/e2e/both/) again, in Debian's firefox-esr with the
// Firefox build (.output/firefox-mv2). `npm test` runs this after the Chromium suite, never at
// the same time: this machine has two cores.
process.env.STEADY_E2E_BROWSER = 'firefox';

export default defineConfig({
  test: {
    include: ['tests/e2e/both/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A browser starting, installing the extension and opening its welcome tab can take more
    // than expect.poll's default second with two suites sharing two cores (a CI run failed on
    // exactly that); a poll still ends the moment its condition holds.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
  },
});

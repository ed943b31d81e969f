import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in real headless Chromium.
// One file at a time: each launches its own browser, and this machine has two cores.
// tests/e2e/both/ runs here too, and again in Firefox (vitest.e2e.firefox.config.ts).
process.env.STEADY_E2E_BROWSER = 'chromium';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
  },
});

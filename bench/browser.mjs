// Browsers for the benchmark: the built extension (plus a blank page of its own, for the
// side-by-side baseline) in Debian's Chromium, and a Chromium without it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/browsers.mjs';
import { grantInProfile } from '../scripts/grant.mjs';
import { chromiumArgs, launchWithExtension } from '../scripts/launch.mjs';

const BLANK = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>
<body><p>A blank extension page.</p></body></html>
`;

// The same, with one classic script at the end of <body>: the new tab's yardstick, since the
// new tab has its first-paint script there (loading one script costs about 8–14 ms here).
const BLANK_SCRIPT = BLANK.replace('</body>', '<script src="/bench-blank.js"></script></body>');
const BLANK_JS = "document.title = 'Blank with a script';\n";

/**
 * A copy of the build with a few extra files: bench-blank.html, "a blank HTML page of the same
 * extension", served by the same browser from the same origin as the pages it is compared with,
 * and bench-blank-script.html, the same with one classic script. The shipped build stays
 * untouched.
 */
export function prepareExtension(buildDir) {
  const dir = mkdtempSync(join(tmpdir(), 'steady-bench-ext-'));
  cpSync(buildDir, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-blank.html'), BLANK);
  writeFileSync(join(dir, 'bench-blank-script.html'), BLANK_SCRIPT);
  writeFileSync(join(dir, 'bench-blank.js'), BLANK_JS);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function launchSteady(extensionDir, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'steady-bench-profile-'));
  // Turning a site on asks for notifications too (for Wait); headless Chromium can't show that
  // prompt, so the profile starts as a person's who allowed them, as in the e2e tests.
  if (options.grant?.length) {
    const first = await launchWithExtension(profile, extensionDir, options);
    await first.context.close();
    await grantInProfile(profile, first.extensionId, options.grant);
  }
  const launched = await launchWithExtension(profile, extensionDir, options);
  return {
    ...launched,
    url: (path) => `chrome-extension://${launched.extensionId}/${path}`,
    async close() {
      await launched.context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium as it comes, without Steady: for its own new-tab page. */
export async function launchPlain(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'steady-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    args: chromiumArgs(undefined, options.args),
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The journal's pictures for the README: the list (light) and the patterns (dark), from a kind,
// realistic sample journal. Called by screenshots.mjs; `node scripts/screenshots-journal.mjs`
// takes only these two.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sampleJournal, seedJournal } from './journal-sample.mjs';
import { launchWithExtension } from './launch.mjs';

export async function journalShots(context, url, out) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 1150 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(url('journal.html'));
  await page.getByRole('heading', { name: 'Your journal', exact: true }).waitFor();
  await seedJournal(page, sampleJournal());
  await page.reload();
  await page.locator('.entry-list .entry').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out('journal.png') });

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(url('journal.html?view=insights'));
  await page.locator('svg[role=img]').first().waitFor();
  await page.screenshot({ path: out('insights.png'), fullPage: true });
  await page.close();
}

// Run directly: only the journal's two pictures, from STEADY_OUT_DIR's build (or .output).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(new URL('.', import.meta.url).pathname, '..');
  const profile = mkdtempSync(join(tmpdir(), 'steady-shots-'));
  const build = join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3');
  const { context, extensionId } = await launchWithExtension(profile, build);
  await journalShots(
    context,
    (path) => `chrome-extension://${extensionId}/${path}`,
    (name) => join(root, 'docs/screenshots', name),
  );
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log('wrote docs/screenshots/journal.png and insights.png');
}

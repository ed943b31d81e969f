// The journal at 1,000, 10,000 and 100,000 entries: the operations a user waits on, measured
// in the extension's own origin by bench/journal-page.ts, built here with Vite.
import { bundlePage } from './bundle.mjs';

const SIZES = [1_000, 10_000, 100_000];

export async function measureJournal(steady, { root, extensionDir, quick, progress }) {
  await bundlePage(root, extensionDir, 'bench/journal-page.ts', 'bench-journal');
  const page = await steady.context.newPage();
  await page.goto(steady.url('bench-journal.html'));
  await page.waitForFunction(() => document.title === 'bench ready');
  await page.evaluate(() => window.bench.open());
  const figures = [];
  const sizes = quick ? SIZES.slice(0, 2) : SIZES;
  for (const size of sizes) {
    progress(`journal: seeding ${size.toLocaleString()} entries`);
    await page.evaluate((n) => window.bench.seedTo(n), size);
    progress(`journal: measuring at ${size.toLocaleString()}`);
    const at = (name, value, unit, aim) =>
      figures.push({
        group: `journal ${size.toLocaleString()}`,
        name,
        value,
        unit,
        aim: aim || undefined,
      });
    const tenK = size === 10_000;
    at('add one entry', await page.evaluate(() => window.bench.addOne()), 'ms');
    at('first page (50)', await page.evaluate(() => window.bench.firstPage()), 'ms', { max: 50 });
    at(
      'a later page (50), from the middle',
      await page.evaluate(() => window.bench.laterPage()),
      'ms',
    );
    const run = (fn, arg) => page.evaluate(fn, arg);
    const within = (max) => (tenK ? { max } : undefined);
    at(
      'search, a common word (first page)',
      await run((q) => window.bench.search(q), 'checking'),
      'ms',
      within(150),
    );
    const indexed = await run((q) => window.bench.indexedSearch(q), 'zebra');
    if (indexed) {
      at('search index, built once while idle', indexed.build, 'ms');
      at('search with the index, a word in no entry', indexed.search, 'ms', within(150));
    }
    at(
      'search in the database, a word in no entry (full pass)',
      await run((q) => window.bench.search(q), 'zebra'),
      'ms',
      within(150),
    );
    at(
      'filter: unsent messages',
      await run((f) => window.bench.filter(f), { kind: 'unsent' }),
      'ms',
    );
    const exported = await run(() => window.bench.exportJson());
    at('export JSON', exported.ms, 'ms', within(1000));
    at('export JSON file size', exported.bytes, 'MB');
    at('import JSON into an empty journal', await run(() => window.bench.importJson()), 'ms');
    at('size on disk (browser estimate)', await run(() => window.bench.storageBytes()), 'MB');
  }
  await page.close();
  return figures;
}

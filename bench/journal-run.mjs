// `npm run bench:journal`: only the journal's figures at 1,000, 10,000 and 100,000 entries (a
// few minutes, where the whole `npm run bench` takes far longer), written beside the full run's
// as bench/results/journal.json and journal.md. The same measurement run.mjs makes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { launchSteady, prepareExtension } from './browser.mjs';
import { measureJournal } from './journal.mjs';
import { toMarkdown, toRows, toTerminal } from './report.mjs';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const buildDir = join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3');
const quick = process.argv.includes('--quick');
const started = Date.now();
const progress = (message) =>
  process.stderr.write(
    `[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`,
  );

if (!existsSync(join(buildDir, 'manifest.json'))) {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}
const extension = prepareExtension(buildDir);
let figures;
try {
  const steady = await launchSteady(extension.dir);
  try {
    figures = await measureJournal(steady, { root, extensionDir: extension.dir, quick, progress });
  } finally {
    await steady.close();
  }
} finally {
  extension.dispose();
}
const machine = {
  date: new Date().toISOString().slice(0, 10),
  description: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
};
const rows = toRows(figures);
console.log(`\n${toTerminal(rows)}\n`);
const results = join(root, 'bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'journal.json'), JSON.stringify({ machine, figures }, null, 2));
writeFileSync(join(results, 'journal.md'), toMarkdown(rows, machine));
progress('done; written to bench/results/journal.json and journal.md');

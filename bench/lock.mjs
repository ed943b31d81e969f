// The privacy lock at 10,000 entries: unlock, the first page of 50 with the lock off and on,
// a capture while locked, and search after unlocking. Measured in the extension's own origin
// by bench/lock-page.ts, built here with Vite (as bench/journal.mjs does).
import { bundlePage } from './bundle.mjs';

const SIZE = 10_000;

export async function measureLock(steady, { root, extensionDir, progress }) {
  await bundlePage(root, extensionDir, 'bench/lock-page.ts', 'bench-lock');
  const page = await steady.context.newPage();
  await page.goto(steady.url('bench-lock.html'));
  await page.waitForFunction(() => document.title === 'lock bench ready');
  progress(`lock: ${SIZE.toLocaleString()} entries`);
  const f = await page.evaluate((n) => window.lockBench.run(n), SIZE);
  await page.close();
  const group = `privacy lock (${SIZE.toLocaleString()} entries)`;
  return [
    {
      group,
      name: 'unlock (PBKDF2, 600,000 iterations)',
      value: f.unlock,
      unit: 'ms',
      aim: { max: 1000 },
    },
    {
      group,
      name: 'first page (50), lock off',
      value: f.plainFirstPage,
      unit: 'ms',
      aim: { max: 50 },
    },
    {
      group,
      name: 'first page (50), lock on, unlocked',
      value: f.unlockedFirstPageAfter,
      unit: 'ms',
      aim: { max: 50 },
    },
    {
      group,
      name: 'save while locked (sealed to the public key)',
      value: f.captureLocked,
      unit: 'ms',
    },
    {
      group,
      name: 'first search after unlock (opens every entry)',
      value: f.firstSearch,
      unit: 'ms',
    },
    {
      group,
      name: 'a search after unlock, index warm',
      value: f.warmSearch,
      unit: 'ms',
      aim: { max: 150 },
    },
    { group, name: 'turning the lock on (seals every entry)', value: f.turnOn, unit: 'ms' },
  ];
}

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/support/paths';

/** Every JS file a page loads: its module scripts and, transitively, their static imports. */
function scriptsOf(htmlFile: string): string[] {
  const html = readFileSync(`${EXTENSION_DIR}/${htmlFile}`, 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(`${EXTENSION_DIR}/${file}`, 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      queue.push(dir + m[1]);
  }
  return [...seen];
}

function gzipBytes(files: string[]): number {
  return files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(`${EXTENSION_DIR}/${f}`), { level: 9 }).length,
    0,
  );
}

describe('what each surface ships (gzip, deterministic)', () => {
  it('keeps the popup JavaScript within 20 kB', () => {
    const files = scriptsOf('popup.html');
    expect(files.length).toBeGreaterThan(0);
    expect(gzipBytes(files)).toBeLessThanOrEqual(20_000);
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/support/paths';

const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g;

function importsOf(file: string, pattern: RegExp): string[] {
  const code = readFileSync(`${EXTENSION_DIR}/${file}`, 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...code.matchAll(pattern)]
    .map((m) => dir + m[1])
    .filter((f) => existsSync(`${EXTENSION_DIR}/${f}`));
}

/** A chunk and, transitively, everything it imports statically. */
function withStaticImports(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, STATIC_IMPORT));
  }
  return seen;
}

/**
 * What a page loads as it starts: its module scripts, their static imports, and the chunks its
 * entry script imports dynamically as it starts (the new tab paints first, then imports its
 * app), with their static imports.
 */
function scriptsAtStart(htmlFile: string): string[] {
  const html = readFileSync(`${EXTENSION_DIR}/${htmlFile}`, 'utf8');
  const entries = [...html.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const startup = entries.flatMap((entry) => importsOf(entry, DYNAMIC_IMPORT));
  return [...withStaticImports([...entries, ...startup])];
}

/** Each part the started page may import later, with what it adds (its own static imports). */
function lazyParts(started: string[]): { chunk: string; files: string[] }[] {
  const chunks = [...new Set(started.flatMap((file) => importsOf(file, DYNAMIC_IMPORT)))];
  return chunks
    .filter((chunk) => !started.includes(chunk))
    .map((chunk) => ({
      chunk,
      files: [...withStaticImports([chunk])].filter((f) => !started.includes(f)),
    }));
}

/** Loaded only when the user taps something (the new tab's one-minute breath). */
const ON_TAP = /BreathePanel/;

/**
 * The most a page can load when it opens: what it loads as it starts, plus the largest lazy
 * part a visit may need without any tap (the new tab loads the barometer's or calm-me's part
 * only when that reflection is the one shown).
 */
function worstOpen(htmlFile: string): { files: string[]; bytes: number } {
  const started = scriptsAtStart(htmlFile);
  const perVisit = lazyParts(started).filter((part) => !ON_TAP.test(part.chunk));
  const worst = perVisit.reduce<string[]>(
    (max, part) => (gzipBytes(part.files) > gzipBytes(max) ? part.files : max),
    [],
  );
  const files = [...started, ...worst];
  return { files, bytes: gzipBytes(files) };
}

function gzipBytes(files: string[]): number {
  return files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(`${EXTENSION_DIR}/${f}`), { level: 9 }).length,
    0,
  );
}

/** Budgets from ../shared/design/product.md, in gzip bytes (kB = 1,000 bytes). */
describe('what each surface ships (gzip, deterministic)', () => {
  it.each([
    ['popup.html', 20_000],
    ['newtab.html', 15_000],
  ])('keeps the most %s loads when it opens within %i bytes', (page, budget) => {
    const { files, bytes } = worstOpen(page);
    expect(files.length).toBeGreaterThan(0);
    expect({ page, bytes, files }).toMatchObject({
      bytes: expect.toSatisfy((n: number) => n <= budget),
    });
  });

  it("leaves the new tab's breathing session out of what it loads when it opens", () => {
    const started = scriptsAtStart('newtab.html');
    expect(started.some((file) => ON_TAP.test(file))).toBe(false);
    expect(lazyParts(started).some((part) => ON_TAP.test(part.chunk))).toBe(true);
  });

  it('keeps the pause content script within 10 kB', () => {
    const dir = `${EXTENSION_DIR}/content-scripts`;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => `content-scripts/${f}`);
    expect(files.length).toBeGreaterThan(0);
    expect(gzipBytes(files)).toBeLessThanOrEqual(10_000);
  });
});

// What each surface of a build ships, in gzip bytes. Shared by the size tests (budgets) and
// `npm run bench` (figures), so both count the same files the same way.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g;

/**
 * Loaded only when the user taps something: the new tab's one-minute breath; any part named
 * *OnTap (the popup's barometer check, components/popup/BarometerOnTap.tsx); the journal's
 * door, which the popup and the new tab load on their first save or edit
 * (components/journalDoor.ts, components/newtab/saveNote.ts), and what the door loads on
 * first use (lib/journal/door.ts): the writes, search, backups, Patterns, reminders; and, with
 * the privacy lock on, the sealing of a draft (lib/storage/sealedValues.ts), loaded at the
 * first keystroke (what a page opening needs, the draft's quick copy, is counted); the popup's
 * "Ride it out" (components/popup/RidePanel.tsx), loaded on its button, and without a tap only
 * when a ride was under way as the popup last closed: then the ride is what the popup shows
 * first, and the size test counts that opening on its own (RIDE_PART).
 */
export const ON_TAP =
  /BreathePanel|saveNote|OnTap|door|writes|everything|pauses|searchPage|backupFiles|insights|reminders|sealedValues|RidePanel/;

/** The popup's ride, which a popup opened mid-ride loads at once. */
export const RIDE_PART = /RidePanel/;

export function gzipBytes(dir, files) {
  return files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length,
    0,
  );
}

function importsOf(dir, file, pattern) {
  const code = readFileSync(`${dir}/${file}`, 'utf8');
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...code.matchAll(pattern)]
    .map((m) => base + m[1])
    .filter((f) => existsSync(`${dir}/${f}`));
}

function withStaticImports(dir, start) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(dir, file, STATIC_IMPORT));
  }
  return seen;
}

/** What a page loads as it starts: its scripts (classic and module) and their static imports. */
export function scriptsAtStart(dir, htmlFile) {
  const html = readFileSync(`${dir}/${htmlFile}`, 'utf8');
  const entries = [...html.matchAll(/(?:src|data-app)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return [...withStaticImports(dir, entries)];
}

/** Each part a started page may import later, with what it adds (its own static imports). */
export function lazyParts(dir, started) {
  const chunks = [...new Set(started.flatMap((file) => importsOf(dir, file, DYNAMIC_IMPORT)))];
  return chunks
    .filter((chunk) => !started.includes(chunk))
    .map((chunk) => ({
      chunk,
      files: [...withStaticImports(dir, [chunk])].filter((f) => !started.includes(f)),
    }));
}

/**
 * The most a page can load when it opens: what it loads as it starts, plus the largest lazy
 * part a visit may need without any tap (the new tab loads the barometer's or calm-me's part
 * only when that reflection is the one shown).
 */
export function worstOpen(dir, htmlFile) {
  const started = scriptsAtStart(dir, htmlFile);
  const perVisit = lazyParts(dir, started).filter((part) => !ON_TAP.test(part.chunk));
  let worst = [];
  for (const part of perVisit) {
    if (gzipBytes(dir, part.files) > gzipBytes(dir, worst)) worst = part.files;
  }
  const files = [...started, ...worst];
  return { files, bytes: gzipBytes(dir, files) };
}

/** Everything a page could ever load, taps included. */
export function everything(dir, htmlFile) {
  const started = scriptsAtStart(dir, htmlFile);
  const files = [...new Set([...started, ...lazyParts(dir, started).flatMap((p) => p.files)])];
  return { files, bytes: gzipBytes(dir, files) };
}

/** The content scripts' files (registered at run time, so not named by any page). */
export function contentScripts(dir) {
  const folder = `${dir}/content-scripts`;
  if (!existsSync(folder)) return { files: [], bytes: 0 };
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `content-scripts/${f}`);
  return { files, bytes: gzipBytes(dir, files) };
}

/** CSS a page carries, gzipped: inlined in its HTML (scripts/inline-css.ts) or linked. */
export function stylesOf(dir, htmlFile) {
  const html = readFileSync(`${dir}/${htmlFile}`, 'utf8');
  const files = [...html.matchAll(/href="\/?([^"]+\.css)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const inlineBytes = inline ? gzipSync(inline, { level: 9 }).length : 0;
  return { files, bytes: gzipBytes(dir, files) + inlineBytes };
}

/**
 * A page's HTML file, gzipped: its inline CSS and, for the popup and the new tab, their first
 * views prerendered at build time (scripts/prerender/; the new tab's other cards ride along as
 * <template>s). Not JavaScript, so outside the JS budgets; it has a budget of its own.
 */
export function htmlOf(dir, htmlFile) {
  return { files: [htmlFile], bytes: gzipBytes(dir, [htmlFile]) };
}

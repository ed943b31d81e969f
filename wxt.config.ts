import { defineConfig } from 'wxt';
import { resolve as resolvePath } from 'node:path';
import preact from '@preact/preset-vite';
import { inlineCss } from './scripts/inline-css';
import { prerender } from './scripts/prerender/plugin';
import { SITES } from './lib/pause/sites';

const PAUSE_ORIGINS = SITES.flatMap((site) => [...site.matches]);

/**
 * Entrypoints that keep the browser's own `browser`/`chrome` object instead of the polyfill:
 * - `paint`, `newtab-paint`: the classic first-paint scripts call only i18n.getMessage, which
 *   is synchronous and the same in every browser; the polyfill would be a second copy (2.6 kB
 *   gzip) on the critical path of every page's first paint.
 * - `pause`: the content script calls only runtime.sendMessage, storage.local.get/onChanged
 *   and i18n.getMessage, which return promises natively in Chromium MV3 and in Firefox; the
 *   polyfill would add 2.6 kB gzip (19 %) to a script injected into every chat page, over its
 *   14 kB budget.
 * - `ride`: "Ride it out" on a chat page, injected into the pause's world on the person's press
 *   (entrypoints/ride); it calls only runtime.sendMessage and i18n.getMessage, as the pause.
 */
const NATIVE_BROWSER = new Set(['paint', 'newtab-paint', 'pause', 'ride']);
const nativeBrowser = {
  find: /^wxt\/browser$/,
  replacement: resolvePath('node_modules/@wxt-dev/browser/src/index.mjs'),
};

// There is no official WXT module for Preact; its Vite preset is all that is needed.
export default defineConfig({
  // webextension-polyfill, through WXT's module: `browser` from 'wxt/browser' is the polyfilled
  // API in the pages and the background (one promise-based API, the same in Chromium and
  // Firefox), except in the few entrypoints of NATIVE_BROWSER above. It costs 2.6 kB gzip on
  // each page.
  modules: ['@wxt-dev/webextension-polyfill'],
  // STEADY_OUT_DIR lets two builds (say, a benchmark and a test run) live side by side.
  outDir: process.env.STEADY_OUT_DIR ?? '.output',

  vite: () => ({
    plugins: [preact(), inlineCss(), prerender()],
    // Chunks load from the extension's own disk, where preloading gains little; without it
    // Vite adds no polyfill or preload helper (about 1.3 kB on a page with a lazy import).
    build: {
      // The first paint comes from static HTML and a classic script (entrypoints/paint.ts,
      // newtab-paint/), so the module graph is off the critical path: no preload links, and no
      // preload helper in chunks with a lazy import (about 0.9 kB).
      modulePreload: false,
      // terser with two passes ships about 5% less than esbuild's minifier: it keeps the popup
      // and new tab inside their gzip budgets (product.md) with room for what comes next.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
  }),
  // Firefox gets Manifest V2 (WXT's default for `-b firefox`, .output/firefox-mv2), on purpose:
  // it is the build the end-to-end suite drives in firefox-esr 140 (tests/e2e/both/) and found
  // working, every surface and the pause included. MV3 would not bring Chromium's background
  // model (Firefox MV3 runs an event page, not a service worker), and there its host permissions,
  // optional ones included, become user-revocable at any time, which the pause would need new
  // handling and new tests for. AMO accepts both; move when Mozilla sets an MV2 end date.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The narrowest that work (README, Permissions), pinned by tests/build/manifest.test.ts:
    // storage for settings and drafts; scripting registers the pause's content script for the
    // sites the user turns on; alarms time the pause's "Wait 10 minutes" and the opt-in daily
    // check-in; activeTab lets the popup see whether the current tab is a supported site;
    // contextMenus adds "Save to Steady journal" on selected text (no install warning).
    permissions: ['storage', 'scripting', 'alarms', 'activeTab', 'contextMenus'],
    // notifications is optional: only the pause's Wait and the daily check-in need it, and it
    // is asked for on the click that turns one of them on (lib/permissions/notifications.ts).
    // Each messaging site is asked for only when the user turns it on (lib/pause/sites.ts).
    // MV2 (Firefox) has no optional_host_permissions: origins go in optional_permissions there.
    ...(browser === 'firefox'
      ? { optional_permissions: ['notifications', ...PAUSE_ORIGINS] }
      : { optional_permissions: ['notifications'], optional_host_permissions: PAUSE_ORIGINS }),
    // The "no network" promise, enforced by the browser: extension pages may connect nowhere,
    // not even to their own files (nothing in Steady fetches). WXT turns this into MV2's string.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    // Opens the popup. Alt+Shift+S is free in Chromium and Firefox on Windows and Linux; on a
    // Mac, Option+Shift+S types a character, so Control+Shift+S there. People can change it.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S' },
      },
    },
    action: { default_title: '__MSG_actionTitle__' },
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      96: 'icon/96.png',
      128: 'icon/128.png',
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'steady@steady.extension',
          strict_min_version: '140.0',
          // Steady collects nothing: no analytics, no network.
          data_collection_permissions: { required: ['none'] },
        },
        // data_collection_permissions arrived in Firefox 140 (desktop) and 142 (Android).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The pause content script gets a silent stand-in for WXT's ContentScriptContext, which
    // would otherwise postMessage the extension's id to every chat page it runs on
    // (entrypoints/pause.content/quietContext.ts says why that matters).
    // Entrypoints of NATIVE_BROWSER keep the browser's own API object (see above).
    'vite:build:extendConfig': (entrypoints, config) => {
      const name = entrypoints.length === 1 ? entrypoints[0]?.name : undefined;
      if (!name || !NATIVE_BROWSER.has(name)) return;
      const quiet = {
        find: /^wxt\/utils\/content-script-context$/,
        replacement: resolvePath('entrypoints/pause.content/quietContext.ts'),
      };
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: [
          nativeBrowser,
          ...(name === 'pause' ? [quiet] : []),
          ...(Array.isArray(alias)
            ? alias
            : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
    },
    // WXT fills the toolbar title from popup.html's <title>; keep it translatable instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', '**/*.log', '.tmp/**', 'docs/**'],
  },
});

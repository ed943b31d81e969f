import type { Plugin } from 'vite';
import { templateId } from '../../lib/prerender/marks';
import { APP_ATTRIBUTE } from '../../lib/prerender/startApp';
import { createPrerenderer, type PrerenderedPage } from './render';

/** Each prerendered page, by the folder of its entrypoint, and the id of its app's root. */
const PAGES: Record<string, { page: PrerenderedPage; root: string }> = {
  popup: { page: 'popup', root: 'app' },
  newtab: { page: 'newtab', root: 'root' },
};

const MODULE_TAG = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/;
const PAINT_TAG = /<script src="(\/[\w-]*paint\.js)"><\/script>/;

/**
 * Takes the app's module tag out of the page and puts its address on the first-paint script's
 * tag, which starts it once the page has painted (lib/prerender/startApp.ts says why).
 */
export function deferApp(html: string, path: string): string {
  // `wxt dev` builds its pages with the dev server's client and reloader as modules beside the
  // app's: there the app keeps its module tag and starts when parsing ends, as it used to
  // (startApp finds no address to start and does nothing).
  if (html.includes('/@vite/client')) return html;
  const app = html.match(MODULE_TAG);
  const paint = html.match(PAINT_TAG);
  if (!app || !paint || html.match(new RegExp(MODULE_TAG, 'g'))!.length !== 1) {
    throw new Error(`prerender: ${path} needs one app module and one first-paint script`);
  }
  return html
    .replace(app[0], '')
    .replace(paint[0], `<script src="${paint[1]}" ${APP_ATTRIBUTE}="${app[1]}"></script>`);
}

/**
 * Writes each page's first view, rendered from its real components at build time, into its
 * HTML: the default variant inside the app's root, the others as inert <template>s that the
 * page's classic first-paint script swaps in before the first paint (entrypoints/paint/,
 * entrypoints/newtab-paint/). The app then hydrates what is there instead of replacing it, so
 * the first frame is the real page: measured, a page whose main content the app rendered had
 * its largest contentful paint 1.5–1.9× a blank page's (docs/benchmarks.md).
 */
export function prerender(): Plugin {
  const prerenderer = createPrerenderer();
  return {
    name: 'steady:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const folder = context.path.match(/entrypoints\/([\w-]+)\/index\.html$/)?.[1];
        const target = folder ? PAGES[folder] : undefined;
        if (!target) return html;
        const [first, ...others] = await prerenderer.render(target.page);
        const empty = `<div id="${target.root}"></div>`;
        if (!first || !html.includes(empty)) {
          throw new Error(`prerender: ${context.path} has no empty ${empty} to fill`);
        }
        const templates = others
          .map((v) => {
            const replaces = v.replaces ? ` data-replaces="${v.replaces}"` : '';
            return `<template id="${templateId(v.id)}"${replaces}>${v.html}</template>`;
          })
          .join('');
        const filled = html.replace(
          empty,
          `<div id="${target.root}">${first.html}</div>${templates}`,
        );
        return deferApp(filled, context.path);
      },
    },
    async closeBundle() {
      await prerenderer.close();
    },
  };
}

import type { Plugin } from 'vite';
import { templateId } from '../../lib/prerender/marks';
import { createPrerenderer, type PrerenderedPage } from './render';

/** Each prerendered page, by the folder of its entrypoint, and the id of its app's root. */
const PAGES: Record<string, { page: PrerenderedPage; root: string }> = {
  popup: { page: 'popup', root: 'app' },
  newtab: { page: 'newtab', root: 'root' },
};

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
        return html.replace(empty, `<div id="${target.root}">${first.html}</div>${templates}`);
      },
    },
    async closeBundle() {
      await prerenderer.close();
    },
  };
}

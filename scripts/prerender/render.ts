import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { createServer, type ViteDevServer } from 'vite';
import type * as Pages from './pages';
import type { Variant } from './pages';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The pages with a prerendered first view, by their HTML file's name. */
export type PrerenderedPage = 'popup' | 'newtab';

/**
 * Renders pages' first views at build time, from the real components, in Vite's SSR loader
 * (the same TSX and `@/` paths the build uses) with `wxt/browser` replaced by a stand-in.
 * One loader serves every page of a build; `close` when the build ends.
 */
export function createPrerenderer() {
  let server: Promise<ViteDevServer> | undefined;
  const start = () =>
    createServer({
      configFile: false,
      root,
      logLevel: 'warn',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [preact()],
      // One Preact for the components, the renderer and the marking hook (./markers.ts hooks
      // Preact's options; a second copy reached through another node_modules would not see it).
      ssr: { noExternal: ['preact-render-to-string'] },
      resolve: {
        dedupe: ['preact'],
        alias: [
          {
            find: /^wxt\/browser$/,
            replacement: resolve(root, 'scripts/prerender/browserStub.ts'),
          },
          { find: /^@\//, replacement: `${root}/` },
        ],
      },
    });
  return {
    async render(page: PrerenderedPage): Promise<Variant[]> {
      server ??= start();
      const pages = (await (
        await server
      ).ssrLoadModule(resolve(root, 'scripts/prerender/pages.tsx'))) as typeof Pages;
      return pages[page]();
    },
    async close() {
      if (server) await (await server).close();
      server = undefined;
    },
  };
}

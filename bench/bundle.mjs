// Builds one bench page (a TypeScript entry run inside the extension's origin) into a copy of
// the extension with Vite, beside a small HTML page that loads it. Shared by journal.mjs and
// lock.mjs. Built as an app, not a library: a library build inlines workers as data: URLs,
// which have no origin of their own and so cannot open the journal's database.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export async function bundlePage(root, extensionDir, entry, name) {
  await build({
    root,
    logLevel: 'warn',
    configFile: false,
    resolve: { alias: { '@': root } },
    worker: { format: 'es' },
    build: {
      outDir: extensionDir,
      emptyOutDir: false,
      minify: false,
      modulePreload: false,
      rollupOptions: {
        input: join(root, entry),
        output: {
          entryFileNames: `${name}.js`,
          chunkFileNames: `${name}-chunks/[name]-[hash].js`,
          assetFileNames: `${name}-chunks/[name]-[hash][extname]`,
        },
      },
    },
  });
  writeFileSync(
    join(extensionDir, `${name}.html`),
    `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/${name}.js"></script>`,
  );
}

// Builds one bench page (a TypeScript entry run inside the extension's origin) into a copy of
// the extension with Vite, beside a small HTML page that loads it. Shared by journal.mjs and
// lock.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export async function bundlePage(root, extensionDir, entry, name) {
  await build({
    root,
    logLevel: 'warn',
    configFile: false,
    resolve: { alias: { '@': root } },
    build: {
      outDir: extensionDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => `${name}.js` },
    },
  });
  writeFileSync(
    join(extensionDir, `${name}.html`),
    `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="${name}.js"></script>`,
  );
}

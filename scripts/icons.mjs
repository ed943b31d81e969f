// Renders public/icon.svg to the PNG sizes the stores need (run by hand after changing the SVG;
// the PNGs are committed). Uses the same Debian Chromium as the end-to-end tests.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './browsers.mjs';

const SIZES = [16, 32, 48, 96, 128];
const svg = await readFile(new URL('../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  const png = await page.screenshot({ omitBackground: true });
  await writeFile(new URL(`../public/icon/${size}.png`, import.meta.url), png);
}
await browser.close();
console.log(`wrote ${SIZES.map((s) => `icon/${s}.png`).join(', ')}`);

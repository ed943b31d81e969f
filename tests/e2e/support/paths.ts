import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the build under test is: `npm run build` output, or STEADY_OUT_DIR's (see wxt.config.ts). */
export const OUT_DIR = `${ROOT}${process.env.STEADY_OUT_DIR ?? '.output'}`;
export const EXTENSION_DIR = `${OUT_DIR}/chrome-mv3`;
/** The Firefox build (`npm run build:firefox`; wxt.config.ts says why it is MV2). */
export const FIREFOX_EXTENSION_DIR = `${OUT_DIR}/firefox-mv2`;

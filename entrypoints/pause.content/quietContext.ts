/**
 * Stands in for WXT's ContentScriptContext in the pause script's build only (see the
 * `vite:build:extendConfig` hook in wxt.config.ts). WXT's context announces every content script
 * to the page it runs in (a window.postMessage carrying the extension's id), which would tell a
 * messaging site that this person uses Steady. The pause script uses none of the context's
 * helpers, and stands down by itself when its site is turned off.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}

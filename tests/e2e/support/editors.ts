import { build } from 'esbuild';
import { ROOT } from './paths';

/**
 * Pages built on the real editor frameworks the messaging sites use (tests/e2e/fixtures/
 * editors/*.mjs), where the imitations in fixtures/sites/ only copy their DOM: Lexical
 * (Messenger, WhatsApp, Instagram), Quill (Slack), Slate on React (Discord) and ProseMirror
 * (LinkedIn-style editors, and Tiptap's core). Each is bundled from node_modules on first use
 * and served by the imitation-site server (sites.ts) under the site's real name, so Steady's
 * own selectors for that site must find the element the framework itself renders.
 */
export type EditorName = 'lexical' | 'quill' | 'slate' | 'prosemirror' | 'draft';

/** What the page around each editor looks like: the site's chat, sent list and send button. */
const BODIES: Record<EditorName, string> = {
  lexical: `<main><h1>Sam</h1><ul id="sent" aria-label="Sent messages"></ul>
    <div id="composer" role="textbox" contenteditable="true" aria-label="Message" spellcheck="true"></div>
    <div id="send" role="button" tabindex="0" aria-label="Press enter to send">Send</div></main>`,
  quill: `<main><h1>#general</h1><ul id="sent" aria-label="Sent messages"></ul>
    <div id="editor"></div>
    <button type="button" data-qa="texty_send_button" aria-label="Send now">Send</button></main>`,
  slate: `<main><h1>#general</h1><ul id="sent" aria-label="Sent messages"></ul>
    <div id="holder"></div></main>`,
  prosemirror: `<main><h1>Alex</h1><ul id="sent" aria-label="Sent messages"></ul>
    <form onsubmit="return false"><div id="holder"></div>
    <button type="submit" class="msg-form__send-button">Send</button></form></main>`,
  draft: `<main><h1>Robin</h1><ul id="sent" aria-label="Sent messages"></ul>
    <div id="holder"></div>
    <button type="button" data-testid="dmComposerSendButton" aria-label="Send">Send</button></main>`,
};

/** The framework's page under each host; Slack's real-Quill page is asked for by ?editor=quill. */
export const EDITOR_HOSTS: Record<string, EditorName> = {
  'www.messenger.com': 'lexical',
  'discord.com': 'slate',
  'www.linkedin.com': 'prosemirror',
  'x.com': 'draft',
};

export function isEditorName(name: string | null): name is EditorName {
  return !!name && Object.hasOwn(BODIES, name);
}

export function editorFor(host: string, url: URL): EditorName | undefined {
  const asked = url.searchParams.get('editor');
  return isEditorName(asked) ? asked : EDITOR_HOSTS[host];
}

const bundles = new Map<EditorName, Promise<string>>();

/** The editor's script, bundled once per run (production React, no source maps). */
export function editorScript(name: EditorName): Promise<string> {
  let bundle = bundles.get(name);
  if (!bundle) {
    bundle = build({
      entryPoints: [`${ROOT}tests/e2e/fixtures/editors/${name}.mjs`],
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(name, bundle);
  }
  return bundle;
}

export function editorPage(name: EditorName): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
    <style>#composer,#editor,#holder>*{min-height:2em;border:1px solid #888;padding:4px}</style>
    </head><body>${BODIES[name]}<script type="module" src="/editor.js?${name}"></script></body></html>`;
}

import type { Site } from './sites';

/**
 * DOM helpers for catching a send. Kept free of extension APIs so they can be tested with a
 * fake DOM, and cheap: they run only on Enter or on a click, never on other keys.
 */

/** Whether this keydown would send on this site (Enter, or Ctrl/⌘+Enter on Gmail). */
export function isSendKey(event: KeyboardEvent, site: Site): boolean {
  // An IME is composing (Japanese, Chinese, Korean…): this Enter picks a candidate, it does not
  // send. keyCode 229 is what some browsers report for such keys instead of isComposing.
  if (event.isComposing || event.keyCode === 229) return false;
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  return site.sendKey === 'mod-enter' ? mod : !mod;
}

function asElement(target: EventTarget | null): Element | null {
  return target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
}

/** The composer an event happened in, if it is this site's composer. */
export function composerOf(target: EventTarget | null, site: Site): HTMLElement | null {
  return (asElement(target)?.closest(site.composer) as HTMLElement | null) ?? null;
}

/** The site's send button an event happened on, if any. */
export function sendButtonOf(target: EventTarget | null, site: Site): HTMLElement | null {
  if (!site.sendButton) return null;
  return (asElement(target)?.closest(site.sendButton) as HTMLElement | null) ?? null;
}

/**
 * The composer a send button belongs to: the nearest one up the tree (Gmail can have several
 * compose windows open), else the page's only one.
 */
export function composerNear(button: Element, site: Site): HTMLElement | null {
  let node: Element | null = button.parentElement;
  for (let depth = 0; node && depth < 15; depth++, node = node.parentElement) {
    const found = node.querySelector<HTMLElement>(site.composer);
    if (found) return found;
  }
  return document.querySelector<HTMLElement>(site.composer);
}

/** What the user typed. Read only at the moment of sending, and only from the composer. */
export function readDraft(composer: HTMLElement): string {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    return composer.value;
  }
  return composer.innerText ?? composer.textContent ?? '';
}

/**
 * Remembers where the caret is in a contenteditable composer, for the way back from the pause.
 * The pause takes focus, and some editors (Draft.js, X's) let the browser put the caret at the
 * start when focus comes back, so the next words would land before the draft. Returns a
 * function that puts the caret back where it was, if its place is still there: a range is
 * live, so if the editor re-rendered the words meanwhile it has moved off its first node
 * (often to the composer's start), and then the editor's own caret is left alone. A textarea
 * keeps its caret by itself.
 */
export function keepCaret(composer: HTMLElement): () => void {
  const selection = getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
  const start = range?.startContainer;
  return () => {
    if (
      range?.startContainer === start &&
      composer.contains(start!) &&
      composer.contains(range!.endContainer)
    ) {
      selection!.removeAllRanges();
      selection!.addRange(range!);
    }
  };
}

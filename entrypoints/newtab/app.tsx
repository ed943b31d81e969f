import { render } from 'preact';
import { NewtabApp } from '@/components/newtab/NewtabApp';
import type { Reflection } from '@/lib/newtab/reflections';
import type { NewtabMode } from '@/lib/settings/schema';

/** Replaces the first paint with the live app in one task (no frame shows an empty page). */
export function mountApp(root: HTMLElement, mode: NewtabMode, reflection: Reflection): void {
  root.replaceChildren();
  render(<NewtabApp mode={mode} reflection={reflection} />, root);
}

import type { NewtabMode } from '../settings/schema';
import type { Reflection } from './reflections';

/**
 * Which prerendered first view of the new tab (scripts/prerender/) fits a mode and reflection:
 * one per kind of card, and the minimal page. Reframes share one; only their line differs.
 */
export function variantOf(mode: NewtabMode, reflection: Reflection): string {
  return mode === 'minimal' ? 'minimal' : reflection.kind;
}

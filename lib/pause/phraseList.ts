import { DEFAULT_PHRASES } from './phrases';
import { normalise } from './normalise';
import { cleanPhrases, type PauseSettings } from './settings';

// Apart from settings.ts on purpose: the sanitiser runs on every Steady page, the phrase list
// is needed only by the content script and the options page.

/** The list the detector uses: the defaults the user kept, then the user's own. */
export function effectivePhrases(edits: PauseSettings['phrases']): string[] {
  const removed = new Set(edits.removed.map(normalise));
  return cleanPhrases(
    [...DEFAULT_PHRASES.filter((p) => !removed.has(normalise(p))), ...edits.added],
    normalise,
  );
}

/** Turns the list the user edited back into edits against the defaults. */
export function phraseEdits(list: readonly string[]): PauseSettings['phrases'] {
  const wanted = cleanPhrases(list, normalise);
  const wantedKeys = new Set(wanted.map(normalise));
  const defaults = new Set(DEFAULT_PHRASES.map(normalise));
  return {
    added: wanted.filter((p) => !defaults.has(normalise(p))),
    removed: DEFAULT_PHRASES.filter((p) => !wantedKeys.has(normalise(p))),
  };
}

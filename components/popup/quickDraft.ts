import { mergeTextDrafts, remainingTextDraft } from '@/lib/drafts/merge';
import type { Need } from '@/lib/journal/entry/types';
import type { DraftOptions } from '../hooks/useDraft';

/**
 * The Write tab's draft. Apart from QuickJournal so the popup can keep the draft (and restore
 * it) from the moment it opens, while the Write tab itself loads only when it is shown.
 */
export interface QuickDraft {
  text: string;
  intensity?: number;
  need?: Need;
  tags: string;
}

export const EMPTY_DRAFT: QuickDraft = { text: '', tags: '' };

/** Text drafts merge their words and keep only what was typed after a save (lib/drafts/merge). */
export const QUICK_DRAFT_OPTIONS: DraftOptions<QuickDraft> = {
  merge: mergeTextDrafts,
  remaining: (current, saved) => remainingTextDraft(current, saved, EMPTY_DRAFT),
};

import { t, type MessageKey } from '@/lib/i18n';
import type { PauseTheme } from '@/lib/pause/detect';
import { h } from '@/components/plain/dom';

/**
 * What the pause offers first. It turns from one pause to the next (techniques.md: people get
 * used to friction and click through it), so the same screen does not harden into a habit.
 */
export type Lead = 'breath' | 'reframe' | 'note';

/** The lead for the `turn`-th pause: breath, reframe, then a note from calm you when there is one. */
export function leadFor(turn: number, hasNote: boolean): Lead {
  const leads: Lead[] = hasNote ? ['breath', 'reframe', 'note'] : ['breath', 'reframe'];
  return leads[turn % leads.length]!;
}

/** A kinder reading matched to what the pause noticed (the seed's own reframes). */
export function reframeCard(theme: PauseTheme): HTMLElement {
  return h(
    'section',
    { class: 'offer', 'aria-label': t('reframeHeading') },
    h('p', { class: 'offer-title' }, t('reframeHeading')),
    h('p', {}, t(`pauseReframe_${theme}` as MessageKey)),
  );
}

/** One of the person's own notes from a calm day. Their words go in as text only. */
export function noteCard(note: string): HTMLElement {
  return h(
    'section',
    { class: 'offer', 'aria-label': t('pauseNoteHeading') },
    h('p', { class: 'offer-title' }, t('pauseNoteHeading')),
    h('p', { class: 'note-text' }, note),
  );
}

/** The crisis resources of every surface (components/CrisisLinks.tsx), on one line. */
const CRISIS: [string, MessageKey][] = [
  ['https://988lifeline.org/', 'crisisUS'],
  ['https://www.samaritans.org/', 'crisisUK'],
  ['https://findahelpline.com/', 'crisisElsewhere'],
];

/** Plain links the person follows, each in a new tab: Steady itself never contacts anyone. */
export function crisisLine(): HTMLElement {
  const line = h('p', { class: 'crisis' }, `${t('pauseCrisis')} `);
  CRISIS.forEach(([href, key], i) => {
    if (i) line.append(' · ');
    line.append(
      h('a', { href, target: '_blank', rel: 'noreferrer', title: t('opensNewTab') }, t(key)),
    );
  });
  return line;
}

import { t } from '@/lib/i18n';
import { h } from './dom';

/** Breathe in 4 s, out 6 s: a longer out-breath calms (techniques.md, TIPP paced breathing). */
const IN_MS = 4000;
const CYCLE_MS = 10_000;
/** Longer gaps between frames than this are a hidden tab or a stalled page, not breathing. */
const MAX_STEP_MS = 100;

/** Where the breath is after `ms` of breathing: which way, and how big the circle is (0.6–1). */
export function breathAt(ms: number): { inhale: boolean; scale: number } {
  const at = ms % CYCLE_MS;
  const inhale = at < IN_MS;
  const progress = inhale ? at / IN_MS : 1 - (at - IN_MS) / (CYCLE_MS - IN_MS);
  return { inhale, scale: 0.6 + 0.2 * (1 - Math.cos(Math.PI * progress)) };
}

/**
 * A short paced-breathing guide that stops after `seconds`. The circle and the words follow one
 * clock, counted from animation frames: a hidden tab gets none, so both stand still together and
 * go on from the same place when the tab is shown again. Under reduced motion the circle stays
 * still and only the words change. `alive` is asked every frame; false stops the guide.
 */
export function pacer(seconds: number, alive: () => boolean): [HTMLElement, () => void] {
  const cue = h('p', { 'aria-live': 'polite' }, t('pauseBreatheIn'));
  const circle = h('div', { class: 'circle', 'aria-hidden': 'true' });
  const box = h('div', { class: 'pacer', role: 'group', 'aria-label': t('pauseBreathingLabel') });
  box.append(circle, cue);
  const still = matchMedia('(prefers-reduced-motion: reduce)');
  let elapsed = 0;
  let last: number | undefined;
  let frame = 0;
  const tick = (now: number) => {
    if (!alive()) return;
    if (document.hidden) last = undefined;
    else if (last !== undefined) elapsed += Math.min(now - last, MAX_STEP_MS);
    if (!document.hidden) last = now;
    if (elapsed >= seconds * 1000) {
      box.classList.add('done');
      circle.style.transform = '';
      cue.textContent = t('pauseBreatheDone');
      return;
    }
    const { inhale, scale } = breathAt(elapsed);
    circle.style.transform = still.matches ? '' : `scale(${scale.toFixed(3)})`;
    const words = inhale ? t('pauseBreatheIn') : t('pauseBreatheOut');
    if (cue.textContent !== words) cue.textContent = words;
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return [box, () => cancelAnimationFrame(frame)];
}

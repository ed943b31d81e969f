import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { sessionStateAt, type BreathingPattern } from '@/lib/exercises/breathing';
import { useElapsed } from './hooks/useTicker';
import { useReducedMotion } from './hooks/useReducedMotion';
import './BreathingPacer.css';
import { focusIsFree } from './focus';

interface Props {
  pattern: BreathingPattern;
  cycles: number;
  startedAt: number;
  onDone(): void;
  onStop(cyclesCompleted: number): void;
}

/**
 * The running session: a circle that grows on the in-breath and shrinks on the out-breath
 * (still, under reduced motion), the count, and the cue spoken once per phase through a
 * polite live region, so a screen reader hears "Breathe in", not every second.
 */
export function BreathingPacer({ pattern, cycles, startedAt, onDone, onStop }: Props) {
  const state = sessionStateAt(pattern, cycles, useElapsed(startedAt));
  const reduced = useReducedMotion();
  const reported = useRef(false);
  const stop = useRef<HTMLButtonElement>(null);
  // The Start button that was focused is gone: Stop takes its place (and Space stops).
  useEffect(() => {
    if (focusIsFree()) stop.current?.focus();
  }, []);
  useEffect(() => {
    if (!state.done || reported.current) return;
    reported.current = true;
    onDone();
  }, [state.done, onDone]);

  const cue = t(`phase_${state.phase.kind}` as MessageKey);
  const style = reduced ? undefined : { transitionDuration: `${state.phase.seconds}s` };
  return (
    <div class="stack pacer-wrap">
      <div
        class={`pacer pacer-${state.phase.kind}${reduced ? ' pacer-still' : ''}`}
        style={style}
        aria-hidden="true"
      >
        <span class="pacer-count">{state.secondsLeft}</span>
      </div>
      <p class="pacer-cue" aria-live="polite" data-testid="pacer-cue">
        {cue}
      </p>
      <p class="hint">{t('breathCycle', [String(state.cycle + 1), String(cycles)])}</p>
      <button type="button" ref={stop} onClick={() => onStop(state.cycle)}>
        {t('stopBreathing')}
      </button>
    </div>
  );
}

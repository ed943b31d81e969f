/**
 * Breathing patterns and the pure timing logic of a paced session.
 * Numbers follow ../shared/design/techniques.md: box 4-4-4-4 and the physiological sigh
 * (Balban et al. 2023), resonance at about 6 breaths a minute, and 4-7-8 (Weil) capped at
 * four cycles.
 */
import type { PatternId } from './breathingChoices';

export { PATTERN_IDS, SESSION_LENGTHS, type PatternId } from './breathingChoices';

/** in: breathe in · topUp: a second short inhale · hold: hold full · out: breathe out · rest: hold empty */
export type PhaseKind = 'in' | 'topUp' | 'hold' | 'out' | 'rest';

export interface Phase {
  kind: PhaseKind;
  seconds: number;
}

export interface BreathingPattern {
  id: PatternId;
  phases: readonly Phase[];
  /** A safety cap: 4-7-8 is done at most four cycles at first (light-headedness). */
  maxCycles?: number;
}

export const PATTERNS: Record<PatternId, BreathingPattern> = {
  box: {
    id: 'box',
    phases: [
      { kind: 'in', seconds: 4 },
      { kind: 'hold', seconds: 4 },
      { kind: 'out', seconds: 4 },
      { kind: 'rest', seconds: 4 },
    ],
  },
  // Inhale through the nose, a short top-up inhale, then a long exhale about twice the inhale.
  sigh: {
    id: 'sigh',
    phases: [
      { kind: 'in', seconds: 2 },
      { kind: 'topUp', seconds: 1 },
      { kind: 'out', seconds: 6 },
    ],
  },
  resonance: {
    id: 'resonance',
    phases: [
      { kind: 'in', seconds: 5 },
      { kind: 'out', seconds: 5 },
    ],
  },
  '478': {
    id: '478',
    phases: [
      { kind: 'in', seconds: 4 },
      { kind: 'hold', seconds: 7 },
      { kind: 'out', seconds: 8 },
    ],
    maxCycles: 4,
  },
};

export function cycleSeconds(pattern: BreathingPattern): number {
  return pattern.phases.reduce((sum, phase) => sum + phase.seconds, 0);
}

/** Whole cycles closest to the target length (never ending mid-breath), within the pattern's cap. */
export function planCycles(pattern: BreathingPattern, targetSeconds: number): number {
  const cycles = Math.max(1, Math.round(targetSeconds / cycleSeconds(pattern)));
  return pattern.maxCycles ? Math.min(cycles, pattern.maxCycles) : cycles;
}

export interface SessionState {
  done: boolean;
  /** 0-based cycle number. */
  cycle: number;
  phaseIndex: number;
  phase: Phase;
  /** Whole seconds left in this phase, counting down to 1 (what the pacer shows). */
  secondsLeft: number;
}

/** Where a session of `cycles` cycles stands `elapsedMs` after it started. */
export function sessionStateAt(
  pattern: BreathingPattern,
  cycles: number,
  elapsedMs: number,
): SessionState {
  const cycleMs = cycleSeconds(pattern) * 1000;
  const totalMs = cycleMs * cycles;
  const lastPhaseIndex = pattern.phases.length - 1;
  if (elapsedMs >= totalMs) {
    const phase = pattern.phases[lastPhaseIndex] as Phase;
    return { done: true, cycle: cycles - 1, phaseIndex: lastPhaseIndex, phase, secondsLeft: 0 };
  }
  const at = Math.max(0, elapsedMs);
  const cycle = Math.floor(at / cycleMs);
  let inCycle = at - cycle * cycleMs;
  for (let phaseIndex = 0; phaseIndex <= lastPhaseIndex; phaseIndex++) {
    const phase = pattern.phases[phaseIndex] as Phase;
    const phaseMs = phase.seconds * 1000;
    if (inCycle < phaseMs || phaseIndex === lastPhaseIndex) {
      const secondsLeft = Math.max(1, Math.ceil((phaseMs - inCycle) / 1000));
      return { done: false, cycle, phaseIndex, phase, secondsLeft };
    }
    inCycle -= phaseMs;
  }
  throw new Error('unreachable: a pattern has at least one phase');
}

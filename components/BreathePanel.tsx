import type { ComponentChildren } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { PATTERNS, cycleSeconds, planCycles, type PatternId } from '@/lib/exercises/breathing';
import { journal } from './journalDoor';
import type { Settings } from '@/lib/settings/schema';
import { BreathingPacer } from './BreathingPacer';
import { BreathingDone } from './BreathingDone';
import { FocusableButton } from './FocusableButton';

type Stage =
  /** `back`: returning from a session, so the start button takes the focus that was lost. */
  | { name: 'setup'; back?: boolean }
  | { name: 'running'; pattern: PatternId; cycles: number; startedAt: number }
  | { name: 'done'; stoppedEarly: boolean; entryId?: string; status: string };

interface Props {
  breathing: Settings['breathing'];
  /**
   * The choices shown before a session (the popup's pattern and length), given `start`.
   * Without it: one tap, one minute. Passed in rather than imported, so a surface that only
   * offers the one-tap breath (the new tab) does not ship the choices.
   */
  setup?(start: (seconds: number) => void, back: boolean): ComponentChildren;
  /** Begin the one-minute session at once (the tap that loaded this panel was the start). */
  startNow?: boolean;
}

const ONE_TAP_SECONDS = 60;

function running(pattern: PatternId, seconds: number): Stage {
  const cycles = planCycles(PATTERNS[pattern], seconds);
  return { name: 'running', pattern, cycles, startedAt: Date.now() };
}

/**
 * Breathe: set up, follow the pacer, and finish. The session is logged the moment it ends
 * (so closing the popup then loses nothing); "How do you feel now?" then adds the feeling.
 */
export function BreathePanel({ breathing, setup, startNow }: Props) {
  const [stage, setStage] = useState<Stage>(() =>
    startNow ? running(breathing.pattern, ONE_TAP_SECONDS) : { name: 'setup' },
  );

  const finish = useCallback(async (pattern: PatternId, cycles: number, stoppedEarly: boolean) => {
    const seconds = cycles * cycleSeconds(PATTERNS[pattern]);
    setStage({ name: 'done', stoppedEarly, status: '' });
    try {
      const entry = await (
        await journal()
      ).saveEntry({
        kind: 'breathing',
        text: '',
        breathing: { pattern, seconds, cycles },
      });
      setStage({ name: 'done', stoppedEarly, entryId: entry.id, status: t('breathingLogged') });
    } catch {
      setStage({ name: 'done', stoppedEarly, status: t('breathingLogFailed') });
    }
  }, []);

  if (stage.name === 'setup') {
    const start = (seconds: number) => setStage(running(breathing.pattern, seconds));
    if (setup) return <>{setup(start, Boolean(stage.back))}</>;
    return (
      <FocusableButton
        class="primary"
        takeFocus={Boolean(stage.back)}
        onClick={() => start(ONE_TAP_SECONDS)}
      >
        {t('breatheMinute')}
      </FocusableButton>
    );
  }

  if (stage.name === 'running') {
    const { pattern, cycles } = stage;
    return (
      <BreathingPacer
        pattern={PATTERNS[pattern]}
        cycles={cycles}
        startedAt={stage.startedAt}
        onDone={() => void finish(pattern, cycles, false)}
        onStop={(completed) =>
          completed > 0
            ? void finish(pattern, completed, true)
            : setStage({ name: 'setup', back: true })
        }
      />
    );
  }

  return (
    <BreathingDone
      title={t(stage.stoppedEarly ? 'breathingStopped' : 'breathingDone')}
      entryId={stage.entryId}
      status={stage.status}
      onAgain={() => setStage({ name: 'setup', back: true })}
    />
  );
}

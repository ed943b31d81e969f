import { useCallback, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { PATTERNS, cycleSeconds, planCycles, type PatternId } from '@/lib/exercises/breathing';
import { journalErrorText } from '@/lib/journal/errorText';
import { saveEntry } from '@/lib/journal/local';
import type { Settings } from '@/lib/settings/schema';
import { BreathingPacer } from './BreathingPacer';
import { BreathingSetup } from './BreathingSetup';
import { BreathingDone } from './BreathingDone';

type Stage =
  | { name: 'setup' }
  | { name: 'running'; pattern: PatternId; cycles: number; startedAt: number }
  | { name: 'done'; stoppedEarly: boolean; entryId?: string; status: string };

interface Props {
  breathing: Settings['breathing'];
  onChange?(breathing: Settings['breathing']): void;
  /** One tap, one minute: a single button instead of the pattern and length choices. */
  oneTap?: boolean;
}

const ONE_TAP_SECONDS = 60;

/**
 * Breathe: set up, follow the pacer, and finish. The session is logged the moment it ends
 * (so closing the popup then loses nothing); "How do you feel now?" then adds the feeling.
 */
export function BreathePanel({ breathing, onChange, oneTap }: Props) {
  const [stage, setStage] = useState<Stage>({ name: 'setup' });

  const finish = useCallback(async (pattern: PatternId, cycles: number, stoppedEarly: boolean) => {
    const seconds = cycles * cycleSeconds(PATTERNS[pattern]);
    setStage({ name: 'done', stoppedEarly, status: '' });
    try {
      const entry = await saveEntry({
        kind: 'breathing',
        text: '',
        breathing: { pattern, seconds, cycles },
      });
      setStage({ name: 'done', stoppedEarly, entryId: entry.id, status: t('breathingLogged') });
    } catch (error) {
      setStage({ name: 'done', stoppedEarly, status: journalErrorText(error) });
    }
  }, []);

  if (stage.name === 'setup') {
    const start = (seconds: number) =>
      setStage({
        name: 'running',
        pattern: breathing.pattern,
        cycles: planCycles(PATTERNS[breathing.pattern], seconds),
        startedAt: Date.now(),
      });
    if (oneTap) {
      return (
        <button type="button" class="primary" onClick={() => start(ONE_TAP_SECONDS)}>
          {t('breatheMinute')}
        </button>
      );
    }
    return (
      <BreathingSetup
        pattern={breathing.pattern}
        seconds={breathing.seconds}
        onPattern={(pattern) => onChange?.({ ...breathing, pattern })}
        onSeconds={(seconds) => onChange?.({ ...breathing, seconds })}
        onStart={() => start(breathing.seconds)}
      />
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
          completed > 0 ? void finish(pattern, completed, true) : setStage({ name: 'setup' })
        }
      />
    );
  }

  return (
    <BreathingDone
      title={t(stage.stoppedEarly ? 'breathingStopped' : 'breathingDone')}
      entryId={stage.entryId}
      status={stage.status}
      onAgain={() => setStage({ name: 'setup' })}
    />
  );
}

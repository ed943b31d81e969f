import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { journal } from './journalDoor';
import { ScaleInput } from './ScaleInput';
import { focusIsFree } from './focus';

interface Props {
  title: string;
  /** The logged session; absent while it is being written or when writing failed. */
  entryId?: string;
  status: string;
  onAgain(): void;
}

/** After a session: a kind word, "How do you feel now?" (added to the logged entry), and again. */
export function BreathingDone({ title, entryId, status, onAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [feeling, setFeeling] = useState<number>();
  const [feelingStatus, setFeelingStatus] = useState('');
  // Focus moves to the result once, so keyboard and screen-reader users land on what changed,
  // but only if it was nowhere (the pacer's Stop button just went away): never out of a box
  // the user is typing in elsewhere on the page (the new tab's note).
  useEffect(() => {
    if (focusIsFree()) heading.current?.focus();
  }, []);

  async function record(value: number | undefined) {
    if (!entryId || value === undefined) return;
    setFeeling(value);
    try {
      await (await journal()).changeEntry(entryId, { intensity: value });
      setFeelingStatus(t('breathingLoggedFeeling', String(value)));
    } catch {
      setFeelingStatus(t('feelingLogFailed'));
    }
  }

  return (
    <div class="stack">
      <h2 class="done-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {entryId && (
        <ScaleInput
          label={t('feelingQuestion')}
          hint={t('feelingHint')}
          name="feeling"
          value={feeling}
          onChange={(n) => void record(n)}
        />
      )}
      <p class="status" role="status">
        {feelingStatus || status}
      </p>
      <button type="button" class="primary" onClick={onAgain}>
        {t('breatheAgain')}
      </button>
    </div>
  );
}

import { t, type MessageKey } from '@/lib/i18n';
import { PATTERN_IDS, SESSION_LENGTHS, type PatternId } from '@/lib/exercises/breathingChoices';

interface Props {
  pattern: PatternId;
  seconds: number;
  onPattern(pattern: PatternId): void;
  onSeconds(seconds: number): void;
  /** The labels: "Pattern"/"Length" before a session, "Default …" in settings. */
  labels: { pattern: MessageKey; length: MessageKey };
  /** The id of the text describing the chosen pattern, if the caller shows one. */
  describedBy?: string;
}

/** The two breathing choices, as the popup and the settings page both offer them. */
export function BreathingChoices({
  pattern,
  seconds,
  onPattern,
  onSeconds,
  labels,
  describedBy,
}: Props) {
  return (
    <>
      <label class="field">
        <span>{t(labels.pattern)}</span>
        <select
          value={pattern}
          aria-describedby={describedBy}
          onChange={(e) => onPattern(e.currentTarget.value as PatternId)}
        >
          {PATTERN_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`pattern_${id}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t(labels.length)}</span>
        <select value={seconds} onChange={(e) => onSeconds(Number(e.currentTarget.value))}>
          {SESSION_LENGTHS.map((s) => (
            <option key={s} value={s}>
              {t(`length_${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

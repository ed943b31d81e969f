import { t } from '@/lib/i18n';

interface Props {
  /** Visible group label, e.g. "How do you feel now?" */
  label: string;
  hint: string;
  name: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  /** Offers a "Clear" button when the value is optional. */
  clearable?: boolean;
}

const VALUES = Array.from({ length: 11 }, (_, n) => n);

/**
 * A 0–10 scale as a native radio group: arrow keys move within it, each choice is a 28 px
 * target, and screen readers hear "3, radio, 4 of 11" with the group's label and hint.
 */
export function ScaleInput({ label, hint, name, value, onChange, clearable }: Props) {
  const hintId = `${name}-hint`;
  return (
    <fieldset class="scale" role="radiogroup" aria-describedby={hintId}>
      <legend>{label}</legend>
      <p class="hint" id={hintId}>
        {hint}
      </p>
      <div class="scale-row">
        {VALUES.map((n) => (
          <label key={n} class="scale-choice">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
        {clearable && value !== undefined && (
          <button type="button" class="link-button" onClick={() => onChange(undefined)}>
            {t('intensityClear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

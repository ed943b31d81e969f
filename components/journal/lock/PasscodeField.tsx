import { passcodeStrength } from '@/lib/journal/lock/strength';
import { t, type MessageKey } from '@/lib/i18n';

const STRENGTH: MessageKey[] = ['lockStrength0', 'lockStrength1', 'lockStrength2', 'lockStrength3'];

interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** new-password: shows the strength hint, and password managers offer to make one. */
  autocomplete: 'current-password' | 'new-password';
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/** A passcode input; for a new one, a plain-words hint of its strength (never a rule). */
export function PasscodeField(props: Props) {
  const fresh = props.autocomplete === 'new-password';
  const hintId = `${props.id}-strength`;
  const described = [props.describedBy, fresh && props.value ? hintId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        id={props.id}
        type="password"
        autocomplete={props.autocomplete}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {fresh && props.value && (
        <span id={hintId} class="hint strength" data-strength={passcodeStrength(props.value)}>
          {t(STRENGTH[passcodeStrength(props.value)]!)}
        </span>
      )}
    </label>
  );
}

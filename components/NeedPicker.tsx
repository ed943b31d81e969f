import { t, type MessageKey } from '@/lib/i18n';
import { NEEDS, type Need } from '@/lib/journal/entry/types';

interface Props {
  value: Need | undefined;
  onChange(need: Need | undefined): void;
}

/** "What do you need right now?" as a radio group; choosing the chosen one again clears it. */
export function NeedPicker({ value, onChange }: Props) {
  return (
    <fieldset class="chips">
      <legend>{t('needLabel')}</legend>
      {NEEDS.map((need) => (
        <label key={need} class="chip">
          <input
            type="radio"
            name="need"
            value={need}
            checked={value === need}
            onChange={() => onChange(need)}
            onClick={() => value === need && onChange(undefined)}
          />
          <span>{t(`need_${need}` as MessageKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}

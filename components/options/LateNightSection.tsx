import { t } from '@/lib/i18n';
import { clockMinutes, type LateNight } from '@/lib/urges/lateNight';
import type { PauseSectionProps } from './PauseSection';

/**
 * The late-night guard (lib/urges/lateNight.ts): off until the person turns it on; then, in
 * the hours they choose, the pause breathes longer and offers "Wait until morning" first.
 */
export function LateNightSection({ pause, change }: PauseSectionProps) {
  const night = pause.lateNight;
  const set = (next: Partial<LateNight>) => void change({ lateNight: { ...night, ...next } });
  const time = (which: 'from' | 'to') => (
    <label class="field">
      <span>{t(which === 'from' ? 'optionsLateNightFrom' : 'optionsLateNightTo')}</span>
      <input
        type="time"
        value={night[which]}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (clockMinutes(value) >= 0) set({ [which]: value });
        }}
      />
    </label>
  );
  return (
    <fieldset class="late-night" aria-describedby="late-night-hint">
      <legend>{t('optionsLateNight')}</legend>
      <label class="switch-row">
        <input
          type="checkbox"
          checked={night.on}
          onChange={(e) => set({ on: e.currentTarget.checked })}
        />
        <span>{t('optionsLateNightOn')}</span>
      </label>
      <p class="hint" id="late-night-hint">
        {t('optionsLateNightHint')}
      </p>
      <div class="late-night-hours">
        {time('from')}
        {time('to')}
      </div>
      {night.on && night.from === night.to && <p class="status">{t('optionsLateNightEmpty')}</p>}
    </fieldset>
  );
}

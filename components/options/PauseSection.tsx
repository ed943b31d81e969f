import './PauseSection.css';
import { t, type MessageKey } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import {
  COOLDOWN_MINUTES,
  PAUSE_LENGTHS,
  SENSITIVITIES,
  type PauseSettings,
  type Sensitivity,
} from '@/lib/pause/settings';
import { PauseSiteList } from './PauseSiteList';
import { PhraseEditor } from './PhraseEditor';
import { usePauseSettings } from '../hooks/usePauseSettings';

const SENSITIVITY_LABELS: Record<Sensitivity, MessageKey> = {
  gentle: 'sensitivity_gentle',
  balanced: 'sensitivity_balanced',
  watchful: 'sensitivity_watchful',
};

export interface PauseSectionProps {
  pause: PauseSettings;
  change(next: Partial<PauseSettings>): Promise<void>;
}

/** Pause before sending: which sites, how watchful, which words, how long. */
export function PauseSection({ report }: { report(write: Promise<unknown>): Promise<void> }) {
  const [pause, save] = usePauseSettings();
  const change = (next: Partial<PauseSettings>) => report(save(next));
  const set = (next: Partial<PauseSettings>) => void change(next);
  const props = { pause, change };
  return (
    <section class="card" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('optionsPause')}</h2>
      <p>{t('optionsPauseIntro')}</p>
      <PauseSiteList {...props} />
      <label class="field">
        <span>{t('optionsPauseSensitivity')}</span>
        <select
          value={pause.sensitivity}
          onChange={(e) => set({ sensitivity: e.currentTarget.value as Sensitivity })}
        >
          {SENSITIVITIES.map((s) => (
            <option key={s} value={s}>
              {t(SENSITIVITY_LABELS[s])}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('optionsPauseLength')}</span>
        <select
          value={pause.seconds}
          onChange={(e) => set({ seconds: Number(e.currentTarget.value) })}
        >
          {PAUSE_LENGTHS.map((n) => (
            <option key={n} value={n}>
              {plural('optionsSeconds', n)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('optionsPauseCooldown')}</span>
        <select
          value={pause.cooldownMinutes}
          onChange={(e) => set({ cooldownMinutes: Number(e.currentTarget.value) })}
        >
          {COOLDOWN_MINUTES.map((n) => (
            <option key={n} value={n}>
              {plural('optionsMinutes', n)}
            </option>
          ))}
        </select>
      </label>
      <PhraseEditor {...props} />
    </section>
  );
}

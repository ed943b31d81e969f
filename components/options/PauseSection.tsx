import './PauseSection.css';
import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { requestChange } from '@/lib/pause/pendingChanges';
import {
  COOLDOWN_MINUTES,
  OFF_DELAYS,
  PAUSE_LENGTHS,
  SENSITIVITIES,
  type PauseSettings,
  type Sensitivity,
} from '@/lib/pause/settings';
import type { PendingChange } from '@/lib/urges/delayedOff';
import { LateNightSection } from './LateNightSection';
import { PauseSiteList } from './PauseSiteList';
import { PendingNote, SENSITIVITY_LABELS, delayLabel, noteText } from './PendingNote';
import { PhraseEditor } from './PhraseEditor';
import { pendingFor, usePending } from './usePending';
import { usePauseSettings } from '../hooks/usePauseSettings';

export interface PauseSectionProps {
  pause: PauseSettings;
  change(next: Partial<PauseSettings>): Promise<void>;
  report(write: Promise<unknown>): Promise<void>;
}

/** Pause before sending: which sites, how watchful, which words, how long. */
export function PauseSection({ report }: { report(write: Promise<unknown>): Promise<void> }) {
  const [pause, save] = usePauseSettings();
  const pending = usePending();
  const change = (next: Partial<PauseSettings>) => report(save(next));
  const set = (next: Partial<PauseSettings>) => void change(next);
  const props = { pause, change, report };
  /**
   * Sensitivity and the delay go through the kind delay: a raise applies at once, a lowering
   * waits the delay in effect (and its note appears). The select goes back to what holds now.
   */
  const ask = (request: PendingChange, apply: Partial<PauseSettings>, select: HTMLSelectElement) =>
    void report(
      requestChange(request).then((decision) => {
        if (decision.now) return save(apply);
        select.value = String(
          request.kind === 'sensitivity' ? pause.sensitivity : pause.offDelayMinutes,
        );
      }),
    );
  const lower = pendingFor(pending, 'sensitivity');
  const shorter = pendingFor(pending, 'offDelay');
  return (
    <section class="card" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('optionsPause')}</h2>
      <p>{t('optionsPauseIntro')}</p>
      <PauseSiteList {...props} pending={pending} />
      <label class="field">
        <span>{t('optionsPauseSensitivity')}</span>
        <select
          value={pause.sensitivity}
          onChange={(e) => {
            const to = e.currentTarget.value as Sensitivity;
            ask({ kind: 'sensitivity', to }, { sensitivity: to }, e.currentTarget);
          }}
        >
          {SENSITIVITIES.map((s) => (
            <option key={s} value={s}>
              {t(SENSITIVITY_LABELS[s])}
            </option>
          ))}
        </select>
      </label>
      {lower && <PendingNote pending={lower} report={report} />}
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
      <LateNightSection {...props} />
      <label class="field">
        <span>{t('optionsOffDelay')}</span>
        <select
          value={pause.offDelayMinutes}
          aria-describedby="off-delay-hint"
          onChange={(e) => {
            const to = Number(e.currentTarget.value);
            ask({ kind: 'offDelay', to }, { offDelayMinutes: to }, e.currentTarget);
          }}
        >
          {OFF_DELAYS.map((n) => (
            <option key={n} value={n}>
              {delayLabel(n)}
            </option>
          ))}
        </select>
      </label>
      <p class="hint" id="off-delay-hint">
        {t('optionsOffDelayHint')}
      </p>
      {shorter && <PendingNote pending={shorter} report={report} />}
      <PhraseEditor {...props} />
      {/* Each note is also said once, when it appears, for a screen reader. */}
      <p class="visually-hidden" role="status">
        {pending.map(noteText).join(' ')}
      </p>
    </section>
  );
}

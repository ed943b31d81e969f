import type { PassProgress } from '@/lib/journal/door';
import { t } from '@/lib/i18n';

/** How far a pass over the journal has got, for anything that can take more than a moment. */
export function ProgressLine({ progress, label }: { progress: PassProgress; label: string }) {
  const percent = progress.total
    ? Math.min(100, Math.round((progress.done / progress.total) * 100))
    : 0;
  return (
    <div class="field" role="status">
      <span>{label}</span>
      <progress max={100} value={percent} aria-label={label} />
      <span class="hint">{t('lockProgress', String(percent))}</span>
    </div>
  );
}

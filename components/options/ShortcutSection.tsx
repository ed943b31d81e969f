import { t } from '@/lib/i18n';
import { openShortcutSettings } from '@/lib/shortcut';
import { ShortcutHint } from '../ShortcutHint';

/** The keys that open Steady, and where the browser lets a person change them. */
export function ShortcutSection() {
  return (
    <section class="card" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      <ShortcutHint class="" />
      <p class="hint">{t('shortcutChange')}</p>
      <div class="button-row">
        <button type="button" onClick={openShortcutSettings}>
          {t('shortcutChangeButton')}
        </button>
      </div>
    </section>
  );
}

import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/client';
import type { PauseErrorKind } from '@/lib/pause/messages';
import { ENABLED_SITES_KEY } from '@/lib/pause/constants';
import { MAX_MATCHED_SENT } from '@/lib/pause/limits';
import { PAUSE_SETTINGS, PAUSE_SETTINGS_KEY } from '@/lib/pause/settingsStore';
import { readStored } from '@/lib/storage/item';
import { siteForUrl } from '@/lib/pause/sites';
import { calmNoteTexts, CALM_NOTES_KEY } from './calmNotes';
import { createPauseController } from './controller';
import { openOverlay } from './overlay';
import { askForModel } from './pauseModel';

/**
 * Pause before sending. Registered at run time (lib/pause/registration.ts) only for the sites
 * the user turned on; no `matches` here, so the build asks for no host at install.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    const site = siteForUrl(location.href);
    if (!site) return;

    const report = (kind: PauseErrorKind) => {
      // Only the kind of failure: never the draft or anything else of the page.
      void sendMessage('pause.error', { kind }).catch(() => undefined);
    };
    const pause = createPauseController({
      site,
      openOverlay,
      report,
      now: Date.now,
      async save(text, matched, need, conversation) {
        // The background refuses more matched words than this; the first ones found are kept.
        matched = matched.slice(0, MAX_MATCHED_SENT);
        await sendMessage('pause.save', { text, matched, need, conversation });
      },
      async wait(text, matched, need, conversation) {
        // remindAt is 0 when the draft was kept without a reminder (the browser would not set
        // it, or enough reminders are waiting already).
        matched = matched.slice(0, MAX_MATCHED_SENT);
        const data = { text, matched, need, conversation };
        const { remindAt } = await sendMessage('pause.wait', data);
        return remindAt > 0;
      },
      sendAnyway(conversation) {
        void sendMessage('pause.sendAnyway', { conversation }).catch(() => report('message'));
      },
    });

    // Capture phase on window, added at document_start: Steady hears Enter and the send button
    // before any editor or site script. Sites act on different events of a press (Gmail's
    // Closure buttons on mousedown and mouseup, most on click), so all of them are heard.
    // After Steady is updated or reloaded this copy is orphaned (its messages would fail), and
    // new pages get the new one: stand down so that only one ever listens.
    const orphaned = () => !browser.runtime?.id;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && orphaned()) return stop();
      pause.onKeyDown(event);
    };
    const guard =
      <E extends Event>(handle: (event: E) => void) =>
      (event: E) =>
        orphaned() ? stop() : handle(event);
    const listeners: [string, (event: never) => void][] = [
      ['keydown', onKeyDown],
      ['keyup', pause.onKeyUp],
      ['pointerdown', guard(pause.onPointerDown)],
      ['mousedown', guard(pause.onPointerDown)],
      ['pointerup', pause.onPointerUp],
      ['mouseup', pause.onPointerUp],
      ['click', guard(pause.onClick)],
    ];
    for (const [type, listener] of listeners)
      addEventListener(type, listener as EventListener, true);
    const stop = () => {
      pause.stop();
      for (const [type, listener] of listeners) {
        removeEventListener(type, listener as EventListener, true);
      }
      try {
        browser.storage.onChanged.removeListener(onStorage);
      } catch {
        // An orphaned copy may no longer reach the API; its listener died with it.
      }
    };
    const apply = (values: Record<string, unknown>) => {
      const enabled = values[ENABLED_SITES_KEY];
      if (Array.isArray(enabled) && !enabled.includes(site.id)) return stop();
      if (PAUSE_SETTINGS_KEY in values) {
        pause.setSettings(readStored(PAUSE_SETTINGS, values[PAUSE_SETTINGS_KEY]));
      }
      if (CALM_NOTES_KEY in values) pause.setNotes(calmNoteTexts(values[CALM_NOTES_KEY]));
    };
    // Settings edits reach this page through storage events: nothing is read per keystroke.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const values: Record<string, unknown> = {};
      for (const key of [PAUSE_SETTINGS_KEY, ENABLED_SITES_KEY, CALM_NOTES_KEY]) {
        if (changes[key]) values[key] = changes[key].newValue;
      }
      apply(values);
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.storage.local
      .get([PAUSE_SETTINGS_KEY, ENABLED_SITES_KEY, CALM_NOTES_KEY])
      .then(apply)
      .catch(() => report('settings'));
    askForModel(pause.setModel, report);
    sendMessage('pause.hello', {})
      .then(({ cooldowns }) => pause.setCooldowns(cooldowns))
      .catch(() => report('message'));
  },
});

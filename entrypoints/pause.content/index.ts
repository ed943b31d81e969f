import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/client';
import type { PauseErrorKind } from '@/lib/pause/messages';
import { PAUSE_REFRESH } from '@/lib/pause/constants';
import { MAX_MATCHED_SENT } from '@/lib/pause/limits';
import { PAUSE_SETTINGS } from '@/lib/pause/settingsStore';
import { readStored } from '@/lib/storage/item';
import { siteForUrl } from '@/lib/pause/sites';
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
        return (await sendMessage('pause.save', { text, matched, need, conversation })).pauseId;
      },
      async wait(text, matched, need, conversation, morning) {
        // remindAt is 0 when the draft was kept without a reminder (the browser would not set
        // it, or enough reminders are waiting already).
        matched = matched.slice(0, MAX_MATCHED_SENT);
        const until = morning ? ('morning' as const) : undefined;
        const data = { text, matched, need, conversation, until };
        return sendMessage('pause.wait', data);
      },
      ride(pauseId) {
        void sendMessage('ride.open', { pauseId }).catch(() => report('message'));
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
      removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
      try {
        browser.runtime.onMessage.removeListener(onPush);
      } catch {
        // An orphaned copy may no longer reach the API; its listener died with it.
      }
    };
    // Settings, the site's state and the notes from calm you come from the background (this
    // script may not read Steady's storage): at start, when the tab comes back into view or
    // focus (after a visit to the options), and when the background says they changed.
    // Nothing is asked per keystroke.
    const refresh = () => {
      if (document.visibilityState === 'hidden') return;
      sendMessage('pause.hello', {})
        .then((hello) => {
          if (!hello.on) return stop();
          pause.setSettings(readStored(PAUSE_SETTINGS, hello.settings));
          pause.setNotes(hello.notes);
          pause.setUrgeLine(hello.urgeLine);
          pause.setCooldowns(hello.cooldowns);
        })
        .catch(() => (orphaned() ? stop() : report('message')));
    };
    const onPush = (message: unknown) => {
      if (message === PAUSE_REFRESH) refresh();
    };
    browser.runtime.onMessage.addListener(onPush);
    addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    refresh();
    askForModel(pause.setModel, report);
  },
});

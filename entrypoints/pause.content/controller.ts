import type { Need } from '@/lib/journal/schema';
import { isCoolingDown, startCooldown, type Cooldowns } from '@/lib/pause/cooldown';
import { detect, type Verdict } from '@/lib/pause/detect';
import { quickSendsBefore, recordSend } from '@/lib/pause/doubleText';
import {
  composerNear,
  composerOf,
  isSendKey,
  readDraft,
  sendButtonOf,
} from '@/lib/pause/intercept';
import { pauseFailureText } from '@/lib/pause/failure';
import type { PauseErrorKind } from '@/lib/pause/messages';
import { effectivePhrases } from '@/lib/pause/phraseList';
import { DEFAULT_PAUSE_SETTINGS, type PauseSettings } from '@/lib/pause/settings';
import { conversationOf, type Site } from '@/lib/pause/sites';
import type { Overlay, OverlayOptions } from './overlay';

/** What the controller needs from the outside world; the content script's index wires it. */
export interface PauseDeps {
  site: Site;
  openOverlay(options: OverlayOptions): Overlay;
  save(
    text: string,
    matched: string[],
    need: Need | undefined,
    conversation: string,
  ): Promise<void>;
  /** Resolves true when the reminder is set, false when the draft is kept without one. */
  wait(
    text: string,
    matched: string[],
    need: Need | undefined,
    conversation: string,
  ): Promise<boolean>;
  sendAnyway(conversation: string): void;
  report(kind: PauseErrorKind): void;
  now(): number;
}

/**
 * Catches the send on one site. Everything runs inside try/catch and preventDefault comes last,
 * after the overlay is on screen: if any step throws, the site's own send goes through as if
 * Steady were not there (it fails open), and only the kind of failure is reported.
 */
export function createPauseController(deps: PauseDeps) {
  const { site } = deps;
  let settings: PauseSettings = DEFAULT_PAUSE_SETTINGS;
  let phrases = effectivePhrases(settings.phrases);
  let cooldowns: Cooldowns = {};
  const sends = new Map<string, number[]>();
  let overlay: Overlay | undefined;
  let active = true;

  function verdictFor(text: string, key: string, now: number): Verdict {
    const verdict = detect(text, {
      phrases,
      sensitivity: settings.sensitivity,
      quickSends: quickSendsBefore(sends.get(key) ?? [], now),
    });
    if (settings.modes[site.id] === 'always') return { ...verdict, pause: true };
    return verdict;
  }

  /** Decides about one send; returns true when the pause is now on screen (so: hold the send). */
  function maybePause(composer: HTMLElement): boolean {
    const text = readDraft(composer);
    if (!text.trim()) return false; // nothing to send: the site does what it does
    const now = deps.now();
    // Read now, at the send, and never kept: the chat's name only ever becomes a hash here.
    const conversation = conversationOf(site, location, document);
    const key = conversation.key;
    const verdict = isCoolingDown(cooldowns, key, now)
      ? { pause: false, matched: [], theme: 'general' as const }
      : verdictFor(text, key, now);
    if (!verdict.pause) {
      sends.set(key, recordSend(sends.get(key) ?? [], now));
      return false;
    }
    const backToComposer = () => {
      overlay = undefined;
      // The page may have replaced its composer meanwhile; focus whichever is there now.
      const target = composer.isConnected
        ? composer
        : document.querySelector<HTMLElement>(site.composer);
      target?.focus();
    };
    overlay = deps.openOverlay({
      matched: verdict.matched,
      always: settings.modes[site.id] === 'always',
      seconds: settings.seconds,
      cooldownMinutes: settings.cooldownMinutes,
      wholeSite: !conversation.specific,
      failureText: (error) => pauseFailureText(error, text),
      onSave: (need) => deps.save(text, verdict.matched, need, key),
      onWait: (need) => deps.wait(text, verdict.matched, need, key),
      onSendAnyway: () => {
        // Local first, so the very next Enter passes without waiting on the background.
        cooldowns = startCooldown(cooldowns, key, deps.now(), settings.cooldownMinutes);
        deps.sendAnyway(key);
        backToComposer();
      },
      onBack: backToComposer,
    });
    return true;
  }

  function hold(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function onKeyDown(event: KeyboardEvent): void {
    // The cost for every other key: one comparison.
    if (event.key !== 'Enter' || !active) return;
    try {
      if (!isSendKey(event, site)) return;
      const composer = composerOf(event.target, site);
      if (!composer) return;
      if (overlay) return hold(event); // already pausing: this Enter is not a second send
      if (maybePause(composer)) hold(event);
    } catch {
      deps.report('keydown');
    }
  }

  function onClick(event: MouseEvent): void {
    if (!active || !site.sendButton) return;
    try {
      const button = sendButtonOf(event.target, site);
      if (!button) return;
      const composer = composerNear(button, site);
      if (!composer) return;
      if (overlay) return hold(event);
      if (maybePause(composer)) hold(event);
    } catch {
      deps.report('click');
    }
  }

  return {
    onKeyDown,
    onClick,
    setSettings(next: PauseSettings) {
      settings = next;
      phrases = effectivePhrases(next.phrases);
    },
    setCooldowns(next: Cooldowns) {
      cooldowns = { ...next, ...cooldowns };
    },
    /** The site was turned off: stand down for good. */
    stop() {
      active = false;
      overlay?.close();
      overlay = undefined;
    },
  };
}

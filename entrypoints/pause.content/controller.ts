import type { Need } from '@/lib/journal/entry/types';
import { isCoolingDown, startCooldown, type Cooldowns } from '@/lib/pause/cooldown';
import { detect, type Verdict } from '@/lib/pause/detect';
import { quickSendsBefore, recordSend } from '@/lib/pause/doubleText';
import {
  composerNear,
  composerOf,
  isSendKey,
  keepCaret,
  readDraft,
  sendButtonOf,
} from '@/lib/pause/intercept';
import { pauseFailureText } from '@/lib/pause/failure';
import type { PauseErrorKind } from '@/lib/pause/messages';
import type { PauseModel } from '@/lib/pause/modelTypes';
import { effectivePhrases } from '@/lib/pause/phraseList';
import { DEFAULT_PAUSE_SETTINGS, type PauseSettings } from '@/lib/pause/settings';
import { conversationOf, type Site } from '@/lib/pause/sites';
import { isLateNight, lateNightSeconds } from '@/lib/urges/lateNight';
import { leadFor } from './offers';
import type { Overlay, OverlayOptions } from './overlay';

/** What the controller needs from the outside world; the content script's index wires it. */
export interface PauseDeps {
  site: Site;
  openOverlay(options: OverlayOptions): Overlay;
  /** Resolves with the id of the pause that kept the draft. */
  save(
    text: string,
    matched: string[],
    need: Need | undefined,
    conversation: string,
  ): Promise<string>;
  /**
   * Resolves with the reminder's time (0 when the draft is kept without one) and the pause's id.
   * `morning`: "Wait until morning" (the background works out when).
   */
  wait(
    text: string,
    matched: string[],
    need: Need | undefined,
    conversation: string,
    morning?: boolean,
  ): Promise<{ remindAt: number; pauseId: string }>;
  /** Opens "Ride it out" for the pause that kept a draft. */
  ride(pauseId: string): void;
  sendAnyway(conversation: string): void;
  report(kind: PauseErrorKind): void;
  now(): number;
}

/**
 * One press of a send control, from its first event to its click: pointerdown, mousedown,
 * pointerup, mouseup and click for a mouse or touch; keydown, keyup (and click) for Enter or
 * Space on a focused button. Whether it is held is decided once, at its first event, and every
 * later event of the same press follows: a site that sends on mouseup (Gmail's Closure buttons)
 * must not get the mouseup of a press whose pointerdown was held, and after "Send anyway" the
 * whole next press passes, decided (and counted as a send) once.
 */
interface Press {
  hold: boolean;
  /** The key of a keyboard press; its keyup ends it. */
  key?: string;
  /** A pointer press has had its mousedown (a second one starts a new press). */
  mouse?: boolean;
}

/**
 * Catches the send on one site. Only the person's own input counts: events a page makes up
 * (isTrusted false) are left entirely alone, neither held nor paused on. Everything runs inside
 * try/catch and preventDefault comes last, after the overlay is on screen: if any step throws,
 * the site's own send goes through as if Steady were not there (it fails open), and only the kind
 * of failure is reported. Nothing is held unless the pause is in the document and on screen; if
 * the page took it away, Steady forgets it and lets the next send through.
 */
export function createPauseController(deps: PauseDeps) {
  const { site } = deps;
  let settings: PauseSettings = DEFAULT_PAUSE_SETTINGS;
  let phrases = effectivePhrases(settings.phrases);
  let cooldowns: Cooldowns = {};
  let notes: string[] = [];
  /** The person's own line about their urges, from the background, when there is one. */
  let urgeLine: string | undefined;
  /** The model, once the background has handed it over (./pauseModel.ts); until then, none. */
  let model: PauseModel | undefined;
  const sends = new Map<string, number[]>();
  let overlay: Overlay | undefined;
  /** Puts focus back in the message box of the pause that is open. */
  let backToMessage: (() => void) | undefined;
  let press: Press | undefined;
  /** The page removed or hid the pause: the next send goes through, whatever it says. */
  let passNext = false;
  /** Which pause this is, for turning what it offers first (offers.ts). */
  let turn = Math.floor(Math.random() * 3);
  let active = true;

  function verdictFor(text: string, key: string, now: number): Verdict {
    const verdict = detect(text, {
      phrases,
      sensitivity: settings.sensitivity,
      quickSends: quickSendsBefore(sends.get(key) ?? [], now),
      model,
    });
    if (settings.modes[site.id] === 'always') return { ...verdict, pause: true };
    return verdict;
  }

  /** The page took the pause away: forget it (and its listeners), hold nothing more for it. */
  function lose(): void {
    overlay?.close();
    overlay = undefined;
    // Focus was in the dialog and went with it: back to the words, so the next Enter sends.
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused === document.documentElement) {
      backToMessage?.();
    }
    passNext = true;
    if (press) press.hold = false;
    deps.report('overlay');
  }

  /** Whether the pause is open and on screen; if it has gone, it is forgotten here. */
  function live(): boolean {
    if (!overlay) return false;
    if (overlay.shown()) return true;
    lose();
    return false;
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
    // The page may have replaced its composer meanwhile; focus whichever is there now.
    const backToComposer = () => {
      overlay = undefined;
      backToMessage?.();
    };
    // Read before the pause takes focus: where the words end, for the way back.
    const caret = keepCaret(composer);
    backToMessage = () => {
      if (!composer.isConnected) {
        document.querySelector<HTMLElement>(site.composer)?.focus();
        return;
      }
      composer.focus();
      caret();
    };
    const lead = leadFor(turn++, notes.length > 0);
    // Checked now, at the send, by this device's clock: the page may have been open since noon.
    const night = isLateNight(settings.lateNight, new Date(now));
    let kept: string | undefined;
    const opened = deps.openOverlay({
      urgeLine,
      matched: verdict.matched,
      theme: verdict.theme,
      lead,
      note: lead === 'note' ? notes[Math.floor(Math.random() * notes.length)] : undefined,
      always: settings.modes[site.id] === 'always',
      seconds: night ? lateNightSeconds(settings.seconds) : settings.seconds,
      night,
      cooldownMinutes: settings.cooldownMinutes,
      wholeSite: !conversation.specific,
      failureText: (error) => pauseFailureText(error, text),
      onSave: async (need) => {
        kept = await deps.save(text, verdict.matched, need, key);
      },
      onWait: async (need, morning) => {
        const { remindAt, pauseId } = await deps.wait(text, verdict.matched, need, key, morning);
        kept = pauseId;
        return remindAt;
      },
      onRide: () => {
        if (kept) deps.ride(kept);
      },
      onSendAnyway: () => {
        // Local first, so the very next Enter passes without waiting on the background.
        cooldowns = startCooldown(cooldowns, key, deps.now(), settings.cooldownMinutes);
        deps.sendAnyway(key);
        backToComposer();
      },
      onBack: backToComposer,
      onLost: () => {
        if (overlay === opened) lose();
      },
    });
    overlay = opened;
    // Held only if the person can see why: a pause the page hid at once holds nothing.
    return live();
  }

  /** A send of this composer: hold it when the pause is (now) on screen. */
  function decide(composer: HTMLElement | null): boolean {
    if (!composer) return false;
    if (live()) return true; // already pausing: this is not a second send
    if (passNext) {
      passNext = false;
      return false;
    }
    return maybePause(composer);
  }

  function hold(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /** Starts a press on the site's send control, if that is what the event is on. */
  function startPress(event: Event, key?: string): void {
    press = undefined;
    const button = sendButtonOf(event.target, site);
    if (!button) return;
    press = { hold: decide(composerNear(button, site)), key, mouse: event.type === 'mousedown' };
    if (press.hold) hold(event);
  }

  /** A later event of the open press, if there is one: it does what the press does. */
  function follow(event: Event, end: boolean): boolean {
    const open = press;
    if (!open || !event.isTrusted) return false;
    if (end) press = undefined;
    if (open.hold) live(); // a pause the page took away holds nothing more
    if (open.hold) hold(event);
    return true;
  }

  function isEditable(target: EventTarget | null): boolean {
    const el = target as HTMLElement | null;
    return (
      !!el && (el.isContentEditable || el.localName === 'textarea' || el.localName === 'input')
    );
  }

  function onKeyDown(event: KeyboardEvent): void {
    // The cost for every other key: two comparisons.
    const key = event.key;
    if (key !== 'Enter' && key !== ' ') return;
    if (!active || !event.isTrusted) return;
    try {
      if (key === 'Enter' && isSendKey(event, site)) {
        const composer = composerOf(event.target, site);
        if (composer) {
          if (decide(composer)) hold(event);
          return;
        }
      }
      // Enter or Space on a focused send button: the keyboard's press of it.
      if (site.sendButton && !isEditable(event.target)) startPress(event, key);
    } catch {
      deps.report('keydown');
    }
  }

  function onKeyUp(event: KeyboardEvent): void {
    if (!press?.key) return; // the cost for every key outside a keyboard press: one comparison
    if (event.key !== press.key) return;
    const open = press;
    follow(event, false);
    // A Space press's click comes right after its keyup, in the same task: then it is over.
    setTimeout(() => {
      if (press === open) press = undefined;
    });
  }

  /** pointerdown, and mousedown when it is not the one of a pointer press already open. */
  function onPointerDown(event: MouseEvent): void {
    if (!active || !site.sendButton || !event.isTrusted) return;
    try {
      if (event.type === 'mousedown' && press && !press.key && !press.mouse) {
        press.mouse = true;
        follow(event, false);
        return;
      }
      startPress(event);
    } catch {
      deps.report('click');
    }
  }

  /** pointerup and mouseup: part of the open press, if any. */
  function onPointerUp(event: MouseEvent): void {
    if (press) follow(event, false);
  }

  function onClick(event: MouseEvent): void {
    if (!active || !site.sendButton || !event.isTrusted) return;
    try {
      if (follow(event, true)) return;
      // A click with no press before it (a screen reader's, say): decided on its own.
      const button = sendButtonOf(event.target, site);
      if (button && decide(composerNear(button, site))) hold(event);
    } catch {
      deps.report('click');
    }
  }

  return {
    onKeyDown,
    onKeyUp,
    onPointerDown,
    onPointerUp,
    onClick,
    setSettings(next: PauseSettings) {
      settings = next;
      phrases = effectivePhrases(next.phrases);
    },
    setCooldowns(next: Cooldowns) {
      cooldowns = { ...next, ...cooldowns };
    },
    /** The model that weighs drafts, from the background at start-up. */
    setModel(next: PauseModel) {
      model = next;
    },
    /** The person's notes from calm them, which the pause may offer first. */
    setNotes(next: string[]) {
      notes = next;
    },
    /** "Your last 5 urges eased within about 12 minutes", or nothing yet. */
    setUrgeLine(next: string | undefined) {
      urgeLine = next;
    },
    /** The site was turned off: stand down for good. */
    stop() {
      active = false;
      press = undefined;
      overlay?.close();
      overlay = undefined;
    },
  };
}

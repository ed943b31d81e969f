import { t, type MessageKey } from '@/lib/i18n';
import { NEEDS, type Need } from '@/lib/journal/entry/types';
import { MATCH_DOUBLE_TEXT, type PauseTheme } from '@/lib/pause/detect';
import { h } from '@/components/plain/dom';
import { holdFocus } from './focusTrap';
import { crisisLine, noteCard, reframeCard, type Lead } from './offers';
import { pacer } from '@/components/plain/pacer';
import { OVERLAY_CSS } from './styles';

export interface OverlayOptions {
  matched: string[];
  /** What the worry seems to be about: picks the reframe. */
  theme: PauseTheme;
  /** What the pause offers first (offers.ts turns it from one pause to the next). */
  lead: Lead;
  /** A note from calm you, for the 'note' lead. */
  note?: string;
  /** From the person's own rides, when there are enough: "Your last 5 urges eased within…". */
  urgeLine?: string;
  /** The user asked to pause before every message on this site. */
  always: boolean;
  seconds: number;
  /**
   * Inside the person's late-night window (lib/urges/lateNight.ts): soothing words, and "Wait
   * until morning" first. (The controller has lengthened `seconds` already.)
   */
  night?: boolean;
  /** How long "Send anyway" then leaves this conversation (or, see wholeSite, the site) alone. */
  cooldownMinutes: number;
  /** The page gives no way to tell its conversations apart: the cooldown covers the whole site. */
  wholeSite: boolean;
  onSave(need: Need | undefined): Promise<void>;
  /**
   * Resolves truthy when the reminder is set (for `morning`, its time in ms), falsy when the
   * draft is kept without one.
   */
  onWait(need: Need | undefined, morning?: boolean): Promise<unknown>;
  /** The need is not passed on: Send anyway records no more than that it happened. */
  onSendAnyway(): void;
  /** Escape or "Back": the overlay closed without any choice. */
  onBack(): void;
  /** "Ride it out", offered once Save or Wait kept the draft: the overlay closes first. */
  onRide(): void;
  /** The page took the dialog away (or hid it): it is gone, and holds nothing any more. */
  onLost(): void;
  /** The kind sentence for why Save or Wait did not keep the draft. */
  failureText(error: unknown): string;
}

export interface Overlay {
  close(): void;
  /** Whether the dialog is still in the document, on screen and on top, where the person sees it. */
  shown(): boolean;
}

/** Events stopped at the shadow root on their way out: the page's own handlers never see them. */
const CONTAINED = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'input'];

function matchedList(matched: string[]): HTMLElement {
  const list = h('ul');
  for (const item of matched) {
    list.append(h('li', {}, item === MATCH_DOUBLE_TEXT ? t('pauseMatchDouble') : `“${item}”`));
  }
  return list;
}

function needPicker(): [HTMLFieldSetElement, () => Need | undefined] {
  const fieldset = h('fieldset', {}, h('legend', {}, t('pauseNeedQuestion')));
  for (const need of NEEDS) {
    const input = h('input', { type: 'radio', name: 'need', value: need });
    fieldset.append(h('label', {}, input, t(`need_${need}` as MessageKey)));
  }
  // Said plainly, so no one thinks "Send anyway" keeps it: only Save and Wait store the need.
  fieldset.append(h('p', { class: 'hint note' }, t('pauseNeedKept')));
  const chosen = () =>
    (fieldset.querySelector<HTMLInputElement>('input:checked')?.value as Need | undefined) ??
    undefined;
  return [fieldset, chosen];
}

/** A button that answers only the person's own presses (a page-made click does nothing). */
function onPress(button: HTMLElement, run: () => void): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) run();
  });
}

/** "How this works": the mechanics, out of the way until asked for. */
function howItWorks(lines: string[]): HTMLElement[] {
  const panel = h('div', { id: 'how', class: 'how', hidden: '' });
  for (const line of lines) panel.append(h('p', { class: 'hint' }, line));
  const toggle = h(
    'button',
    { type: 'button', class: 'quiet small', 'aria-expanded': 'false', 'aria-controls': 'how' },
    t('pauseHowItWorks'),
  );
  onPress(toggle, () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });
  return [toggle, panel];
}

/**
 * Shows the pause on top of the page and moves focus into it. The host is a plain <div> with no
 * attributes and a closed shadow root: nothing in the page's DOM names Steady, and the page can
 * read nothing of what is inside (the matched words, the person's notes) nor press its buttons.
 */
export function openOverlay(options: OverlayOptions): Overlay {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const dialog = h('div', {
    class: 'dialog',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'title',
    tabindex: '-1',
  });
  let closed = false;
  const shown = () => {
    if (closed || !host.isConnected) return false;
    if (host.checkVisibility && !host.checkVisibility({ opacityProperty: true })) return false;
    const box = host.getBoundingClientRect();
    if (!(box.width > 0 && box.height > 0)) return false;
    // On top, too: not covered by something of the page's (a modal in the top layer, say).
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !top || top === host;
  };
  const [breath, stopPacer] = pacer(options.seconds, () => {
    if (host.isConnected) return true;
    lost();
    return false;
  });
  const [needs, chosenNeed] = needPicker();
  const status = h('p', { class: 'status', role: 'status' });
  const night = !!options.night;
  // At night, "Wait until morning" comes first and is the primary choice; nothing else goes.
  const morning = h('button', { type: 'button', class: 'primary' }, t('pauseWaitMorning'));
  const save = h('button', { type: 'button', class: night ? '' : 'primary' }, t('pauseSave'));
  const wait = h('button', { type: 'button' }, t('pauseWait'));
  // Said where it is seen: Send anyway only gets out of the way; the person sends, not Steady.
  const sendHint = h('p', { class: 'hint', id: 'send-hint' }, t('pauseSendAnywayHint'));
  const send = h(
    'button',
    { type: 'button', 'aria-describedby': 'send-hint' },
    t('pauseSendAnyway'),
  );
  // Visible from the start: a way back to the message for a mouse or touch, not only Escape.
  const back = h('button', { type: 'button', class: 'quiet' }, t('pauseBackToMessage'));
  // Offered once the words are safe: the urge may still be there, and riding it out is the
  // next kind thing to offer. It opens on its own (entrypoints/ride), after this closes.
  const ride = h('button', { type: 'button', class: 'primary', hidden: '' }, t('pauseRide'));
  const actions = h('div', { class: 'actions' }, save, wait, send, ride, back);
  if (night) actions.prepend(morning);
  const minutes = String(options.cooldownMinutes);
  const backdrop = h('div', { class: 'backdrop' }, dialog);

  const intro = options.always ? t('pauseAlwaysIntro') : t('pauseMatchedIntro');
  dialog.append(h('h2', { id: 'title' }, t('pauseTitle')), h('p', {}, intro));
  if (options.matched.length) dialog.append(matchedList(options.matched));
  // After what was noticed, before anything offered: a warm word for the hour, never a warning.
  if (night) dialog.append(h('p', { class: 'offer' }, t('pauseNightWords')));
  if (options.urgeLine) dialog.append(h('p', { class: 'hint' }, options.urgeLine));
  if (options.lead === 'reframe') dialog.append(reframeCard(options.theme));
  if (options.lead === 'note' && options.note) dialog.append(noteCard(options.note));
  dialog.append(breath, needs, actions, sendHint, status, crisisLine());
  dialog.append(
    ...howItWorks([
      options.wholeSite ? t('pauseCooldownSite', minutes) : t('pauseCooldownConversation', minutes),
      t('pauseEscapeHint'),
      t('pauseHowPrivate'),
    ]),
  );

  let release = () => {};
  const close = () => {
    if (closed) return;
    closed = true;
    stopPacer();
    release();
    host.remove();
  };
  function lost() {
    if (closed) return;
    close();
    options.onLost();
  }
  const goBack = () => {
    close();
    options.onBack();
  };
  const finish = (message: string) => {
    status.textContent = message;
    for (const el of [morning, save, wait, send, sendHint, needs]) el.hidden = true;
    ride.hidden = false;
    back.textContent = t('pauseBack');
    back.focus();
  };
  // While Save or Wait is on its way, the buttons say so (aria-disabled) and ignore clicks, but
  // stay focusable: `disabled` would drop the focus to the page.
  let busy = false;
  const setBusy = (on: boolean) => {
    busy = on;
    for (const button of [morning, save, wait, send]) {
      if (on) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    }
  };
  const keep = (run: (need: Need | undefined) => Promise<string>) => async () => {
    if (busy || closed) return;
    setBusy(true);
    status.textContent = ''; // so that the same failure twice is announced twice
    try {
      const done = await run(chosenNeed());
      setBusy(false);
      finish(done);
    } catch (error) {
      setBusy(false);
      status.textContent = options.failureText(error);
    }
  };
  onPress(
    save,
    keep(async (need) => {
      await options.onSave(need);
      return t('pauseSaved');
    }),
  );
  onPress(
    wait,
    keep(async (need) =>
      (await options.onWait(need)) ? t('pauseWaiting') : t('pauseWaitingNoReminder'),
    ),
  );
  onPress(
    morning,
    keep(async (need) => {
      const at = Number(await options.onWait(need, true));
      // The browser's own language and clock ("7:00 AM", "7:00"): the words' language, too.
      const time = new Date(at).toLocaleTimeString([], { timeStyle: 'short' });
      return at ? t('pauseMorningSet', time) : t('pauseMorningNoReminder');
    }),
  );
  onPress(send, () => {
    if (busy) return;
    close();
    options.onSendAnyway();
  });
  onPress(back, goBack);
  onPress(ride, () => {
    goBack();
    options.onRide();
  });
  for (const type of CONTAINED) root.addEventListener(type, (event) => event.stopPropagation());

  root.append(h('style', {}, OVERLAY_CSS), backdrop);
  // On <html>, not <body>: pages that replace their body (or hide it) do not take the pause along.
  document.documentElement.append(host);
  release = holdFocus(host, root, dialog, backdrop, goBack, shown, lost);
  dialog.focus();
  return { close, shown };
}

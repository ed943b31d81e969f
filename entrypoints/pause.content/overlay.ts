import { t, type MessageKey } from '@/lib/i18n';
import { NEEDS, type Need } from '@/lib/journal/schema';
import { MATCH_DOUBLE_TEXT } from '@/lib/pause/detect';
import { h } from './dom';
import { OVERLAY_CSS } from './styles';

export interface OverlayOptions {
  matched: string[];
  /** The user asked to pause before every message on this site. */
  always: boolean;
  seconds: number;
  /** How long "Send anyway" then leaves this conversation (or, see wholeSite, the site) alone. */
  cooldownMinutes: number;
  /** The page gives no way to tell its conversations apart: the cooldown covers the whole site. */
  wholeSite: boolean;
  onSave(need: Need | undefined): Promise<void>;
  /** Resolves true when the reminder is set, false when the draft is kept without one. */
  onWait(need: Need | undefined): Promise<boolean>;
  /** The need is not passed on: Send anyway records no more than that it happened. */
  onSendAnyway(): void;
  /** Escape or "Back": the overlay closed without any choice. */
  onBack(): void;
  /** The kind sentence for why Save or Wait did not keep the draft. */
  failureText(error: unknown): string;
}

export interface Overlay {
  close(): void;
}

/** Breathe in 4 s, out 6 s: a longer out-breath calms (techniques.md, TIPP paced breathing). */
const IN_SECONDS = 4;
const CYCLE_SECONDS = 10;

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
    const input = h('input', { type: 'radio', name: 'steady-need', value: need });
    fieldset.append(h('label', {}, input, t(`need_${need}` as MessageKey)));
  }
  // Said plainly, so no one thinks "Send anyway" keeps it: only Save and Wait store the need.
  fieldset.append(h('p', { class: 'hint note' }, t('pauseNeedKept')));
  const chosen = () =>
    (fieldset.querySelector<HTMLInputElement>('input:checked')?.value as Need | undefined) ??
    undefined;
  return [fieldset, chosen];
}

/** A short paced-breathing guide that stops after `seconds`, and pauses while the tab is hidden. */
function pacer(seconds: number): [HTMLElement, () => void] {
  const cue = h('p', { 'aria-live': 'polite' }, t('pauseBreatheIn'));
  const box = h('div', { class: 'pacer', role: 'group', 'aria-label': t('pauseBreathingLabel') });
  box.append(h('div', { class: 'circle', 'aria-hidden': 'true' }), cue);
  let elapsed = 0;
  const timer = setInterval(() => {
    if (document.hidden) return;
    elapsed++;
    if (elapsed >= seconds) {
      clearInterval(timer);
      box.classList.add('done');
      cue.textContent = t('pauseBreatheDone');
      return;
    }
    const next = elapsed % CYCLE_SECONDS < IN_SECONDS ? t('pauseBreatheIn') : t('pauseBreatheOut');
    if (cue.textContent !== next) cue.textContent = next;
  }, 1000);
  return [box, () => clearInterval(timer)];
}

/** The Tab stops in order: one per radio group (its checked radio, else its first), as browsers do. */
function tabStops(root: ShadowRoot): HTMLElement[] {
  const stops: HTMLElement[] = [];
  const groups = new Set<string>();
  for (const el of root.querySelectorAll<HTMLElement>('button,input')) {
    if (el.closest('[hidden]')) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (groups.has(el.name)) continue;
      groups.add(el.name);
      stops.push(root.querySelector<HTMLElement>(`input[name="${el.name}"]:checked`) ?? el);
    } else stops.push(el);
  }
  return stops;
}

/** The stop an element belongs to (any radio of a group stands for the group's stop). */
function stopIndex(stops: HTMLElement[], el: Element | null): number {
  return stops.findIndex(
    (stop) =>
      stop === el ||
      (stop instanceof HTMLInputElement &&
        el instanceof HTMLInputElement &&
        stop.type === 'radio' &&
        el.type === 'radio' &&
        stop.name === el.name),
  );
}

/**
 * While the pause is open, the page cannot have focus or keys: Tab and Shift+Tab move only
 * between the dialog's own stops, focus that leaves by any other way (a page script, a click on
 * the dimmed backdrop) comes back, and Escape goes back to the message from wherever focus is.
 * Keys and focus are heard on the document in the capture phase, before any handler of the page
 * below it. Returns the function that removes it all.
 */
function holdFocus(
  host: HTMLElement,
  root: ShadowRoot,
  dialog: HTMLElement,
  backdrop: HTMLElement,
  onEscape: () => void,
): () => void {
  let last: HTMLElement = dialog;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const stops = tabStops(root);
    if (!stops.length) return;
    event.preventDefault();
    const at = stopIndex(stops, root.activeElement);
    const step = event.shiftKey ? -1 : 1;
    const next = at < 0 ? (event.shiftKey ? stops.length - 1 : 0) : at + step;
    stops[(next + stops.length) % stops.length]!.focus();
  };
  // Where focus was in the dialog, to put it back there. Moves inside the shadow root never
  // reach the document (the target and relatedTarget are both the host there), so listen here.
  root.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement) last = event.target;
  });
  let pulling = false;
  const onFocusIn = (event: FocusEvent) => {
    if (event.target === host) return;
    if (pulling) return;
    pulling = true;
    (last.isConnected && !last.closest('[hidden]') ? last : dialog).focus();
    pulling = false;
  };
  // A click on the dim area would leave focus on the page's <body>: keep it in the dialog.
  const onMouseDown = (event: Event) => {
    if (event.target !== backdrop) return;
    event.preventDefault();
    dialog.focus();
  };
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('focusin', onFocusIn, true);
  backdrop.addEventListener('mousedown', onMouseDown); // touch taps send one too
  return () => {
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('focusin', onFocusIn, true);
  };
}

/** Shows the pause in a shadow root on top of the page, moves focus into it and returns a handle. */
export function openOverlay(options: OverlayOptions): Overlay {
  const host = document.createElement('steady-pause');
  const root = host.attachShadow({ mode: 'open' });
  const title = h('h2', { id: 'steady-pause-title' }, t('pauseTitle'));
  const dialog = h('div', {
    class: 'dialog',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'steady-pause-title',
    tabindex: '-1',
  });
  const [breath, stopPacer] = pacer(options.seconds);
  const [needs, chosenNeed] = needPicker();
  const status = h('p', { class: 'status', role: 'status' });
  const save = h('button', { type: 'button', class: 'primary' }, t('pauseSave'));
  const wait = h('button', { type: 'button' }, t('pauseWait'));
  const send = h('button', { type: 'button' }, t('pauseSendAnyway'));
  // Visible from the start: a way back to the message for a mouse or touch, not only Escape.
  const back = h('button', { type: 'button', class: 'quiet' }, t('pauseBackToMessage'));
  const actions = h('div', { class: 'actions' }, save, wait, send, back);
  const minutes = String(options.cooldownMinutes);
  const afterSend = h(
    'p',
    { class: 'hint' },
    options.wholeSite ? t('pauseCooldownSite', minutes) : t('pauseCooldownConversation', minutes),
  );
  const backdrop = h('div', { class: 'backdrop' }, dialog);

  const intro = options.always ? t('pauseAlwaysIntro') : t('pauseMatchedIntro');
  dialog.append(title, h('p', {}, intro));
  if (options.matched.length) dialog.append(matchedList(options.matched));
  dialog.append(breath, needs, actions, afterSend, status);
  dialog.append(h('p', { class: 'hint' }, t('pauseEscapeHint')));

  let closed = false;
  let release = () => {};
  const close = () => {
    if (closed) return;
    closed = true;
    stopPacer();
    release();
    host.remove();
  };
  const goBack = () => {
    close();
    options.onBack();
  };
  const finish = (message: string) => {
    status.textContent = message;
    for (const el of [save, wait, send, needs, afterSend]) el.hidden = true;
    back.textContent = t('pauseBack');
    back.focus();
  };
  // While Save or Wait is on its way, the buttons say so (aria-disabled) and ignore clicks, but
  // stay focusable: `disabled` would drop the focus to the page.
  let busy = false;
  const setBusy = (on: boolean) => {
    busy = on;
    for (const button of [save, wait, send]) {
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
  save.addEventListener(
    'click',
    keep(async (need) => {
      await options.onSave(need);
      return t('pauseSaved');
    }),
  );
  wait.addEventListener(
    'click',
    keep(async (need) =>
      (await options.onWait(need)) ? t('pauseWaiting') : t('pauseWaitingNoReminder'),
    ),
  );
  send.addEventListener('click', () => {
    if (busy) return;
    close();
    options.onSendAnyway();
  });
  back.addEventListener('click', goBack);

  root.append(h('style', {}, OVERLAY_CSS), backdrop);
  (document.body ?? document.documentElement).append(host);
  release = holdFocus(host, root, dialog, backdrop, goBack);
  dialog.focus();
  return { close };
}

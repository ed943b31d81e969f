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
  onSave(need: Need | undefined): Promise<void>;
  onWait(need: Need | undefined): Promise<void>;
  onSendAnyway(need: Need | undefined): void;
  /** Escape or "Back": the overlay closed without any choice. */
  onBack(): void;
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

function focusables(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button,input')].filter((el) => !el.hidden);
}

/** Keeps Tab inside the dialog, and makes Escape go back to the message. */
function trapFocus(root: ShadowRoot, dialog: HTMLElement, onEscape: () => void): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const all = focusables(root);
    const first = all[0];
    const last = all[all.length - 1];
    const active = root.activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });
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
  const back = h('button', { type: 'button', hidden: '' }, t('pauseBack'));
  const actions = h('div', { class: 'actions' }, save, wait, send, back);

  const intro = options.always ? t('pauseAlwaysIntro') : t('pauseMatchedIntro');
  dialog.append(title, h('p', {}, intro));
  if (options.matched.length) dialog.append(matchedList(options.matched));
  dialog.append(breath, needs, actions, status, h('p', { class: 'hint' }, t('pauseEscapeHint')));

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    stopPacer();
    host.remove();
  };
  const goBack = () => {
    close();
    options.onBack();
  };
  const finish = (message: string) => {
    status.textContent = message;
    for (const button of [save, wait, send]) button.hidden = true;
    needs.hidden = true;
    back.hidden = false;
    back.focus();
  };
  const keep = (run: (need: Need | undefined) => Promise<void>, done: string) => async () => {
    for (const button of [save, wait, send]) button.disabled = true;
    try {
      await run(chosenNeed());
      finish(done);
    } catch {
      status.textContent = t('pauseSaveFailed');
      for (const button of [save, wait, send]) button.disabled = false;
    }
  };
  save.addEventListener('click', keep(options.onSave, t('pauseSaved')));
  wait.addEventListener('click', keep(options.onWait, t('pauseWaiting')));
  send.addEventListener('click', () => {
    const need = chosenNeed();
    close();
    options.onSendAnyway(need);
  });
  back.addEventListener('click', goBack);
  trapFocus(root, dialog, goBack);

  root.append(h('style', {}, OVERLAY_CSS), h('div', { class: 'backdrop' }, dialog));
  (document.body ?? document.documentElement).append(host);
  dialog.focus();
  return { close };
}

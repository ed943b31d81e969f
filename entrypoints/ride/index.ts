import { sendMessage } from '@/lib/messaging/client';
import { rideView } from '@/components/ride/rideView';
import { h } from '@/components/plain/dom';
import { holdFocus } from '../pause.content/focusTrap';
import { OVERLAY_CSS } from '../pause.content/styles';
import { RIDE_CSS } from './styles';

/**
 * "Ride it out" on a chat page, after the pause's "Save instead" or "Wait". Chat pages never
 * load this: the background injects it (scripting.executeScript, into the pause's own isolated
 * world, on a site the person turned on) only when the person presses the button, so the pause
 * content script stays small. Like the pause, it is a plain <div> with a closed shadow root:
 * the page can neither read the ride nor press its buttons (only the person's own presses and
 * keys count), and its events stop at the shadow root.
 *
 * It covers the page only while the person chooses: "Not now", "Stop here", "Close" and Escape
 * each take it away at once, and focus goes back where it was (the message box).
 */
const CONTAINED = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'input'];

export default defineUnlistedScript(() => {
  void open();
});

async function open(): Promise<void> {
  // What the background allowed this frame to ride (the pause it came from): nothing, nothing shown.
  const hello = await sendMessage('ride.hello', {}).catch(() => null);
  if (!hello) return;
  const before = document.activeElement as HTMLElement | null;
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const dialog = h('div', {
    class: 'dialog',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'ride-title',
    tabindex: '-1',
  });
  const backdrop = h('div', { class: 'backdrop' }, dialog);
  let closed = false;
  let release = () => {};
  const close = () => {
    if (closed) return;
    closed = true;
    view.leave();
    release();
    host.remove();
    before?.focus();
  };
  const view = rideView({
    now: Date.now,
    from: { source: 'pause', pauseId: hello.pauseId },
    breathSeconds: hello.breathSeconds,
    store: async (ride) => {
      await sendMessage('ride.save', { ride });
    },
    onClose: close,
  });
  dialog.append(view.element);
  for (const type of CONTAINED) root.addEventListener(type, (event) => event.stopPropagation());
  root.append(h('style', {}, OVERLAY_CSS + RIDE_CSS), backdrop);
  document.documentElement.append(host);
  const shown = () => !closed && host.isConnected;
  // The page took it away: the ride ends where it was (it is stored as far as it went).
  release = holdFocus(host, root, dialog, backdrop, close, shown, close);
  view.focusTarget().focus();
}

/** The Tab stops in order: one per radio group (its checked radio, else its first), as browsers do. */
function tabStops(root: ShadowRoot): HTMLElement[] {
  const stops: HTMLElement[] = [];
  const groups = new Set<string>();
  for (const el of root.querySelectorAll<HTMLElement>('button,input,a[href]')) {
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
 * below it. Only the person's own keys count (isTrusted): a page cannot close the pause with a
 * made-up Escape. `shown` is asked first: once the page has taken the dialog away, nothing here
 * holds anything (`lost` tells the overlay). Returns the function that removes it all.
 */
export function holdFocus(
  host: HTMLElement,
  root: ShadowRoot,
  dialog: HTMLElement,
  backdrop: HTMLElement,
  onEscape: () => void,
  shown: () => boolean,
  lost: () => void,
): () => void {
  let last: HTMLElement = dialog;
  const here = (event: Event) => {
    if (!event.isTrusted) return false;
    if (shown()) return true;
    lost();
    return false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.key !== 'Escape' && event.key !== 'Tab') || !here(event)) return;
    event.preventDefault();
    if (event.key === 'Escape') {
      event.stopImmediatePropagation();
      onEscape();
      return;
    }
    const stops = tabStops(root);
    if (!stops.length) return;
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
    if (event.target === host || pulling) return;
    if (!shown()) return lost();
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

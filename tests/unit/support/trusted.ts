/**
 * Events as the person's own input makes them. A browser sets isTrusted only on events it makes
 * from real input; happy-dom lets a test say so, which is how the pause's trust rules are tested.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function key(type: 'keydown' | 'keyup', init: KeyboardEventInit = {}): KeyboardEvent {
  return trusted(
    new KeyboardEvent(type, { key: 'Enter', bubbles: true, cancelable: true, ...init }),
  );
}

export function mouse(type: string): MouseEvent {
  return trusted(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
}

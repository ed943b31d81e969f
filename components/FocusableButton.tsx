import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { focusIsFree } from './focus';

interface Props {
  class?: string;
  /** Take the focus when mounted, if the focus has nowhere else to be (see focusIsFree). */
  takeFocus: boolean;
  onClick(): void;
  children: ComponentChildren;
}

/** A button that picks up the focus a vanished control left behind, and never steals it. */
export function FocusableButton({ class: className, takeFocus, onClick, children }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus && focusIsFree()) button.current?.focus();
  }, []);
  return (
    <button type="button" class={className} ref={button} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * True when nothing on the page has focus (it fell to <body> because the focused control was
 * removed): the moment a panel may take focus without pulling it from where the user is.
 */
export function focusIsFree(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

export type Step =
  | { kind: 'css'; css: string }
  | { kind: 'role'; role: string; name?: TextMatch; exact?: boolean; checked?: boolean }
  | { kind: 'text'; text: TextMatch; exact?: boolean }
  | { kind: 'hasText'; text: TextMatch }
  | { kind: 'nth'; index: number };
/** A string, or a RegExp sent as its parts. */
export type TextMatch = string | { source: string; flags: string };
export function locate(steps: Step[]): Element[];

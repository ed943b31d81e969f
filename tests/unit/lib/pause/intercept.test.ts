// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepCaret } from '@/lib/pause/intercept';

function composerWith(text: string): { composer: HTMLElement; words: Text } {
  document.body.innerHTML = `<div contenteditable="true"><p>${text}</p></div><input id="other">`;
  const composer = document.querySelector<HTMLElement>('[contenteditable]')!;
  return { composer, words: composer.querySelector('p')!.firstChild as Text };
}

function caretAt(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

function caret(): [Node, number] {
  const range = document.getSelection()!.getRangeAt(0);
  return [range.startContainer, range.startOffset];
}

describe('keepCaret: the way back from the pause puts the caret where the words ended', () => {
  it('puts it back after the browser moved it to the start', () => {
    const { composer, words } = composerWith('are you mad at me');
    caretAt(words, 17);
    const back = keepCaret(composer);
    caretAt(words, 0); // what some editors' focus leaves behind
    back();
    expect(caret()).toEqual([words, 17]);
  });

  // In a browser the kept range is live and moves onto the composer itself when its words go;
  // happy-dom's is not, so this checks the words' going (the range's move is checked by the
  // rule that its first node must be the one it started in, lib/pause/intercept.ts).
  it('leaves it alone when the editor re-rendered the words meanwhile', () => {
    const { composer, words } = composerWith('are you mad at me');
    caretAt(words, 17);
    const back = keepCaret(composer);
    composer.innerHTML = '<p>are you mad at me</p>';
    const fresh = composer.querySelector('p')!.firstChild!;
    caretAt(fresh, 3);
    back();
    expect(caret()).toEqual([fresh, 3]);
  });

  it('keeps nothing when the caret was not in the composer', () => {
    const { composer, words } = composerWith('hello');
    caretAt(document.body, 0);
    const back = keepCaret(composer);
    caretAt(words, 2);
    back();
    expect(caret()).toEqual([words, 2]);
  });
});

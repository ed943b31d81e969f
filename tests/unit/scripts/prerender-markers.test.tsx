// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { marker, withMarkedWords } from '../../../scripts/prerender/markers';
import { translate } from '../../../lib/prerender/translate';

// The elements are made inside the render, as components make theirs while the page renders:
// the marking hook sees an element when it is created.
const render = (make: () => preact.VNode) => withMarkedWords(() => renderToString(make()));

describe('the prerender marks the words it can find again', () => {
  it('writes English and the key of a message that is an element’s one text', () => {
    expect(render(() => <p class="lead">{marker('breatheIntro')}</p>)).toBe(
      '<p class="lead" data-i18n="breatheIntro">Slow breathing can help your body settle. Follow the circle.</p>',
    );
  });

  it('keeps substitutions, and marks attributes', () => {
    expect(
      render(() => <span aria-label={marker('tabsLabel')}>{marker('groundStep', '1')}</span>),
    ).toBe(
      '<span aria-label="Ways to steady yourself" data-i18n="groundStep|1" data-i18n-attr="aria-label:tabsLabel">Step 1 of 5</span>',
    );
  });

  it('fails the build on a message mixed with other text, which no script could find again', () => {
    expect(() =>
      render(() => (
        <p>
          {marker('draftHint')} {marker('saveShortcut')}
        </p>
      )),
    ).toThrow(/draftHint, saveShortcut/);
  });
});

describe('the first-paint script puts marked words in the browser’s language', () => {
  it('rewrites text and attributes from the catalogue, and leaves right words untouched', () => {
    const root = document.createElement('div');
    root.innerHTML = render(() => (
      <div>
        <p data-x="1">{marker('reminder')}</p>
        <button aria-label={marker('tabsLabel')}>{marker('groundStep', '2')}</button>
      </div>
    ));
    const reminder = root.querySelector('p')!.firstChild;
    root.querySelector('button')!.textContent = 'Paso 2';
    translate(root);
    // The English catalogue is the tests' browser language (tests/unit/setup.ts).
    expect(root.querySelector('p')!.firstChild).toBe(reminder);
    expect(root.querySelector('button')!.textContent).toBe('Step 2 of 5');
    expect(root.querySelector('button')!.getAttribute('aria-label')).toBe(
      'Ways to steady yourself',
    );
  });
});

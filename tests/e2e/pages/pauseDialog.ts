import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import type { AxeViolation } from '../support/axe';
import type { ClosedRootProbe, UiPage } from '../support/ui';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** What has focus: a radio as "radio:<need>", the dialog as "dialog", else the control's text. */
export type Focused = string | null;

type CdpWorld = { cdp: CDPSession; contextId: number };

/**
 * Chromium: looks in through Steady's own content script world (over CDP), where
 * chrome.dom.openOrClosedShadowRoot opens the closed root.
 */
export function cdpProbe(page: Page): ClosedRootProbe & { world(): Promise<CdpWorld> } {
  let session: Promise<{ cdp: CDPSession; contexts: Map<string, number> }> | undefined;
  const world = async (): Promise<CdpWorld> => {
    session ??= (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<string, number>();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string; frameId?: string; isDefault?: boolean };
        if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
          contexts.set(aux.frameId ?? '', context.id);
        }
      });
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    const { cdp, contexts } = await session;
    const { frameTree } = await cdp.send('Page.getFrameTree');
    for (let i = 0; i < 20 && !contexts.has(frameTree.frame.id); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const contextId = contexts.get(frameTree.frame.id);
    if (contextId === undefined) throw new Error('Steady’s content script is not on this page');
    return { cdp, contextId };
  };
  return {
    world,
    async call(source, arg) {
      const { cdp, contextId } = await world();
      // The control named `name`: a button or link by its text, a radio by its label's.
      const expression = `(() => {
        const dom = chrome.dom;
        const host = [...document.documentElement.children].find((el) => dom.openOrClosedShadowRoot(el));
        const root = host ? dom.openOrClosedShadowRoot(host) : null;
        const find = (name) => {
          const el = [...(root?.querySelectorAll('button,a,label') ?? [])].find((e) => e.textContent.trim() === name);
          return (el?.localName === 'label' ? el.querySelector('input') : el) ?? undefined;
        };
        return (${source})(root, ${JSON.stringify(arg ?? null)}, find);
      })()`;
      const result = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (result.exceptionDetails) {
        throw new Error(
          result.exceptionDetails.exception?.description ?? result.exceptionDetails.text,
        );
      }
      return result.result.value;
    },
  };
}

/**
 * Steady's pause, as the person sees and works it. Its shadow root is closed, so neither the
 * page nor Playwright's locators can reach inside; a probe looks in (Chromium: `cdpProbe`;
 * Firefox: WebDriver BiDi, whose serialisation hands over closed roots, support/firefox.ts),
 * and acts only with real input (page.mouse, page.keyboard): trusted events, like a person's.
 */
export class PauseDialog {
  readonly probe: ClosedRootProbe & { world?(): Promise<CdpWorld> };

  constructor(
    readonly page: UiPage,
    probe?: ClosedRootProbe,
  ) {
    this.probe = probe ?? cdpProbe(page as unknown as Page);
  }

  /** Runs `fn(root, arg)` in Steady's world, with the pause's shadow root (null when closed). */
  async inRoot<T, A = undefined>(
    fn: (root: ShadowRoot | null, arg: A, find: (name: string) => HTMLElement | undefined) => T,
    arg?: A,
  ): Promise<T> {
    return (await this.probe.call(fn.toString(), arg)) as T;
  }

  /** 1 while the pause is open, else 0 (also on a page where Steady's script does not run). */
  async count(): Promise<number> {
    try {
      return await this.inRoot((root) => (root?.querySelector('[role="dialog"]') ? 1 : 0));
    } catch (error) {
      if (/not on this page/.test(String(error))) return 0;
      throw error;
    }
  }

  async waitFor(options: { state?: 'attached' | 'detached'; timeout?: number } = {}) {
    const want = options.state === 'detached' ? 0 : 1;
    const until = Date.now() + (options.timeout ?? 10_000);
    while ((await this.count()) !== want) {
      if (Date.now() > until)
        throw new Error(`The pause did not become ${options.state ?? 'attached'}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Everything the dialog says, hidden parts included (like textContent). */
  async textContent(): Promise<string> {
    return this.inRoot((root) => root?.querySelector('[role="dialog"]')?.textContent ?? '');
  }

  /** Only what is on screen now (like innerText). */
  async visibleText(): Promise<string> {
    return this.inRoot(
      (root) => (root?.querySelector('[role="dialog"]') as HTMLElement | null)?.innerText ?? '',
    );
  }

  async status(): Promise<string> {
    return this.inRoot((root) => root?.querySelector('[role="status"]')?.textContent ?? '');
  }

  /** The dialog's accessible name, as its heading gives it. */
  async name(): Promise<string> {
    return this.inRoot((root) => {
      const dialog = root?.querySelector('[role="dialog"]');
      return root?.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
    });
  }

  private async centre(name: string): Promise<{ x: number; y: number }> {
    const box = await this.inRoot((_root, label, find) => {
      const el = find(label);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, name);
    if (!box) throw new Error(`No “${name}” in the pause`);
    return box;
  }

  /** A real click (trusted) on the named control. */
  async click(name: string): Promise<void> {
    const { x, y } = await this.centre(name);
    await this.page.mouse.click(x, y);
  }

  /** Where the named control is on screen (for a page trying to press it). */
  async where(name: string): Promise<{ x: number; y: number }> {
    return this.centre(name);
  }

  async focus(name: string): Promise<void> {
    await this.inRoot((_root, label, find) => find(label)?.focus(), name);
  }

  async attribute(name: string, attribute: string): Promise<string | null> {
    return this.inRoot((_root, arg, find) => find(arg.name)?.getAttribute(arg.attribute) ?? null, {
      name,
      attribute,
    });
  }

  /** What has focus inside the pause, or null when the page's focus is not in it. */
  async focused(): Promise<Focused> {
    return this.inRoot((root) => {
      if (!root || document.activeElement !== root.host) return null;
      const el = root.activeElement;
      if (el instanceof HTMLInputElement) return `${el.type}:${el.value}`;
      if (el?.getAttribute('role') === 'dialog') return 'dialog';
      return el?.textContent?.trim() ?? null;
    });
  }

  /**
   * Serious and critical axe-core findings for the page with the pause in it. axe runs in
   * Steady's world, where the host is given its closed root as `shadowRoot` so axe walks in.
   */
  async seriousViolations(): Promise<AxeViolation[]> {
    axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    if (!this.probe.world) throw new Error('axe in the pause runs in Chromium only');
    const { cdp, contextId } = await this.probe.world();
    await cdp.send('Runtime.evaluate', { expression: axeSource, contextId });
    const violations = await this.inRoot(async (root) => {
      if (root)
        Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true });
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
        .axe;
      return (await axe.run()).violations;
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target }) => ({ target })),
      }));
  }
}

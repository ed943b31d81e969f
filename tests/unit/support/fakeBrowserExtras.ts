import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * In-memory stand-ins for the APIs WXT's fake browser leaves unimplemented and the pause uses:
 * optional host permissions (with their events), registered content scripts and notifications.
 * Installed afresh before every test (tests/unit/setup.ts).
 */
type Listener = (...args: never[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => {
      const i = listeners.indexOf(l);
      if (i >= 0) listeners.splice(i, 1);
    },
    hasListener: (l: Listener) => listeners.includes(l),
    trigger: (...args: unknown[]) =>
      Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

export function installFakeBrowserExtras() {
  const origins = new Set<string>();
  // API permissions held. notifications is optional in the manifest; tests start as a person
  // who allowed it (turning a site on asks for it too) and delete it to test its absence.
  const api = new Set<string>(['notifications']);
  type Asked = { origins?: string[]; permissions?: string[] };
  const scripts = new Map<string, RegisteredScript>();
  const notifications = new Map<string, unknown>();
  const permissions = {
    onAdded: event(),
    onRemoved: event(),
    api,
    async contains({ origins: asked = [], permissions: apis = [] }: Asked) {
      return asked.every((o) => origins.has(o)) && apis.every((p) => api.has(p));
    },
    async getAll() {
      return { origins: [...origins], permissions: [...api] };
    },
    /** Stands in for the user choosing Allow (tests set `permissions.answer` to deny). */
    answer: true,
    async request({ origins: asked = [], permissions: apis = [] }: Asked) {
      if (!permissions.answer) return false;
      asked.forEach((o) => origins.add(o));
      apis.forEach((p) => api.add(p));
      await permissions.onAdded.trigger({ origins: asked, permissions: apis });
      return true;
    },
    async remove({ origins: gone = [], permissions: apis = [] }: Asked) {
      gone.forEach((o) => origins.delete(o));
      apis.forEach((p) => api.delete(p));
      await permissions.onRemoved.trigger({ origins: gone, permissions: apis });
      return true;
    },
  };
  const scripting = {
    async getRegisteredContentScripts() {
      return [...scripts.values()];
    },
    async registerContentScripts(list: RegisteredScript[]) {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      }
      list.forEach((s) => scripts.set(s.id, s));
    },
    async unregisterContentScripts({ ids }: { ids: string[] }) {
      ids.forEach((id) => scripts.delete(id));
    },
  };
  const notificationsApi = {
    onClicked: event(),
    async create(id: string, options: unknown) {
      notifications.set(id, options);
      return id;
    },
    async clear(id: string) {
      return notifications.delete(id);
    },
    shown: notifications,
  };
  const menus = new Map<string, unknown>();
  const contextMenus = {
    onClicked: event(),
    create(props: { id: string }) {
      if (menus.has(props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
      menus.set(props.id, props);
      return props.id;
    },
    async removeAll() {
      menus.clear();
    },
    items: menus,
  };
  // The toolbar button's per-tab badge and title, where the context menu's confirmation goes.
  const badges = new Map<number, { text?: string; title?: string; color?: string }>();
  const badge = (tabId: number) => badges.get(tabId) ?? (badges.set(tabId, {}), badges.get(tabId)!);
  const action = {
    async setBadgeText({ text, tabId }: { text: string; tabId: number }) {
      badge(tabId).text = text;
    },
    async setBadgeBackgroundColor({ color, tabId }: { color: string; tabId: number }) {
      badge(tabId).color = color;
    },
    async setTitle({ title, tabId }: { title: string; tabId: number }) {
      badge(tabId).title = title;
    },
    badges,
  };
  const commands = {
    shortcut: 'Alt+Shift+S',
    async getAll() {
      return [{ name: '_execute_action', shortcut: commands.shortcut }];
    },
  };
  Object.assign(fakeBrowser, {
    permissions,
    scripting,
    notifications: notificationsApi,
    contextMenus,
    action,
    commands,
  });
  return {
    permissions,
    scripting,
    notifications: notificationsApi,
    contextMenus,
    action,
    commands,
  };
}

/** The extras as installed for the current test. */
export function extras() {
  return fakeBrowser as unknown as ReturnType<typeof installFakeBrowserExtras>;
}

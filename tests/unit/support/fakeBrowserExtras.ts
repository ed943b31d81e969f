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
  const scripts = new Map<string, RegisteredScript>();
  const notifications = new Map<string, unknown>();
  const permissions = {
    onAdded: event(),
    onRemoved: event(),
    async contains({ origins: asked = [] }: { origins?: string[] }) {
      return asked.every((o) => origins.has(o));
    },
    async getAll() {
      return { origins: [...origins], permissions: [] };
    },
    /** Stands in for the user choosing Allow (tests set `permissions.answer` to deny). */
    answer: true,
    async request({ origins: asked = [] }: { origins?: string[] }) {
      if (!permissions.answer) return false;
      asked.forEach((o) => origins.add(o));
      await permissions.onAdded.trigger({ origins: asked });
      return true;
    },
    async remove({ origins: gone = [] }: { origins?: string[] }) {
      gone.forEach((o) => origins.delete(o));
      await permissions.onRemoved.trigger({ origins: gone });
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
  Object.assign(fakeBrowser, {
    permissions,
    scripting,
    notifications: notificationsApi,
  });
  return { permissions, scripting, notifications: notificationsApi };
}

/** The extras as installed for the current test. */
export function extras() {
  return fakeBrowser as unknown as ReturnType<typeof installFakeBrowserExtras>;
}

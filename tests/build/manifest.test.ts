import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/support/paths';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

/**
 * The permissions are pinned: a new one must be a conscious change, made here with the reason
 * in wxt.config.ts and the README's Permissions.
 */
describe('the manifest Steady ships', () => {
  it('asks at install only for what every surface needs', () => {
    expect([...manifest.permissions].sort()).toEqual(
      ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage'].sort(),
    );
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('asks for notifications and each messaging site only when they are turned on', () => {
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.optional_host_permissions).toHaveLength(11);
    for (const origin of manifest.optional_host_permissions) expect(origin).toMatch(/^https:\/\//);
  });

  it('forbids extension pages every connection, so "no network" is the browser’s rule too', () => {
    expect(manifest.content_security_policy.extension_pages).toBe(
      "script-src 'self'; object-src 'self'; connect-src 'none'",
    );
  });

  it('opens the popup with a keyboard shortcut', () => {
    expect(manifest.commands._execute_action.suggested_key).toEqual({
      default: 'Alt+Shift+S',
      mac: 'MacCtrl+Shift+S',
    });
  });
});

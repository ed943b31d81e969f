import { readFile, writeFile } from 'node:fs/promises';

/**
 * Stands in for "Allow" on an optional API permission (notifications), whose prompt headless
 * Chromium cannot show: the permission is written into the closed profile's Preferences, where
 * Chromium keeps what a person granted. On the next start permissions.contains is true and the
 * extension's own permissions.request resolves true at once, with no prompt, as it does for a
 * person who allowed it before. (Host permissions go through chrome://extensions instead:
 * tests/e2e/pages/pauseSite.ts, allowInPrompt.) Shared by the end-to-end tests and the
 * screenshot scripts.
 */
export async function grantInProfile(profileDir, extensionId, apis) {
  const path = `${profileDir}/Default/Preferences`;
  const prefs = JSON.parse(await readFile(path, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`No settings for ${extensionId} in the profile`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] ??= {};
    settings[key].api = [...new Set([...(settings[key].api ?? []), ...apis])];
  }
  await writeFile(path, JSON.stringify(prefs));
}

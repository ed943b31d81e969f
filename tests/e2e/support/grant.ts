import { readFile, writeFile } from 'node:fs/promises';

/**
 * Stands in for "Allow" on an optional API permission (notifications), whose prompt headless
 * Chromium cannot show: the permission is written into the closed profile's Preferences, where
 * Chromium keeps what a person granted. On the next start permissions.contains is true and the
 * extension's own permissions.request resolves true at once, with no prompt, as it does for a
 * person who allowed it before. (Host permissions go through chrome://extensions instead:
 * pages/pauseSite.ts, allowInPrompt.)
 */
export async function grantInProfile(
  profileDir: string,
  extensionId: string,
  apis: string[],
): Promise<void> {
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

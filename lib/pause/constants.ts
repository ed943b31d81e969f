/** storage.local: the ids of the sites that are on, so running content scripts can stand down. */
export const ENABLED_SITES_KEY = 'pause:enabled';

/**
 * What the background sends a pause content script when its settings, the sites or the notes
 * from calm you changed: ask again ('pause.hello'). Carries nothing itself.
 */
export const PAUSE_REFRESH = 'steady:pause-refresh';

/** storage.local: the ids of the sites that are on, so running content scripts can stand down. */
export const ENABLED_SITES_KEY = 'pause:enabled';

/**
 * The preset ids alone, for code that must check an id without shipping the whole site table
 * (the settings sanitiser runs on every Steady page). sites.ts lists the same ids, in order.
 */
export const SITE_IDS = [
  'whatsapp',
  'messenger',
  'instagram',
  'slack',
  'discord',
  'telegram',
  'gmail',
  'googlemessages',
  'linkedin',
  'x',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

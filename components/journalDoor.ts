/**
 * The journal's door (lib/journal/door.ts), loaded on the first save or edit. The popup and
 * the new tab open without the database: what they show at open (recent entries, a waiting
 * message) comes from the background, so a visit that only breathes or reads never loads it.
 */
export const journal = () => import('@/lib/journal/door');

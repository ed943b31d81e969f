import type { Ride } from '../../urges/ride';
import type { JournalConnection } from './open';

/**
 * Rides (lib/urges/ride.ts) in their own store, keyed by id, by start time. A ride is written
 * whole at each step (start, every answer, the end), so one left open by a closed tab is kept
 * as far as it went. They hold times and strengths only, so they stay readable with the lock
 * on: the background summarises them for the next pause without the passcode (README).
 */
export async function putRide(db: JournalConnection, ride: Ride): Promise<void> {
  await db.put('rides', ride);
}

export function getRide(db: JournalConnection, id: string): Promise<Ride | undefined> {
  return db.get('rides', id);
}

/** Every ride, oldest first. */
export function allRides(db: JournalConnection): Promise<Ride[]> {
  return db.getAllFromIndex('rides', 'by-started');
}

/** The newest rides, newest first: what the pause's line and the popup's "carry on" need. */
export async function newestRides(db: JournalConnection, count: number): Promise<Ride[]> {
  const rides: Ride[] = [];
  let cursor = await db.transaction('rides').store.index('by-started').openCursor(null, 'prev');
  while (cursor && rides.length < count) {
    rides.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rides;
}

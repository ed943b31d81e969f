import { useEffect, useRef } from 'preact/hooks';
import { rideView } from '@/components/ride/rideView';
import { journal } from '@/components/journalDoor';
import { finish, endsAt, MINUTE, type Ride } from '@/lib/urges/ride';
import { forgetOpenRide, keepOpenRide } from '@/lib/urges/openRide';
import './RidePanel.css';

/** Seconds of the breath between checks: one short round, as in the pause. */
const BREATH_SECONDS = 30;
/** A ride whose time ran out this long ago is over: it is finished, not carried on. */
const RESUME_GRACE = 10 * MINUTE;

interface Props {
  /** The ride left open when the popup last closed, if any. */
  resume?: Ride;
  onDone(): void;
}

/**
 * "Ride it out" in the popup: the same view as on a chat page (components/ride/rideView.ts),
 * mounted here. A popup closes the moment focus leaves it; the ride does not end then: it is
 * stored at every step and remembered for this browser session (lib/urges/openRide.ts), and
 * the next time the popup opens it carries on where it was.
 */
export function RidePanel({ resume, onDone }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const view = rideView({
      now: Date.now,
      from: { source: 'popup' },
      resume,
      breathSeconds: BREATH_SECONDS,
      async store(ride) {
        const { saveRide } = await journal();
        await saveRide(ride);
        await (ride.end ? forgetOpenRide() : keepOpenRide(ride.id));
      },
      onClose: onDone,
    });
    box.current!.append(view.element);
    view.focusTarget().focus();
    return () => {
      view.element.remove();
      view.leave();
    };
  }, []);
  return <section class="card ride-panel" ref={box} aria-labelledby="ride-title" />;
}

/** The popup's open ride, if one is still under way (one long past its time is finished). */
export async function openRideToResume(id: string, now = Date.now()): Promise<Ride | undefined> {
  const { findRide, saveRide } = await journal();
  const ride = await findRide(id);
  if (!ride || ride.end) {
    await forgetOpenRide();
    return undefined;
  }
  if (now > endsAt(ride) + RESUME_GRACE) {
    await saveRide(finish(ride, now));
    await forgetOpenRide();
    return undefined;
  }
  return ride;
}

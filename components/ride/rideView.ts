import { t, type MessageKey } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { GROUNDING_STEPS } from '@/lib/exercises/grounding';
import {
  MAX_STRENGTH,
  MINUTE,
  answer,
  canExtend,
  curveOf,
  easedAfter,
  extend,
  finish,
  minutesIn,
  nextChangeAt,
  phaseOf,
  startRide,
  type Answer,
  type Ride,
  type RideSource,
} from '@/lib/urges/ride';
import { h } from '@/components/plain/dom';
import { pacer } from '@/components/plain/pacer';

/**
 * "Ride it out": the urge-surfing timer, as plain DOM. Plain DOM (no Preact) because the same
 * view runs in two places: inside the pause's closed shadow root on a chat page (a script the
 * background injects only when the person asks for it, so chat pages never load it otherwise)
 * and in the popup. Text goes in through textContent only.
 *
 * One timer, set for the next moment the ride changes by itself (a check due, the time up),
 * never a ticking one: nothing runs between minutes, and a screen reader hears one sentence a
 * minute, not a countdown.
 */
export interface RideHost {
  now(): number;
  /** Stores the ride as it is now (its start, each answer, its end). */
  store(ride: Ride): Promise<void>;
  from: { source: RideSource; pauseId?: string };
  /** A ride left open (the popup closed mid-ride) to carry on with. */
  resume?: Ride;
  /** Seconds of the breath offered between checks. */
  breathSeconds: number;
  /** The person is done with the view ("Not now", "Close", Escape at the end). */
  onClose(): void;
}

export interface RideView {
  element: HTMLElement;
  /** The view is going away (Escape, the page or popup closing): a ride under way ends here. */
  leave(): void;
  /** Where focus should go when the view is shown. */
  focusTarget(): HTMLElement;
}

const ANSWER_KEYS: Record<Answer, MessageKey> = {
  same: 'rideSame',
  easing: 'rideEasing',
  gone: 'rideGone',
};

/** Only the person's own presses count: a page-made click does nothing. */
function onPress(button: HTMLElement, run: () => void): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) run();
  });
}

function button(label: string, cls = ''): HTMLButtonElement {
  return h('button', cls ? { type: 'button', class: cls } : { type: 'button' }, label);
}

/** The 0–10 question, as a radio group (arrow keys move along it; one Tab stop). */
function strengthPicker(): [HTMLFieldSetElement, () => number | undefined] {
  const fieldset = h(
    'fieldset',
    { class: 'scale', 'aria-describedby': 'ride-scale-ends' },
    h('legend', {}, t('rideStrengthQuestion')),
  );
  for (let value = 0; value <= MAX_STRENGTH; value++) {
    const input = h('input', { type: 'radio', name: 'ride-strength', value: String(value) });
    fieldset.append(h('label', {}, input, String(value)));
  }
  fieldset.append(h('p', { class: 'hint note', id: 'ride-scale-ends' }, t('rideStrengthEnds')));
  const chosen = () => {
    const value = fieldset.querySelector<HTMLInputElement>('input:checked')?.value;
    return value === undefined ? undefined : Number(value);
  };
  return [fieldset, chosen];
}

/** Between checks: a paced breath on even minutes, a grounding step on odd ones. */
function stepFor(minute: number, seconds: number): [HTMLElement, () => void] {
  if (minute % 2 === 0) {
    let live = true;
    const [breath, stop] = pacer(seconds, () => live);
    return [
      breath,
      () => {
        live = false;
        stop();
      },
    ];
  }
  const step = GROUNDING_STEPS[((minute - 1) / 2) % GROUNDING_STEPS.length]!;
  const box = h(
    'section',
    { class: 'offer', 'aria-label': t('rideGroundLabel') },
    h('p', { class: 'offer-title' }, t('rideGroundLabel')),
    h('p', {}, t(`ground_${step.sense}` as MessageKey)),
  );
  return [box, () => undefined];
}

/** The end, in the person's own terms: never a score. */
function endSentence(ride: Ride): string {
  const exact = ((ride.endedAt ?? ride.startedAt) - ride.startedAt) / 60_000;
  const minutes = Math.max(1, Math.round(exact));
  if (ride.end === 'stopped' && exact < 1 && easedAfter(ride) === undefined) {
    return t('rideEndStoppedSoon');
  }
  if (ride.end === 'gone') return plural('rideEndGone', minutes);
  const eased = easedAfter(ride);
  if (eased !== undefined && ride.strength > 0) {
    const last = curveOf(ride).at(-1)!.strength;
    return plural('rideEndEased', minutes, [String(ride.strength), String(last)]);
  }
  if (ride.end === 'time') return plural('rideEndTime', minutes);
  return plural('rideEndStopped', minutes);
}

export function rideView(host: RideHost): RideView {
  let ride: Ride | undefined = host.resume;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopStep = () => {};
  let stepMinute = -1;
  let saving: Promise<void> = Promise.resolve();

  const element = h('div', { class: 'ride' });
  const title = h('h2', { id: 'ride-title', tabindex: '-1' }, t('rideTitle'));
  const wave = h('p', {}, t('rideWave'));
  const status = h('p', { class: 'status', role: 'status' });

  // Before the start.
  const [scale, chosenStrength] = strengthPicker();
  const start = button(t('rideStart'), 'primary');
  const notNow = button(t('rideNotNow'), 'quiet');
  const rate = h(
    'div',
    { class: 'ride-rate' },
    scale,
    h('div', { class: 'actions' }, start, notNow),
  );

  // Under way.
  const clock = h('p', { class: 'ride-clock', tabindex: '-1' });
  const bar = h('div', { class: 'ride-bar', 'aria-hidden': 'true' }, h('span'));
  const stepBox = h('div', { class: 'ride-step' });
  const question = h('p', { class: 'ride-question', tabindex: '-1' }, t('rideCheckQuestion'));
  const answers = h('div', {
    class: 'actions answers',
    role: 'group',
    'aria-label': t('rideCheckQuestion'),
  });
  for (const value of ['same', 'easing', 'gone'] as const) {
    const choice = button(t(ANSWER_KEYS[value]));
    onPress(choice, () => answered(value));
    answers.append(choice);
  }
  const check = h('div', { class: 'ride-check', hidden: '' }, question, answers);
  const stop = button(t('rideStop'));
  // Leaving is always one press: the ride ends where it is (kept) and the view goes.
  const leaveNow = button(t('rideLeave'), 'quiet');
  const riding = h(
    'div',
    { class: 'ride-on', hidden: '' },
    clock,
    bar,
    check,
    stepBox,
    h('div', { class: 'actions' }, stop, leaveNow),
  );

  // The time is up.
  const timeUpText = h('p', {});
  const more = button(t('rideMore'), 'primary');
  const done = button(t('rideFinish'));
  const leaveLater = button(t('rideLeave'), 'quiet');
  onPress(leaveLater, () => host.onClose());
  const timeUp = h(
    'div',
    { class: 'ride-time-up', hidden: '' },
    timeUpText,
    h('div', { class: 'actions' }, more, done, leaveLater),
  );

  // The end.
  const endText = h('p', { class: 'ride-end-text', tabindex: '-1' });
  const close = button(t('rideClose'), 'primary');
  const ended = h(
    'div',
    { class: 'ride-ended', hidden: '' },
    endText,
    h('p', { class: 'hint' }, t('rideKept')),
    close,
  );

  element.append(title, wave, rate, riding, timeUp, ended, status);

  /** Stored in order; a failure is said once and the ride goes on (the next step stores it whole). */
  function keep(next: Ride): void {
    ride = next;
    saving = saving
      .then(() => host.store(next))
      .then(
        () => {
          if (status.dataset.failed) {
            status.textContent = '';
            delete status.dataset.failed;
          }
        },
        () => {
          status.dataset.failed = '1';
          status.textContent = t('rideNotSaved');
        },
      );
  }

  function show(part: HTMLElement): void {
    for (const each of [rate, riding, timeUp, ended]) each.hidden = each !== part;
  }

  function render(focus = false): void {
    clearTimeout(timer);
    if (!ride) {
      show(rate);
      if (focus) title.focus();
      return;
    }
    const now = host.now();
    const phase = phaseOf(ride, now);
    if (phase === 'ended') {
      stopStep();
      wave.hidden = true;
      endText.textContent = endSentence(ride);
      show(ended);
      endText.focus();
      return;
    }
    if (phase === 'time-up') {
      stopStep();
      timeUpText.textContent = plural('rideTimeUp', ride.minutes);
      more.hidden = !canExtend(ride);
      show(timeUp);
      (more.hidden ? done : more).focus();
      return;
    }
    show(riding);
    const minute = minutesIn(ride, now);
    clock.textContent = t('rideClock', [String(minute + 1), String(ride.minutes)]);
    (bar.firstChild as HTMLElement).style.width =
      `${Math.min(100, (now - ride.startedAt) / (ride.minutes * 600))}%`;
    if (minute !== stepMinute) {
      stopStep();
      stepMinute = minute;
      const [step, stopIt] = stepFor(minute, host.breathSeconds);
      stepBox.replaceChildren(step);
      stopStep = stopIt;
    }
    const due = phase === 'check';
    if (due && check.hidden) {
      check.hidden = false;
      // Said, and the question gets focus (not a button: a stray Enter must not answer it).
      question.focus();
    } else if (!due) check.hidden = true;
    if (focus && !due) clock.focus();
    // The next change of its own (a question due, the time up) or the clock's next minute,
    // whichever comes first: an unanswered question does not stop the clock.
    const change = nextChangeAt(ride, now);
    const nextMinute = ride.startedAt + (minute + 1) * MINUTE;
    const next = change === undefined ? undefined : Math.min(change, nextMinute);
    if (next !== undefined) timer = setTimeout(() => render(), Math.max(50, next - host.now()));
  }

  function answered(value: Answer): void {
    if (!ride || phaseOf(ride, host.now()) !== 'check') return;
    keep(answer(ride, value, host.now()));
    status.textContent = value === 'gone' ? '' : t('rideNoted');
    render();
    if (value !== 'gone') clock.focus();
  }

  onPress(start, () => {
    const strength = chosenStrength();
    if (strength === undefined) {
      status.textContent = t('rideChooseFirst');
      scale.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    status.textContent = '';
    keep(startRide(strength, host.now(), host.from));
    render();
    clock.focus();
  });
  onPress(notNow, () => host.onClose());
  onPress(stop, () => {
    if (ride) keep(finish(ride, host.now()));
    render();
  });
  onPress(more, () => {
    if (!ride) return;
    keep(extend(ride, host.now()));
    render(true);
  });
  onPress(done, () => {
    if (ride) keep(finish(ride, host.now()));
    render();
  });
  onPress(close, () => host.onClose());
  onPress(leaveNow, () => host.onClose());

  // A hidden tab's timers are slowed: look again when the person comes back.
  const onVisible = () => {
    if (!document.hidden && element.isConnected) render();
  };
  document.addEventListener('visibilitychange', onVisible);

  render();
  return {
    element,
    focusTarget: () => (ride ? (riding.hidden ? endText : clock) : title),
    leave() {
      clearTimeout(timer);
      stopStep();
      document.removeEventListener('visibilitychange', onVisible);
      if (ride && !ride.end) keep(finish(ride, host.now()));
    },
  };
}

/**
 * After "Send anyway" a conversation is left alone for a while: pause once per episode, not on
 * every message (techniques.md). Cooldowns are a map of conversation key → end time (ms).
 */
export type Cooldowns = Record<string, number>;

export function isCoolingDown(cooldowns: Cooldowns, key: string, now: number): boolean {
  const until = Object.hasOwn(cooldowns, key) ? cooldowns[key] : undefined;
  return typeof until === 'number' && now < until;
}

/** Starts (or extends) a cooldown, dropping the ones that are over. */
export function startCooldown(
  cooldowns: Cooldowns,
  key: string,
  now: number,
  minutes: number,
): Cooldowns {
  const next = activeCooldowns(cooldowns, now);
  next[key] = Math.max(next[key] ?? 0, now + minutes * 60_000);
  return next;
}

/** Only the cooldowns still running; a fresh object, never the one passed in. */
export function activeCooldowns(cooldowns: Cooldowns, now: number): Cooldowns {
  const out: Cooldowns = {};
  for (const [key, until] of Object.entries(cooldowns)) {
    if (typeof until === 'number' && until > now) out[key] = until;
  }
  return out;
}

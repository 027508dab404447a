// Throttles password guessing per login name: after `maxFailures` wrong passwords within
// `windowMs`, further attempts are refused (without running scrypt) until the oldest expires.
import type { Clock } from "../clock.js";

export interface LoginLimiterInit {
  /** Failures tolerated within the window; the next attempt is refused. Default 5. */
  maxFailures?: number;
  /** Sliding window length. Default 15 minutes. */
  windowMs?: number;
}

export interface LoginLimiter {
  /** Milliseconds until `name` may try again, or 0 when it may try now. */
  retryAfter(name: string): number;
  recordFailure(name: string): void;
  /** A correct password clears the record. */
  recordSuccess(name: string): void;
  /** Forgets windows that have passed (called by the periodic prune). */
  prune(): void;
}

// Kept in memory on purpose: the attacker cannot restart the node, and persisting every failed
// guess would turn a guessing attack into a write load on the database.
export function createLoginLimiter(clock: Clock, init: LoginLimiterInit = {}): LoginLimiter {
  const maxFailures = init.maxFailures ?? 5;
  const windowMs = init.windowMs ?? 15 * 60_000;
  const failures = new Map<string, number[]>();
  const key = (name: string) => name.toLowerCase(); // names are unique case-insensitively

  const recent = (name: string): number[] => {
    const cutoff = clock.now() - windowMs;
    const list = (failures.get(key(name)) ?? []).filter((t) => t > cutoff);
    if (list.length === 0) failures.delete(key(name));
    else failures.set(key(name), list);
    return list;
  };

  return {
    retryAfter(name) {
      const list = recent(name);
      if (list.length < maxFailures) return 0;
      return list[list.length - maxFailures]! + windowMs - clock.now();
    },
    recordFailure(name) {
      const list = recent(name);
      list.push(clock.now());
      // Only the newest maxFailures matter for the decision; older ones are dropped to bound memory.
      failures.set(key(name), list.slice(-maxFailures));
    },
    recordSuccess(name) {
      failures.delete(key(name));
    },
    prune() {
      for (const name of [...failures.keys()]) recent(name);
    },
  };
}

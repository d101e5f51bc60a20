/**
 * /ready from a short cache: the database is asked at most once per `ttlMs`, however many probes
 * arrive, so a flood of /ready costs a map lookup each instead of a Bolt round trip.
 */
export type ReadyProbe = () => Promise<boolean>;

/** `ping`, shared by all callers for `ttlMs` after it settles (and while it runs). */
export function cachedReadiness(ping: () => Promise<unknown>, ttlMs = 1000): ReadyProbe {
  let pending: Promise<boolean> | undefined;
  let settledAt = 0;
  return () => {
    if (pending && (settledAt === 0 || Date.now() - settledAt < ttlMs)) return pending;
    settledAt = 0;
    pending = ping().then(
      () => true,
      () => false,
    );
    void pending.then(() => {
      settledAt = Date.now();
    });
    return pending;
  };
}

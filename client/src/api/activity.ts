/**
 * Who is waiting on the API. The fetch wrapper reports here; the loading indicator and the outage
 * banner listen, so no operation has to know about either.
 */
import { isAbort, isOutage } from './errors.js';

type Listener<T> = (value: T) => void;

const pendingListeners = new Set<Listener<number>>();
const outageListeners = new Set<Listener<Error | null>>();
let pending = 0;

/** Calls `listener` with the number of requests in flight whenever it changes. */
export function onPendingChange(listener: Listener<number>): () => void {
  pendingListeners.add(listener);
  return () => pendingListeners.delete(listener);
}

/** Calls `listener` with the error when the API becomes unreachable, and with null when it answers again. */
export function onOutageChange(listener: Listener<Error | null>): () => void {
  outageListeners.add(listener);
  return () => outageListeners.delete(listener);
}

/** Wraps one request so it is counted and its outcome reported. */
export async function track<T>(request: Promise<T>): Promise<T> {
  pending += 1;
  pendingListeners.forEach((l) => l(pending));
  try {
    const result = await request;
    outageListeners.forEach((l) => l(null));
    return result;
  } catch (error) {
    if (isOutage(error) && !isAbort(error)) outageListeners.forEach((l) => l(error as Error));
    throw error;
  } finally {
    pending -= 1;
    pendingListeners.forEach((l) => l(pending));
  }
}

/**
 * Admission served round-robin across clients: at most `capacity` tasks run at once, at most
 * `perClient` of them for one client, and when a slot frees the next waiting client in turn gets
 * it, not the client that queued most. So a client with one request waits for one slot, never
 * behind another client's whole queue. A client may have at most `maxQueued` tasks waiting, and a
 * task waits at most `maxWaitMs`; past either bound it is refused (AdmissionRefused).
 *
 * Hand-written because the libraries at hand are not fair across keys: p-limit and p-queue serve
 * one FIFO (p-queue's priorities are static, not per-client turns), and Bottleneck's groups are
 * independent limiters without a shared global cap. The logic is small and pure (the timers are
 * injected), so it is tested on its own.
 */

/** setTimeout and clearTimeout, or a test's fake ones. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface FairSchedulerOptions {
  /** Tasks running at once over all clients; Infinity for no global cap. */
  capacity: number;
  /** Tasks one client may run at once. */
  perClient: number;
  /** Tasks one client may have waiting; more are refused at once. */
  maxQueued: number;
  /** Longest a task waits for its turn. */
  maxWaitMs: number;
  timers?: Timers;
}

export class AdmissionRefused extends Error {
  constructor(
    readonly reason: 'queue-full' | 'timed-out',
    readonly key: string,
  ) {
    super(`Admission refused for ${key}: ${reason}.`);
  }
}

/** Gives the slot back; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  timer: unknown;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class FairScheduler {
  /** Waiting tasks by client. */
  readonly #queues = new Map<string, Waiter[]>();
  readonly #running = new Map<string, number>();
  /** When each active client last started a task (a counter): the longest unserved goes next. */
  readonly #lastStart = new Map<string, number>();
  #starts = 0;
  #total = 0;
  readonly #timers: Timers;

  constructor(private readonly options: FairSchedulerOptions) {
    this.#timers = options.timers ?? realTimers;
  }

  /** Tasks running now: for `key`, or over all clients. */
  running(key?: string): number {
    return key === undefined ? this.#total : (this.#running.get(key) ?? 0);
  }

  /** Tasks of `key` waiting for a slot. */
  waiting(key: string): number {
    return this.#queues.get(key)?.length ?? 0;
  }

  /** Resolves with a Release once `key` may run a task; rejects with AdmissionRefused. */
  acquire(key: string): Promise<Release> {
    if (!this.#queues.has(key) && this.#hasRoom(key)) return Promise.resolve(this.#start(key));
    const queue = this.#queues.get(key) ?? [];
    if (queue.length >= this.options.maxQueued) {
      return Promise.reject(new AdmissionRefused('queue-full', key));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: this.#timers.set(() => {
          queue.splice(queue.indexOf(waiter), 1);
          if (queue.length === 0) {
            this.#queues.delete(key);
            if (this.running(key) === 0) this.#lastStart.delete(key);
          }
          reject(new AdmissionRefused('timed-out', key));
        }, this.options.maxWaitMs),
      };
      queue.push(waiter);
      this.#queues.set(key, queue);
    });
  }

  #hasRoom(key: string): boolean {
    return this.#total < this.options.capacity && this.running(key) < this.options.perClient;
  }

  #start(key: string): Release {
    this.#total++;
    this.#running.set(key, this.running(key) + 1);
    this.#lastStart.set(key, ++this.#starts);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total--;
      const left = this.running(key) - 1;
      this.#running.set(key, left);
      if (left === 0) {
        this.#running.delete(key);
        if (!this.#queues.has(key)) this.#lastStart.delete(key);
      }
      this.#dispatch();
    };
  }

  /**
   * Hands free slots to waiting clients: each to the client with room that started a task least
   * recently, so clients take turns one task at a time.
   */
  #dispatch(): void {
    while (this.#total < this.options.capacity) {
      let next: string | undefined;
      for (const key of this.#queues.keys()) {
        if (!this.#hasRoom(key)) continue;
        if (next === undefined || this.#turn(key) < this.#turn(next)) next = key;
      }
      if (next === undefined) return;
      const queue = this.#queues.get(next)!;
      const waiter = queue.shift()!;
      this.#timers.clear(waiter.timer);
      if (queue.length === 0) this.#queues.delete(next);
      waiter.grant(this.#start(next));
    }
  }

  #turn(key: string): number {
    return this.#lastStart.get(key) ?? 0;
  }
}

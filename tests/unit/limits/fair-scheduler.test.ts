/**
 * The fair scheduler as pure logic: fake tasks take and give back slots, and the timers are the
 * test's own, fired by hand, so the order of admission is all that is checked.
 */
import { describe, expect, it } from 'vitest';
import {
  AdmissionRefused,
  FairScheduler,
  type Release,
  type Timers,
} from '../../../server/src/limits/fair-scheduler.js';

/** Timers that fire only when the test says so. */
function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (callback) => (pending.set(++next, callback), next),
    clear: (handle) => pending.delete(handle as number),
  };
  const fireAll = () => {
    for (const [handle, callback] of [...pending]) {
      pending.delete(handle);
      callback();
    }
  };
  return { timers, fireAll, pending };
}

function scheduler(options: { capacity: number; perClient: number; maxQueued?: number }) {
  const clock = fakeTimers();
  const admission = new FairScheduler({
    maxQueued: 100,
    maxWaitMs: 1_000,
    timers: clock.timers,
    ...options,
  });
  /** Order in which tasks were let in, as "client:n". */
  const started: string[] = [];
  const releases = new Map<string, Release>();
  const submit = (client: string, n: number) =>
    admission.acquire(client).then((release) => {
      started.push(`${client}:${n}`);
      releases.set(`${client}:${n}`, release);
    });
  const flush = () => new Promise((resolve) => setImmediate(resolve));
  return { admission, started, releases, submit, flush, clock };
}

describe('FairScheduler', () => {
  it('serves waiting clients in turn, not in the order their tasks queued', async () => {
    const { started, releases, submit, flush } = scheduler({ capacity: 2, perClient: 2 });
    for (let n = 1; n <= 6; n++) void submit('greedy', n);
    void submit('polite', 1);
    void submit('other', 1);
    await flush();
    expect(started).toEqual(['greedy:1', 'greedy:2']);
    releases.get('greedy:1')!();
    await flush();
    // The greedy client queued first and most, but the others each get the next turns.
    expect(started.at(-1)).toBe('polite:1');
    releases.get('greedy:2')!();
    await flush();
    expect(started.at(-1)).toBe('other:1');
    releases.get('polite:1')!();
    releases.get('other:1')!();
    await flush();
    expect(started.slice(4)).toEqual(['greedy:3', 'greedy:4']);
  });

  it('keeps one client to its share of the slots, leaving the rest to others at once', async () => {
    const { admission, started, submit, flush } = scheduler({ capacity: 4, perClient: 2 });
    for (let n = 1; n <= 5; n++) void submit('greedy', n);
    await flush();
    expect(started).toEqual(['greedy:1', 'greedy:2']);
    expect(admission.waiting('greedy')).toBe(3);
    void submit('polite', 1);
    await flush();
    expect(started.at(-1)).toBe('polite:1');
    expect(admission.running()).toBe(3);
  });

  it('runs each client’s own tasks first come, first served', async () => {
    const { started, releases, submit, flush } = scheduler({ capacity: 1, perClient: 1 });
    for (let n = 1; n <= 3; n++) void submit('a', n);
    await flush();
    releases.get('a:1')!();
    await flush();
    releases.get('a:2')!();
    await flush();
    expect(started).toEqual(['a:1', 'a:2', 'a:3']);
  });

  it('refuses a task beyond the client’s queue at once, and one that waited too long', async () => {
    const { admission, submit, flush, clock } = scheduler({
      capacity: 1,
      perClient: 1,
      maxQueued: 1,
    });
    void submit('a', 1);
    await flush();
    const waiting = admission.acquire('a');
    await expect(admission.acquire('a')).rejects.toMatchObject({ reason: 'queue-full', key: 'a' });
    // Another client's queue is its own.
    const other = admission.acquire('b');
    clock.fireAll();
    await expect(waiting).rejects.toBeInstanceOf(AdmissionRefused);
    await expect(other).rejects.toMatchObject({ reason: 'timed-out', key: 'b' });
    expect(admission.waiting('a')).toBe(0);
    expect(admission.waiting('b')).toBe(0);
  });

  it('gives a slot back once however often it is released, and cancels the wait timer', async () => {
    const { admission, releases, submit, flush, clock } = scheduler({ capacity: 1, perClient: 1 });
    void submit('a', 1);
    void submit('b', 1);
    await flush();
    expect(clock.pending.size).toBe(1);
    releases.get('a:1')!();
    releases.get('a:1')!();
    await flush();
    expect(admission.running()).toBe(1);
    expect(admission.running('b')).toBe(1);
    expect(clock.pending.size).toBe(0);
  });
});

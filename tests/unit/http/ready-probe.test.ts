import { describe, expect, it } from 'vitest';
import { cachedReadiness } from '../../../server/src/http/ready-probe.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cachedReadiness', () => {
  it('asks once for a flood of probes within its time to live, then again', async () => {
    let pings = 0;
    const ready = cachedReadiness(async () => {
      pings++;
      await sleep(20);
    }, 200);
    const answers = await Promise.all(Array.from({ length: 1000 }, () => ready()));
    expect(answers.every(Boolean)).toBe(true);
    expect(await ready()).toBe(true);
    expect(pings).toBe(1);
    await sleep(250);
    expect(await ready()).toBe(true);
    expect(pings).toBe(2);
  });

  it('answers false while the database is away and notices when it is back', async () => {
    let up = false;
    const ready = cachedReadiness(async () => {
      if (!up) throw new Error('away');
    }, 50);
    expect(await ready()).toBe(false);
    up = true;
    expect(await ready()).toBe(false);
    await sleep(80);
    expect(await ready()).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  OFF_THREAD_CHARS,
} from '../../../server/src/compute/fingerprint-off-thread.js';
import { textFingerprint } from '../../../server/src/domain/text-fingerprint.js';

/** `words` made-up words, deterministic. */
function text(words: number): string {
  let seed = 11;
  return Array.from({ length: words }, () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return `w${seed % 20_000}`;
  }).join(' ');
}

describe('fingerprintOf', () => {
  it('gives a long text the same fingerprint off-thread as on the thread', async () => {
    const long = text(20_000);
    expect(long.length).toBeGreaterThan(OFF_THREAD_CHARS);
    const off = await fingerprintOf(long);
    const on = textFingerprint(long);
    expect(off.signature).toEqual(on.signature);
    expect(off.bands).toEqual(on.bands);
    expect(off.shingles).toEqual(on.shingles);
  }, 60_000);

  it('fingerprints a short text on the thread', async () => {
    const short = text(500);
    expect(await fingerprintOf(short)).toEqual(textFingerprint(short));
  });
});

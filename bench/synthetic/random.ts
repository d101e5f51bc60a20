/**
 * A seeded random source (mulberry32) for the synthetic datasets: the same seed gives the same
 * file on every machine, so tests and benchmarks are reproducible.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A count with a long tail: mostly small, now and then large (casualties). */
  heavyTail(scale: number): number {
    return Math.floor(scale * (1 / Math.max(this.next(), 1e-6) ** 0.7 - 1));
  }
}

/**
 * Picks ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent: a few groups carry
 * most incidents and a long tail appears once or twice, as in the real datasets.
 */
export class PowerLaw {
  private readonly cumulative: Float64Array;

  constructor(n: number, exponent = 1.1) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let rank = 0; rank < n; rank++) {
      this.cumulative[rank] = total += 1 / (rank + 1) ** exponent;
    }
    for (let rank = 0; rank < n; rank++) this.cumulative[rank]! /= total;
  }

  sample(random: Random): number {
    const target = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

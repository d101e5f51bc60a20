/**
 * Resident memory of another process, read from /proc (Linux), and a sampler that follows it
 * during a load level so a leak shows as a trend, not only as a difference of two readings.
 */
import { readFileSync } from 'node:fs';

/** VmRSS of process `pid` in MiB, to 0.1 MiB. */
export function rssMiB(pid: number): number {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    throw new Error(`Process ${pid} is gone.`);
  }
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`No VmRSS for process ${pid}.`);
  return Math.round(Number(match[1]) / 102.4) / 10;
}

export interface RssTrace {
  peak: number;
  /** Least-squares slope over the second half of the samples, in MiB per minute. */
  lateSlopePerMinute: number;
}

/** Samples `pid`'s RSS every `intervalMs` until the returned function is called. */
export function sampleRss(pid: number, intervalMs = 1000): () => RssTrace {
  const started = Date.now();
  const samples: [seconds: number, mib: number][] = [];
  const take = () => {
    try {
      samples.push([(Date.now() - started) / 1000, rssMiB(pid)]);
    } catch {
      clearInterval(timer); // the process is gone (stopped or crashed); the run reports that itself
    }
  };
  const timer = setInterval(take, intervalMs);
  take();
  return () => {
    clearInterval(timer);
    take();
    return { peak: Math.max(...samples.map(([, mib]) => mib)), lateSlopePerMinute: slope(samples) };
  };
}

/** Slope (per minute) of the least-squares line through the later half of `samples`. */
function slope(samples: readonly [number, number][]): number {
  const late = samples.slice(Math.floor(samples.length / 2));
  if (late.length < 3) return 0;
  const meanT = late.reduce((sum, [t]) => sum + t, 0) / late.length;
  const meanM = late.reduce((sum, [, m]) => sum + m, 0) / late.length;
  const cov = late.reduce((sum, [t, m]) => sum + (t - meanT) * (m - meanM), 0);
  const varT = late.reduce((sum, [t]) => sum + (t - meanT) ** 2, 0);
  return Number(((cov / varT) * 60).toFixed(1));
}

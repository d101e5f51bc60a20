/** The machine a benchmark ran on, written beside its figures so they can be compared fairly. */
import os from 'node:os';
import { neo4jVersion } from '../../server/src/local-neo4j/install.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** 1-minute load average when the run began: other work on a shared machine skews figures. */
  loadAverage: number;
  os: string;
  node: string;
  neo4j: string;
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: Number(os.loadavg()[0]!.toFixed(2)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: `${neo4jVersion()} Community`,
  };
}

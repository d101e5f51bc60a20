/**
 * One scenario: the adversary keeps its requests in flight from one loopback address while the
 * analyst, from another, looks up an entity every LOOKUP_INTERVAL_MS and waits for each answer.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Answer, CLIENT_TIMEOUT_MS, LoopbackClient } from './http-client.js';
import { lookupBody, type Scenario } from './scenarios.js';

const LOOKUP_INTERVAL_MS = 100;
/** A refused adversary request is sent again after this pause, so it never spins. */
const RETRY_PAUSE_MS = 50;

interface Tally {
  requests: number;
  ok: number;
  /** Count per HTTP status or error code that was not a clean answer. */
  failures: Record<string, number>;
}

export interface ScenarioResult {
  name: string;
  description: string;
  seconds: number;
  victim: Tally & { p50: number; p99: number; max: number; unavailable: number; timeouts: number };
  adversary: Tally;
}

function tally(answers: Answer[]): Tally {
  const failures: Record<string, number> = {};
  let ok = 0;
  for (const answer of answers) {
    if (answer.status === 200 && answer.codes.length === 0) ok++;
    else {
      const key = answer.codes[0] ?? `HTTP ${answer.status}`;
      failures[key] = (failures[key] ?? 0) + 1;
    }
  }
  return { requests: answers.length, ok, failures };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function runScenario(
  url: string,
  scenario: Scenario,
  addresses: { victim: string; adversary: string },
  ids: string[],
  seconds: number,
): Promise<ScenarioResult> {
  const victim = new LoopbackClient(url, addresses.victim);
  const adversary = new LoopbackClient(url, addresses.adversary);
  const until = Date.now() + seconds * 1000;
  const adversaryAnswers: Answer[] = [];
  const attacker = async () => {
    while (Date.now() < until) {
      const answer = await adversary.post(scenario.body);
      adversaryAnswers.push(answer);
      if (answer.status !== 200) await sleep(RETRY_PAUSE_MS);
    }
  };
  const attackers = Array.from({ length: scenario.inFlight }, attacker);
  // Let the adversary's requests reach the database first.
  if (scenario.inFlight > 0) await sleep(2_000);
  const victimAnswers: Answer[] = [];
  for (let i = 0; Date.now() < until; i++) {
    const answer = await victim.post(lookupBody(ids[i % ids.length]!));
    victimAnswers.push(answer);
    await sleep(Math.max(0, LOOKUP_INTERVAL_MS - answer.ms));
  }
  await Promise.all(attackers);
  victim.close();
  adversary.close();
  const latencies = victimAnswers.map((a) => a.ms).sort((a, b) => a - b);
  return {
    name: scenario.name,
    description: scenario.description,
    seconds,
    victim: {
      ...tally(victimAnswers),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? 0,
      unavailable: victimAnswers.filter((a) => a.status === 503).length,
      timeouts: victimAnswers.filter((a) => a.status === 0 && a.ms >= CLIENT_TIMEOUT_MS).length,
    },
    adversary: tally(adversaryAnswers),
  };
}

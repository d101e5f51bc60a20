/** The fairness results as a markdown table: what the second client saw under each adversary. */
import type { FairnessResults } from './run-fairness.js';

const failures = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ') || '–';

export function fairnessMarkdown(runs: FairnessResults[]): string {
  const lines: string[] = ['# Fairness: one client cannot take the service from the others', ''];
  for (const run of runs) {
    lines.push(
      `## ${run.label} (${run.date})`,
      '',
      `Seed graph + ${run.rows.toLocaleString('en')} generated GTD attacks ` +
        `(${run.graph.nodes.toLocaleString('en')} nodes, ${run.graph.relationships.toLocaleString('en')} relationships); ` +
        `${run.machine.cores} × ${run.machine.cpu}, load average ${run.machine.loadAverage} at the start. Default server settings, rate limiter on. ` +
        'The analyst (a second client) looks an entity up every 100 ms and waits for each answer.',
      '',
      '| adversary | seconds | analyst lookups | analyst p50 ms | analyst p99 ms | analyst max ms | analyst 503 | analyst other failures | adversary answered | adversary refused |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    );
    for (const s of run.scenarios) {
      const v = s.victim;
      const otherFailures = { ...v.failures };
      delete otherFailures.SERVICE_UNAVAILABLE;
      lines.push(
        `| ${s.name}: ${s.description} | ${s.seconds} | ${v.requests} | ${v.p50} | ${v.p99} | ${v.max} | ` +
          `${v.unavailable} | ${failures(otherFailures)} | ${s.adversary.ok}/${s.adversary.requests} | ` +
          `${failures(s.adversary.failures)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

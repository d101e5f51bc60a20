/**
 * Ends the run with a few lines per layer and then one plain line, "N passed, N failed, N skipped",
 * alone and last, that CI reads. Failed files, failed hooks and the tests they kept from running
 * count as failures, so the line is green exactly when the exit code is 0.
 */
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';
import { type LayerTally, tallyRun } from './summary/tally.js';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function layerLine(tally: LayerTally): string {
  const ran = tally.passed + tally.failed;
  const extras = [
    tally.failed > 0 ? `${tally.failed} failed` : '',
    tally.notRun > 0 ? `${tally.notRun} did not run because a file or hook failed` : '',
    tally.failedFiles > 0 ? `${count(tally.failedFiles, 'file')} failed outside any test` : '',
    tally.skipped > 0 ? `${tally.skipped} skipped` : '',
  ].filter(Boolean);
  const line = `  ${tally.name}: ${count(ran, 'test')} ran${extras.length ? ` (${extras.join(', ')})` : ''}`;
  return tally.couldNotStart === undefined
    ? line
    : `${line}\n  ${tally.name}: could not start — ${tally.couldNotStart}`;
}

export default class SummaryReporter implements Reporter {
  private layerNames: string[] = [];

  onInit(vitest: Vitest): void {
    this.layerNames = vitest.projects.map((project) => project.name);
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    reason: TestRunEndReason,
  ): void {
    const run = tallyRun(testModules, unhandledErrors, reason, this.layerNames);
    const lines = ['', 'Tests per layer:', ...run.layers.map(layerLine)];
    if (run.unhandledErrors > 0) lines.push(`  unhandled errors: ${run.unhandledErrors}`);
    if (run.failedOutsideTests)
      lines.push(
        `  the run ${reason} outside any test (no test files found?), counted as 1 failure`,
      );
    lines.push(`${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`);
    console.log(lines.join('\n'));
  }
}

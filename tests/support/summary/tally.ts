/**
 * Counts a finished vitest run so that its closing line cannot read green while anything failed:
 * a file that did not load, an empty file, a failed hook and the tests a failed hook kept from
 * running all count as failures, per layer (vitest project).
 */
import type { TestCase, TestModule, TestSuite } from 'vitest/node';

/** What one layer (vitest project) did in a run. */
export interface LayerTally {
  name: string;
  passed: number;
  failed: number;
  /** Skipped on purpose (`skip`, `todo`, `only` elsewhere, `ctx.skip()`). */
  skipped: number;
  /** Collected tests that never ran because their file or a hook above them failed. */
  notRun: number;
  /** Files that failed outside any test: import error, no tests, failed hook. */
  failedFiles: number;
  /** First line of the first error outside a test, when the layer ran no test at all. */
  couldNotStart?: string;
}

export interface RunTally {
  layers: LayerTally[];
  unhandledErrors: number;
  /** Vitest failed the run although nothing above failed (no test files found, interrupted). */
  failedOutsideTests: boolean;
  passed: number;
  /** Everything that makes the exit code non-zero, each counted once. */
  failed: number;
  skipped: number;
}

type Errors = ReadonlyArray<{ message?: string }>;

function firstLine(errors: Errors): string | undefined {
  const message = errors.find((error) => error.message)?.message;
  return message?.split('\n')[0];
}

/** The suites from `test` up to its file, so a failed hook anywhere above it is seen. */
function ancestors(test: TestCase): (TestSuite | TestModule)[] {
  const chain: (TestSuite | TestModule)[] = [];
  for (let node: TestSuite | TestModule = test.parent; ; node = node.parent) {
    chain.push(node);
    if (node.type === 'module') return chain;
  }
}

function tallyModule(module: TestModule, layer: LayerTally): void {
  const outsideErrors: Errors = [
    ...module.errors(),
    ...[...module.children.allSuites()].flatMap((suite) => suite.errors()),
  ];
  let counted = 0;
  for (const test of module.children.allTests()) {
    const result = test.result();
    if (result.state === 'passed') layer.passed++;
    else if (result.state === 'failed') {
      layer.failed++;
      counted++;
    } else if (
      test.options.mode !== 'skip' &&
      test.options.mode !== 'todo' &&
      (result.state === 'pending' || ancestors(test).some((node) => node.errors().length > 0))
    ) {
      layer.notRun++;
      counted++;
    } else layer.skipped++;
  }
  const moduleFailed = outsideErrors.length > 0 || module.state() === 'failed';
  // A file whose failure no test above accounts for (import error, empty file, failed afterAll).
  if (moduleFailed && counted === 0) layer.failedFiles++;
  if (moduleFailed) layer.couldNotStart ??= firstLine(outsideErrors) ?? 'the file failed';
}

/** Tallies a run; `layerNames` lists every configured layer, so ones that ran nothing show as 0. */
export function tallyRun(
  modules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<unknown>,
  reason: 'passed' | 'interrupted' | 'failed',
  layerNames: readonly string[],
): RunTally {
  const layers = new Map<string, LayerTally>();
  const layer = (name: string): LayerTally => {
    let found = layers.get(name);
    if (!found) {
      found = { name, passed: 0, failed: 0, skipped: 0, notRun: 0, failedFiles: 0 };
      layers.set(name, found);
    }
    return found;
  };
  for (const name of layerNames) layer(name);
  for (const module of modules) tallyModule(module, layer(module.project.name || 'default'));
  for (const tally of layers.values()) {
    // "Could not start" only where nothing ran: one failed file among passing ones is just a failure.
    if (tally.passed + tally.failed > 0) delete tally.couldNotStart;
  }
  const all = [...layers.values()];
  const sum = (pick: (tally: LayerTally) => number): number =>
    all.reduce((total, tally) => total + pick(tally), 0);
  let failed = sum((t) => t.failed + t.notRun + t.failedFiles) + unhandledErrors.length;
  // Vitest failed the run for a reason none of the above shows: still not green.
  const failedOutsideTests = reason !== 'passed' && failed === 0;
  if (failedOutsideTests) failed = 1;
  return {
    layers: all,
    unhandledErrors: unhandledErrors.length,
    failedOutsideTests,
    passed: sum((t) => t.passed),
    failed,
    skipped: sum((t) => t.skipped),
  };
}

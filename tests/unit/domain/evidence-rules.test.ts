import { describe, expect, it } from 'vitest';
import {
  evidenceCountProblem,
  evidenceSourceProblem,
  quoteProblem,
} from '../../../server/src/domain/evidence-rules.js';

describe('evidence rules', () => {
  it('quotes: not blank, at most 1,000 characters once trimmed, prose of safe characters', () => {
    expect(quoteProblem(` ${'q'.repeat(1000)} `)).toBeUndefined();
    expect(quoteProblem('line one\r\nline two\ttab')).toBeUndefined();
    expect(quoteProblem('q'.repeat(1001))).toBe('is 1001 characters; quote at most 1,000');
    expect(quoteProblem(' \n ')).toBe('must not be empty');
    // Checked as written: a vertical tab is refused even where trimming would remove it.
    expect(quoteProblem('\u000bquote')).toBe('contains U+000B (a control character)');
  });

  it('evidence cites a Source, and a relation needs some', () => {
    expect(evidenceSourceProblem('Source')).toBeUndefined();
    expect(evidenceSourceProblem('Group')).toBe('is a Group, not a Source entity');
    expect(evidenceSourceProblem(undefined)).toBe('is not the id of any Source entity');
    expect(evidenceCountProblem([{}])).toBeUndefined();
    expect(evidenceCountProblem([])).toBe('needs at least one source and quote');
  });
});

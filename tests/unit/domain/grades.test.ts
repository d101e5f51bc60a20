import { describe, expect, it } from 'vitest';
import {
  credibilityProblem,
  gradeFilter,
  reliabilityProblem,
} from '../../../server/src/domain/grades.js';

describe('grades', () => {
  it('accepts A–F and 1–6 only', () => {
    for (const grade of ['A', 'B', 'C', 'D', 'E', 'F'])
      expect(reliabilityProblem(grade)).toBeUndefined();
    for (const bad of ['a', 'G', '', 'AB', ' A'])
      expect(reliabilityProblem(bad)).toMatch(/A, B, C/);
    for (const grade of [1, 2, 3, 4, 5, 6]) expect(credibilityProblem(grade)).toBeUndefined();
    for (const bad of [0, 7, -1, 2.5]) expect(credibilityProblem(bad)).toMatch(/1 to 6/);
  });

  it('filters nothing without grades', () => {
    expect(gradeFilter(null, null).graded).toBe(false);
  });

  it('keeps the grades at least as strong as asked; ungraded counts as the weakest', () => {
    expect(gradeFilter('C', null)).toEqual({
      graded: true,
      reliabilities: ['A', 'B', 'C'],
      credibilities: [0, 1, 2, 3, 4, 5, 6],
    });
    expect(gradeFilter(null, 2)).toEqual({
      graded: true,
      reliabilities: ['A', 'B', 'C', 'D', 'E', 'F', ''],
      credibilities: [1, 2],
    });
    // F and 6 are "cannot be judged": ungraded evidence passes them and nothing stronger.
    expect(gradeFilter('F', 6).reliabilities).toContain('');
    expect(gradeFilter('F', 6).credibilities).toContain(0);
    expect(gradeFilter('E', 5).reliabilities).not.toContain('');
    expect(gradeFilter('E', 5).credibilities).not.toContain(0);
  });
});

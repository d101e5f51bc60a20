import { describe, expect, it } from 'vitest';
import {
  endpointsProblem,
  periodProblem,
  relationTypeProblem,
  selfLinkProblem,
  statusProblem,
} from '../../../server/src/domain/relation-rules.js';

describe('relation rules', () => {
  it('types and statuses come from the vocabulary', () => {
    expect(relationTypeProblem('ALLY_OF')).toBeUndefined();
    expect(relationTypeProblem('ally_of')).toMatch(/^is not in the vocabulary; known: LEADER_OF/);
    expect(relationTypeProblem('toString')).toBeDefined();
    expect(statusProblem('confirmed')).toBeUndefined();
    expect(statusProblem('')).toBe(
      'is not a status; use alleged, suspected, reported, claimed, confirmed',
    );
  });

  it('endpoint kinds', () => {
    expect(endpointsProblem('LEADER_OF', 'Person', 'Group')).toBeUndefined();
    expect(endpointsProblem('LEADER_OF', 'Group', 'Group')).toBe(
      'LEADER_OF links Person to Group/State, not a Group to a Group',
    );
    expect(endpointsProblem('FUNDED_BY', 'Group', 'Group')).toMatch(/^is not in the vocabulary/);
  });

  it('no self-links', () => {
    expect(selfLinkProblem('a', 'b')).toBeUndefined();
    expect(selfLinkProblem('a', 'a')).toMatch(/^is "a" as well as from/);
  });

  it('periods compare by the days their partial dates span', () => {
    expect(periodProblem('2021-12', '2021')).toBeUndefined();
    expect(periodProblem('2021-05-10', '2021-05')).toBeUndefined();
    expect(periodProblem('2021', null)).toBeUndefined();
    expect(periodProblem(undefined, '2021')).toBeUndefined();
    expect(periodProblem('2022', '2021')).toBe('is before since (2022)');
    expect(periodProblem('2021-06-15', '2021-06-01')).toBe('is before since (2021-06-15)');
  });
});
